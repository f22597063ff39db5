/**
 * A typical article on the first page after the background went to sleep: the service worker is
 * stopped before each run, so the page waits for it to start and for the engine's cold first run.
 */
import type { Browser } from 'puppeteer-core';
import { median, pause, type Scenario } from '../scenario';
import { loadTypicalArticles, TYPICAL_RUNS, typicalFigures } from './typical-article';

/** Stops the extension's service worker, as Chrome does after 30 s without events. */
async function putBackgroundToSleep(browser: Browser): Promise<boolean> {
  const isWorker = () =>
    browser
      .targets()
      .some((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
  const page = await browser.newPage();
  const session = await page.createCDPSession();
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  for (let waited = 0; isWorker() && waited < 5_000; waited += 100) await pause(100);
  await page.close();
  return !isWorker();
}

export const asleepBackground: Scenario = {
  name: 'asleep background',
  async run(context) {
    let asleep = 0;
    const runs = await loadTypicalArticles(context, async () => {
      if (await putBackgroundToSleep(context.ext.browser)) asleep++;
    });
    const scenario = 'typical article, background asleep';
    const note = `the background was asleep in ${asleep} of ${TYPICAL_RUNS} runs`;
    return typicalFigures(scenario, runs, {
      painted: `${note}; the first highlights after ${median(runs.firstPainted).toFixed(1)} ms`,
      wall: note,
      cpu: note,
    });
  },
};
