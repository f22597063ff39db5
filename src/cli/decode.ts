import { InputError } from './input-error';

/**
 * Bytes to text, refusing what is not text. UTF-8 is decoded strictly and a byte order mark is
 * kept as U+FEFF, so offsets match `readFileSync(file, 'utf8')`; pages may name another charset.
 */
export function decode(bytes: Uint8Array, encoding = 'utf-8'): string {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new InputError('UTF-16 text: only UTF-8 is read (convert it with iconv -t UTF-8)');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(`binary file (a NUL byte at offset ${nul})`);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    throw new InputError(`unknown character encoding "${encoding}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const where = decoder.encoding === 'utf-8' ? ` at byte ${firstInvalidUtf8(bytes)}` : '';
    throw new InputError(`not valid ${decoder.encoding.toUpperCase()}${where}`);
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** The offset of the first byte that breaks UTF-8, to point the user at it. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return i;
    if (length > 1 && !validSequence(bytes, i, length)) return i;
    i += length;
  }
  return -1;
}

/** Continuation bytes present, and no overlong form, surrogate or code point past U+10FFFF. */
function validSequence(bytes: Uint8Array, at: number, length: number): boolean {
  for (let k = 1; k < length; k++) {
    const byte = bytes[at + k];
    if (byte === undefined || (byte & 0xc0) !== 0x80) return false;
  }
  const lead = bytes[at] ?? 0;
  const second = bytes[at + 1] ?? 0;
  if (lead === 0xe0) return second >= 0xa0;
  if (lead === 0xed) return second < 0xa0;
  if (lead === 0xf0) return second >= 0x90;
  if (lead === 0xf4) return second < 0x90;
  return true;
}
