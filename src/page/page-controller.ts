/**
 * Sourcelight in one page: follows the settings (run mode, switches, kinds, cue phrases), answers
 * the popup and side panel, and runs one article session per address, ended on navigation.
 */
import browser from 'webextension-polyfill';
import type { ExtractRequest, PageReport, PageState, WakeUp } from '../shared/messages';
import {
  DEFAULT_SETTINGS,
  highlightsOnFor,
  runsOn,
  type Settings,
} from '../shared/settings-schema';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { ClaimCard } from './card';
import { watchCardTriggers } from './card-triggers';
import type { Found } from './found';
import { HighlightPainter, removeStrayHighlights } from './highlights';
import { watchPage } from './live-updates';
import { AddressWatch } from './navigation';
import { answerPageRequests } from './page-requests';
import { ReportNotice } from './report-notice';
import { ArticleSession } from './session';
import type { Instance } from './start-once';

interface Running {
  session: ArticleSession;
  controller: AbortController;
  /** Settles when the page as it was at the start has been read and painted. */
  firstPass: Promise<void>;
}

export function startSourcelight(doc: Document): Instance {
  const view = doc.defaultView;
  if (!view) return { running: () => false, stop: () => {} };
  const life = new AbortController();
  removeStrayHighlights();
  // A card an earlier instance left sits where cards are put, under <html>: no walk of the whole page.
  for (const stray of doc.documentElement.querySelectorAll(':scope > [data-sourcelight-host]')) {
    stray.remove();
  }

  let settings: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  let requested = false;
  let running: Running | null = null;
  const host = view.location.hostname;
  const painter = new HighlightPainter(doc, settings.kinds);
  // The page's words in the card take the article's language from the report, when it names one.
  const card = new ClaimCard(doc, () => report().language);
  const notice = new ReportNotice(
    () => ({
      count: running?.session.attributionCount() ?? 0,
      state: stateNow(),
      capped: running?.session.capped ?? false,
    }),
    () => teardown(),
  );

  const stateNow = (): PageState => running?.session.state ?? 'idle';

  const begin = () => {
    const controller = new AbortController();
    const signal = AbortSignal.any([controller.signal, life.signal]);
    const session = new ArticleSession(
      doc,
      painter,
      {
        extraCues: () => settings.extraCues,
        beliefs: () => settings.beliefs,
        askBackground: async (request: ExtractRequest) => {
          try {
            return await browser.runtime.sendMessage(request);
          } catch (error) {
            // Cut off from its extension (updated or removed), the script leaves without a trace.
            if (orphaned()) teardown();
            throw error;
          }
        },
        onReportChanged: () => notice.changed(),
      },
      signal,
    );
    const current: Running = {
      session,
      controller,
      firstPass: Promise.resolve(),
    };
    running = current;
    painter.clear();
    void browser.runtime.sendMessage({ type: 'wake-up' } satisfies WakeUp).catch(() => {});
    current.firstPass = session.start();
    if (doc.body) {
      watchPage(
        doc.body,
        {
          isBlock: (element) => session.isBlock(element),
          onTouched: (block) => session.forgetBlockHighlights(block),
          onChanges: (changes) => void session.apply(changes),
          onMutations: () => {
            if (orphaned()) teardown();
            else address.check();
          },
        },
        signal,
      );
    }
    watchCardTriggers(
      doc,
      card,
      {
        owns: (highlight) => painter.owns(highlight),
        foundOf: (range) => session.foundOf(range),
        foundsNear: (node) => session.foundsNear(node),
        isShown: (found) => painter.isShown(found),
        anyShown: () => painter.anyShown(),
        palette: () => painter.palette,
      },
      signal,
    );
    paint();
    notice.changed();
  };

  const end = () => {
    running?.controller.abort();
    running = null;
    painter.clear();
    paint();
    card.hide();
    notice.changed();
  };

  const address = new AddressWatch(
    view,
    () => {
      if (!running) return;
      end();
      begin();
    },
    life.signal,
  );

  const teardown = () => {
    // Once only: a late second call would unpaint, by name, the highlights of an instance after it.
    if (life.signal.aborted) return;
    end();
    life.abort();
    notice.cancel();
    painter.dispose();
  };

  /** After an update or removal of the extension this script is cut off: it must leave no trace. */
  const orphaned = () => {
    try {
      return !browser.runtime?.id;
    } catch {
      return true;
    }
  };

  const follow = (next: Settings) => {
    if (life.signal.aborted) return;
    // What the engine is asked to read changed: every passage is read again.
    const cuesChanged =
      next.extraCues.join('\n') !== settings.extraCues.join('\n') ||
      next.beliefs !== settings.beliefs;
    settings = next;
    const shouldRun = runsOn(settings, host, requested);
    if (shouldRun && !running) begin();
    else if (!shouldRun && running) end();
    else if (cuesChanged && running) void running.session.rereadAll();
    paint();
  };

  /** Registers the highlights only while a session runs: an idle page's registry stays untouched. */
  const paint = () => {
    painter.show(running !== null && highlightsOnFor(settings, host), settings.kinds);
    if (!painter.anyShown()) card.hide();
  };

  const report = (): PageReport => ({
    url: view.location.href,
    title: doc.title,
    state: stateNow(),
    declaredLanguage: doc.documentElement.lang,
    ...(running?.session.language ? { language: running.session.language } : {}),
    highlightsOn: highlightsOnFor(settings, host),
    ...(running?.session.capped ? { capped: true } : {}),
    attributions: running?.session.attributions().map((entry) => entry.attribution) ?? [],
  });

  const jumpToClaim = (index: number): boolean => {
    const current = running;
    const found: Found | undefined = current?.session.attributions()[index]?.found;
    const cue = found?.ranges.cue;
    if (!current || !found || !cue) return false;
    const element = cue.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
    painter.emphasise(found);
    card.show(found, painter.palette);
    return true;
  };

  answerPageRequests(
    {
      report,
      jumpToClaim,
      runNow: () => {
        requested = true;
        if (!running) begin();
        return (running as Running | null)?.firstPass.then(report) ?? Promise.resolve(report());
      },
    },
    life.signal,
  );

  const stopSettings = onSettingsChanged(follow);
  life.signal.addEventListener('abort', stopSettings);
  void loadSettings().then(follow, () => follow(settings));
  return { running: () => !life.signal.aborted && !orphaned(), stop: teardown };
}
