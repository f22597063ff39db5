import { afterEach, describe, expect, it } from 'vitest';
import { paintedWords, waitForPainted } from '../page/browser-helpers';
import { BROWSERS } from './harness/browsers';
import { reportOf, resetSettings } from './harness/extension-api';
import { readHighlights } from './harness/page-snapshot';
import { browserWithFixtures } from './harness/suite';
import { waitInPage } from './harness/waiting';

/** Beliefs, intentions and stances: off by default, on from the options page, drawn apart. */
describe.each(BROWSERS)('beliefs in %s', (name) => {
  const suite = browserWithFixtures(name);

  afterEach(() => resetSettings(suite.ext));

  /** Ticks or unticks the options page's beliefs box, as a reader would. */
  async function setBeliefs(on: boolean): Promise<void> {
    const options = await suite.ext.openExtensionPage('src/options/index.html');
    await waitInPage(options, () => document.body.dataset.state === 'ready');
    const box = 'input[name="beliefs"]';
    const checked = await options.$eval(box, (input) => (input as HTMLInputElement).checked);
    if (checked !== on) await options.click(box);
    await options.close();
  }

  it('shows them only once the reader turns them on, in a style of their own', async () => {
    const page = await suite.ext.browser.newPage();
    await page.goto(suite.server.url('beliefs-article.html'));
    await waitForPainted(page, 'the council');
    expect(await paintedWords(page)).not.toContain('wants');
    const beliefWords = (painted: Record<string, string[]>) =>
      Object.entries(painted)
        .filter(([highlight]) => highlight.endsWith('-belief'))
        .flatMap(([, words]) => words);
    expect(beliefWords(await readHighlights(page))).toEqual([]);

    await setBeliefs(true);
    await waitForPainted(page, 'wants');
    const painted = await readHighlights(page);
    const beliefCues = Object.entries(painted)
      .filter(
        ([highlight]) => highlight.startsWith('sourcelight-cue-') && highlight.endsWith('-belief'),
      )
      .flatMap(([, words]) => words);
    expect(beliefWords(painted)).toEqual(
      expect.arrayContaining(['to open the northern crossing before the summer']),
    );
    expect(beliefCues).toEqual(expect.arrayContaining(['wants', 'feared', 'endorsed']));
    // Who holds the belief is a source like any other; what was said keeps its own style.
    expect(painted['sourcelight-source-person']).toContain('Mayor Elena Ruiz');
    expect(painted['sourcelight-cue-organization']).toContain('said');

    const tabId = await suite.ext.tabIdOf(page);
    const wants = (await reportOf(suite.ext, tabId)).attributions.find(
      (a) => a.cue.text === 'wants',
    );
    expect(wants?.mode).toBe('belief');
    const popup = await suite.ext.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await waitInPage(popup, () => document.querySelectorAll('.claim-mode').length >= 3);
    expect(await popup.$$eval('.claim-mode', (marks) => marks.map((m) => m.textContent))).toContain(
      'belief',
    );
    await popup.close();

    await setBeliefs(false);
    await waitForPainted(page, 'wants', false);
    await waitForPainted(page, 'the council');
    await page.close();
  });
});
