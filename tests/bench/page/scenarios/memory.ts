/** Extra memory in the page for a typical article: JS heap after GC, with the extension and without. */
import type { Page } from 'puppeteer-core';
import { pause, type Scenario, sinceStart } from '../scenario';

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  let used = Number.POSITIVE_INFINITY;
  // The lowest of a few collections: garbage left from loading may take more than one.
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    // The embedder heap holds Blink's objects: the Ranges and Highlights live there.
    const usage = (await cdp.send('Runtime.getHeapUsage')) as {
      usedSize: number;
      embedderHeapUsedSize?: number;
    };
    used = Math.min(used, usage.usedSize + (usage.embedderHeapUsedSize ?? 0));
    await pause(200);
  }
  await cdp.detach();
  return used;
}

export const memory: Scenario = {
  name: 'memory',
  async run({ ext, plain, url }) {
    const withExtension = await ext.browser.newPage();
    await withExtension.goto(url('typical-article.html'));
    await sinceStart(withExtension, 'sourcelight-ready');
    await pause(500);
    const used = await heapAfterGc(withExtension);
    await withExtension.close();

    const without = await (await plain()).newPage();
    await without.goto(url('typical-article.html'));
    await pause(1_000);
    const baseline = await heapAfterGc(without);
    await without.close();

    return [
      {
        scenario: 'typical article (5,000 words)',
        measure: 'extra heap in the page, JS and DOM (with − without the extension)',
        value: (used - baseline) / 1_048_576,
        unit: 'MB',
        budget: 10,
        note: `${(used / 1_048_576).toFixed(1)} MB with, ${(baseline / 1_048_576).toFixed(1)} MB without`,
      },
    ];
  },
};
