import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/cli/read-document';

describe('readDocument', () => {
  it('reads a page in the charset it declares, down to its article text', async () => {
    const page = Buffer.from(
      '<!doctype html><html><head><meta charset="windows-1252"></head><body><nav><p>Menu</p></nav><article><p>Caf\xe9 owners said the ferry was late.</p></article></body></html>',
      'latin1',
    );
    expect(await readDocument('old-page.html', page)).toBe('Café owners said the ferry was late.');
  });

  it('reads stdin as plain text unless it starts like a page', async () => {
    const markup = Buffer.from('<p>Officials said so.</p>');
    expect(await readDocument(null, markup)).toBe('<p>Officials said so.</p>');
    const page = Buffer.from(
      '<html><body><article><p>Officials said so.</p></article></body></html>',
    );
    expect(await readDocument(null, page)).toBe('Officials said so.');
  });
});
