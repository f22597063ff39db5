import { describe, expect, it } from 'vitest';
import { decode, firstInvalidUtf8 } from '../../src/cli/decode';
import { InputError } from '../../src/cli/input-error';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decode', () => {
  it('reads UTF-8 exactly, keeping a byte order mark as U+FEFF', () => {
    const text = '\uFEFFCafé 🚢 said';
    expect(decode(new TextEncoder().encode(text))).toBe(text);
  });

  it('refuses binary data, naming where the NUL byte is', () => {
    expect(() => decode(bytes(0x41, 0x42, 0x00, 0x43))).toThrow(
      new InputError('binary file (a NUL byte at offset 2)'),
    );
  });

  it('refuses bytes that are not UTF-8, naming the first bad byte', () => {
    expect(() => decode(Buffer.from('said caf\xe9', 'latin1'))).toThrow(
      new InputError('not valid UTF-8 at byte 8'),
    );
  });

  it('refuses UTF-16 with a hint rather than calling it binary', () => {
    expect(() => decode(Buffer.from('\uFEFFsaid', 'utf16le'))).toThrow(/^UTF-16 text/);
  });

  it('decodes a page in the charset it declares, and refuses one it cannot know', () => {
    expect(decode(Buffer.from('caf\xe9', 'latin1'), 'windows-1252')).toBe('café');
    expect(() => decode(bytes(0x41), 'klingon-8')).toThrow(
      new InputError('unknown character encoding "klingon-8"'),
    );
  });
});

describe('firstInvalidUtf8', () => {
  it('finds truncated, overlong and surrogate sequences, and nothing in valid text', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('ok é 🚢'))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x41, 0xe2, 0x82))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0);
    expect(firstInvalidUtf8(bytes(0x41, 0xed, 0xa0, 0x80))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
  });
});
