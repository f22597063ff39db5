import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes and waits while the reader of a pipe catches up, so output never piles up in memory. */
export async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}
