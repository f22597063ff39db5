import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

const ruiz = {
  cue: 'said',
  source: 'Mayor Elena Ruiz',
  name: 'Elena Ruiz',
  kind: 'person',
  content_contains: 'needed more time',
};

/** A shared folder of our own: the fixture page as the seed, with the gold given. */
function sharedWithSeed(attributions: object[], negatives: string[] = []): string {
  const shared = mkdtempSync(join(tmpdir(), 'shared-'));
  mkdirSync(join(shared, 'seed'));
  copyFileSync('tests/fixtures/cli/harbour-vote.html', join(shared, 'seed', 'harbour-vote.html'));
  writeFileSync(
    join(shared, 'seed', 'gold.json'),
    JSON.stringify({ page: 'harbour-vote.html', attributions, negatives }),
  );
  return shared;
}

const checkSeed = (shared: string) =>
  runCli('src/cli/check-seed/index.ts', [], '', { SOURCELIGHT_SHARED: shared });

describe('check:seed', { timeout: 60_000 }, () => {
  it('passes with exit 0 when the page gives what the gold asks, negatives included', async () => {
    const run = await checkSeed(
      sharedWithSeed([ruiz], ['Subscribers said the newsletter is great']),
    );
    expect(run.stdout).toContain('✓ "said" · "Mayor Elena Ruiz" → Elena Ruiz · person');
    expect(run.stdout).toContain(
      '"Subscribers said the newsletter is great" is not in the article text',
    );
    expect(run.stdout).toMatch(/1 of 1 required found, .*: PASS\n$/);
    expect(run.status).toBe(0);
  });

  it('prints each miss with its reason and exits 1', async () => {
    const run = await checkSeed(
      sharedWithSeed([ruiz, { ...ruiz, cue: 'insisted', content_contains: null }]),
    );
    expect(run.stdout).toContain('✗ "insisted" · "Mayor Elena Ruiz" → Elena Ruiz · person');
    expect(run.stdout).toContain('no attribution has the cue "insisted"');
    expect(run.stdout).toMatch(/FAIL\n$/);
    expect(run.status).toBe(1);
  });

  it('fails on one line naming a broken gold file', async () => {
    const shared = sharedWithSeed([{ ...ruiz, kind: 'rumour' }]);
    const run = await checkSeed(shared);
    expect(run).toMatchObject({
      status: 1,
      stderr:
        'check:seed: gold: attribution 1: "kind" must be one of person, organization, media, document, unnamed, none\n',
    });
  });

  it('skips with a clear message when the shared folder is absent', async () => {
    const run = await checkSeed(join(tmpdir(), 'no-shared-folder-here'));
    expect(run).toMatchObject({
      status: 0,
      stdout: 'check:seed: skipped, the shared seed folder (../shared/seed) is absent.\n',
    });
  });
});
