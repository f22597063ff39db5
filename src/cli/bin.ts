import { runScan } from './scan/scan';

/** `sourcelight`, the package's command; `npm run scan --` is its `scan`, run from the sources. */
const USAGE = `Usage: sourcelight scan [--json] [--beliefs] FILE...

Finds the attributed claims in news text and saved pages; see sourcelight scan --help.
`;

// A reader that closes the pipe early (`| head`) has all it wanted: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const [command, ...args] = process.argv.slice(2);
if (command === 'scan') {
  process.exitCode = await runScan(args, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
} else if (command === '--help' || command === '-h') {
  process.stdout.write(USAGE);
} else {
  process.stderr.write(
    command === undefined ? USAGE : `sourcelight: unknown command ${command}\n${USAGE}`,
  );
  process.exitCode = 2;
}
