import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { InputError } from './input-error';

/** Whole inputs are held in memory; past this a JavaScript string could not hold the text. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** The bytes of a file, or a one-line reason it cannot be read. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('is a directory');
    // A pipe or a device has no size to check first, and may never end: read it up to the limit.
    if (!info.isFile()) return await readInputStream(createReadStream(path));
    if (info.size > MAX_INPUT_BYTES) throw tooLarge(info.size);
    return await readFile(path);
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(reasonOf(error));
  }
}

/** Everything on a stream (stdin), up to the same limit as a file. */
export async function readInputStream(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > MAX_INPUT_BYTES) throw tooLarge(size, 'at least ');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

function tooLarge(size: number, atLeast = ''): InputError {
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  return new InputError(
    `too large (${atLeast}${mb(size)} MB; scan reads at most ${mb(MAX_INPUT_BYTES)} MB per input)`,
  );
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file (a part of the path is not a folder)',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}
