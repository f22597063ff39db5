import type { Writable } from 'node:stream';
import { readLanguages } from '../../engine';

/** Named when asked only: the first Intl.DisplayNames loads locale data, a tenth of a second. */
const readLanguageNames = () =>
  readLanguages()
    .map((code) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code))
    .join(', ');

import { InputError } from '../input-error';
import { type ScannedInput, scanInput } from '../scan-input';
import { writeJsonLine } from './json-line';
import { parseScanArgs, SCAN_HELP, UsageError } from './options';
import { type ProgressStream, progressOn } from './progress';
import { formatTable } from './table';
import { write } from './write';

export interface ScanStreams {
  stdin: AsyncIterable<Uint8Array>;
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: ProgressStream;
}

/** `scan [--json] [--beliefs] FILE...`: each input read, scanned and printed in turn; returns the exit code. */
export async function runScan(argv: readonly string[], io: ScanStreams): Promise<number> {
  let options: ReturnType<typeof parseScanArgs>;
  try {
    options = parseScanArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`scan: ${error.message} (see --help)\n`);
    return 2;
  }
  if (options.help) {
    await write(io.stdout, SCAN_HELP);
    return 0;
  }

  const width = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 100;
  const progress = progressOn(io.stderr, options.inputs.length);
  let failures = 0;
  let printed = 0;
  for (const [index, input] of options.inputs.entries()) {
    const name = input === '-' ? 'stdin' : input;
    progress.show(index, name);
    let scanned: ScannedInput;
    let table = '';
    try {
      scanned = await scanInput(input, io.stdin, { beliefs: options.beliefs });
      // Laid out before anything is printed, so a fault there costs this input alone.
      if (!options.json) table = formatTable(name, scanned.attributions, width, scanned.isArticle);
    } catch (error) {
      progress.clear();
      io.stderr.write(`scan: ${name}: ${reasonOf(error)}\n`);
      failures++;
      continue;
    }
    progress.clear();
    const { isArticle, attributions } = scanned;
    // Not an error (the exit code stays 0), but a reader of an empty result deserves the reason.
    if (!isArticle) io.stderr.write(`scan: ${name}: no article text found\n`);
    else if (scanned.language === null) {
      io.stderr.write(
        `scan: ${name}: not in a language Sourcelight reads yet (it reads ${readLanguageNames()})\n`,
      );
    }
    if (options.json) await writeJsonLine(io.stdout, input, isArticle, attributions);
    else await write(io.stdout, `${printed > 0 ? '\n' : ''}${table}`);
    printed++;
  }
  return failures > 0 ? 1 : 0;
}

/** Unreadable input says why; anything else is a fault of ours, still on one line. */
function reasonOf(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `could not be scanned: ${message.split('\n')[0]}`;
}
