/** What the user asked `scan` for. */
export interface ScanOptions {
  json: boolean;
  /** Also find beliefs, intentions and stances. */
  beliefs: boolean;
  help: boolean;
  /** File paths in the order given; `-` is stdin. */
  inputs: string[];
}

/** A mistake in the command line itself, as opposed to an input that cannot be read. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const SCAN_HELP = `Usage: sourcelight scan [--json] [--beliefs] FILE...
       npm run --silent scan -- [--json] [--beliefs] FILE...   (from a checkout of the sources)

Finds the attributed claims in news text and lists them by the source they rest on.

  FILE        a .txt file, read as UTF-8 plain text exactly as stored;
              an .html or .htm page, whose article text is chosen as the extension does
              (navigation, asides, hidden and editable parts skipped), with no script run
              and nothing loaded; or - for stdin.
              Stdin and other files are read as a page when they start with
              <!DOCTYPE html or <html, and as plain text otherwise.
  --json      one JSON line per input: {"file": ..., "article": ..., "attributions": [...]},
              the file as given ("-" for stdin), each attribution as extract() returns it.
              Offsets are UTF-16 offsets into the text as read (a byte order mark
              stays, as U+FEFF at offset 0), or for a page into its article text.
  --beliefs   also find beliefs, intentions and stances ("she thinks", "he wants to",
              "they endorsed"), marked "mode": "belief" in JSON and (belief) in the table
  -h, --help  this help

A page in which no story is found (a search page, an app, text too short to be prose) is
named on stderr ("no article text found"), gets "article": false and no attributions, and
counts as scanned; so does empty text.

Exit status: 0 when every input was scanned; 1 when any could not be read (each named on
stderr with the reason, the others still scanned); 2 when the command line is wrong.
`;

export function parseScanArgs(argv: readonly string[]): ScanOptions {
  const options: ScanOptions = { json: false, beliefs: false, help: false, inputs: [] };
  let onlyFiles = false;
  for (const arg of argv) {
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) options.inputs.push(arg);
    else if (arg === '--') onlyFiles = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--beliefs') options.beliefs = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new UsageError(`unknown option ${arg}`);
  }
  if (!options.help && options.inputs.length === 0) throw new UsageError('no file to scan');
  if (options.inputs.filter((input) => input === '-').length > 1) {
    throw new UsageError('stdin (-) can be read only once');
  }
  return options;
}
