import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanInput } from '../scan-input';
import { sharedPath } from '../shared-folder';
import { compareWithGold } from './compare';
import { parseGold } from './gold';
import { formatSeedReport } from './report';

/** `npm run check:seed`: the seed page through scan's own path, against what a reader should see. */
async function checkSeed(): Promise<number> {
  const seed = sharedPath('seed');
  if (!seed) {
    console.log('check:seed: skipped, the shared seed folder (../shared/seed) is absent.');
    return 0;
  }
  const gold = parseGold(JSON.parse(readFileSync(join(seed, 'gold.json'), 'utf8')));
  const page = join(seed, gold.page);
  const { text, attributions } = await scanInput(page).catch((error: Error) => {
    throw new Error(`${page}: ${error.message}`);
  });
  const comparison = compareWithGold(text, attributions, gold);
  process.stdout.write(formatSeedReport(page, comparison));
  return comparison.passed ? 0 : 1;
}

try {
  process.exitCode = await checkSeed();
} catch (error) {
  // A broken gold file or an unreadable page: say which, on one line, and fail.
  console.error(`check:seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
