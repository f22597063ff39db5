import type { Writable } from 'node:stream';
import type { Attribution } from '../../engine';
import { write } from './write';

/** Attributions serialised per batch, so a huge input never becomes one giant string. */
const BATCH = 1000;

/**
 * `{"file": ..., "article": ..., "attributions": [...]}` on one line, each attribution exactly as
 * `extract` returns it; `article` is false when no story was found in the input.
 */
export async function writeJsonLine(
  out: Writable,
  file: string,
  article: boolean,
  attributions: readonly Attribution[],
): Promise<void> {
  await write(out, `{"file":${JSON.stringify(file)},"article":${article},"attributions":[`);
  for (let at = 0; at < attributions.length; at += BATCH) {
    const batch = attributions.slice(at, at + BATCH).map((a) => JSON.stringify(a));
    await write(out, (at > 0 ? ',' : '') + batch.join(','));
  }
  await write(out, ']}\n');
}
