import type { Writable } from 'node:stream';
import type { Attribution } from '../../engine';
import { write } from './write';

/** Attributions serialised per batch, so a huge input never becomes one giant string. */
const BATCH = 1000;

/** `{"file": ..., "attributions": [...]}` on one line, each attribution exactly as `extract` returns it. */
export async function writeJsonLine(
  out: Writable,
  file: string,
  attributions: readonly Attribution[],
): Promise<void> {
  await write(out, `{"file":${JSON.stringify(file)},"attributions":[`);
  for (let at = 0; at < attributions.length; at += BATCH) {
    const batch = attributions.slice(at, at + BATCH).map((a) => JSON.stringify(a));
    await write(out, (at > 0 ? ',' : '') + batch.join(','));
  }
  await write(out, ']}\n');
}
