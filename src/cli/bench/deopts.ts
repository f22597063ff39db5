import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Passes over every corpus before counting: by then V8 has compiled what it will. */
export const WARM = 3;
export const WARMED_UP = 'sourcelight-bench: warmed up';
export const DONE = 'sourcelight-bench: done';

/**
 * How often V8 threw the warm engine's compiled code away in one more pass over every corpus,
 * and for what reasons, commonest first. A warm engine has next to none; a deoptimisation loop
 * has thousands, each costing a recompilation: a float once stored in a token range's field had
 * every token index reach `word(i)` boxed, "not a Smi", over 2,000 times a pass, and English ran
 * 1.7× slower with nothing else to show for it.
 */
export interface Deopts {
  count: number;
  reasons: Array<{ reason: string; count: number }>;
}

const BAILOUT = /^\[bailout \(kind: [^,]+, reason: ([^)]+)\)/;

/** The deoptimisations V8 traced between the warmed-up mark and the done mark. */
export function deoptsIn(trace: string): Deopts {
  const lines = trace.split('\n');
  const from = lines.indexOf(WARMED_UP);
  const to = lines.indexOf(DONE);
  if (from < 0 || to < from) throw new Error('deopts: the trace has no warmed-up and done marks');
  const byReason = new Map<string, number>();
  for (const line of lines.slice(from + 1, to)) {
    const reason = BAILOUT.exec(line)?.[1];
    if (reason) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  const reasons = [...byReason]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count);
  return { count: reasons.reduce((sum, r) => sum + r.count, 0), reasons };
}

/** Counts the deoptimisations of the engine `code` (as shipped) in a Node started with --trace-deopt. */
export async function countDeopts(code: string): Promise<Deopts> {
  const folder = mkdtempSync(join(tmpdir(), 'sourcelight-deopts-'));
  try {
    const engine = join(folder, 'engine.mjs');
    writeFileSync(engine, code);
    const worker = fileURLToPath(new URL('./deopt-worker.ts', import.meta.url));
    return deoptsIn(await output([...process.execArgv, '--trace-deopt', worker, engine]));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function output(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(chunks).toString('utf8'))
        : reject(new Error(`deopts: the worker exited with code ${code}`)),
    );
  });
}
