import browser from 'webextension-polyfill';
import { extract } from '../engine';
import { isMessage, type PageReport, type PageRequest } from '../shared/messages';
import { highlightsOnFor } from '../shared/settings-schema';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { readArticle } from './article-text';
import { clearHighlights, paintHighlights } from './highlights';

const article = readArticle(document);
const attributions = extract(article.text);
let highlightsOn = false;

function show(on: boolean) {
  highlightsOn = on;
  if (on) paintHighlights(article, attributions);
  else clearHighlights();
}

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isMessage<PageRequest>(message, 'get-report')) return undefined;
  const report: PageReport = {
    url: location.href,
    title: document.title,
    state: attributions.length > 0 ? 'ready' : 'not-article',
    highlightsOn,
    attributions,
  };
  return Promise.resolve(report);
});

void loadSettings().then((settings) => show(highlightsOnFor(settings, location.hostname)));
onSettingsChanged((settings) => show(highlightsOnFor(settings, location.hostname)));
void browser.runtime.sendMessage({
  type: 'report-changed',
  count: attributions.length,
  state: 'ready',
});
