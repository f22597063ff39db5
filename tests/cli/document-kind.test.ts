import { describe, expect, it } from 'vitest';
import { declaredCharset, documentKind } from '../../src/cli/document-kind';

const ascii = (text: string) => Buffer.from(text, 'latin1');

describe('documentKind', () => {
  it('trusts .txt and .html extensions whatever the content', () => {
    expect(documentKind('notes.TXT', ascii('<!doctype html><p>x</p>'))).toBe('text');
    expect(documentKind('story.htm', ascii('plain words'))).toBe('html');
  });

  it('reads stdin and other names as a page only when they start like one', () => {
    expect(documentKind(null, ascii('\xEF\xBB\xBF  \n<!DOCTYPE html><html>'))).toBe('html');
    expect(documentKind('saved-page', ascii('<html lang="en">'))).toBe('html');
    expect(documentKind(null, ascii('Officials said <b> is a tag.'))).toBe('text');
    expect(documentKind('notes.md', ascii('<p>a paragraph</p>'))).toBe('text');
  });
});

describe('declaredCharset', () => {
  it('finds a meta charset in either form, and defaults to UTF-8', () => {
    expect(declaredCharset(ascii('<meta charset="ISO-8859-1">'))).toBe('iso-8859-1');
    expect(
      declaredCharset(
        ascii('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'),
      ),
    ).toBe('shift_jis');
    expect(declaredCharset(ascii('<meta charset="utf-16">'))).toBe('utf-8');
    expect(declaredCharset(ascii('<p>no declaration</p>'))).toBe('utf-8');
  });
});
