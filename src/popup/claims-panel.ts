import type { Attribution } from '../engine/types';
import { t, tCount, tNumber } from '../shared/i18n';
import { type ClaimFilter, matchingClaims, searchableText } from './claim-filter';
import { enableClaimSteps } from './claim-keys';
import { createClaimList } from './claim-list';
import { element } from './dom';
import { createFilters } from './filters';
import { sourcingProfile } from './profile';
import { groupBySource, type SourceGroup } from './source-groups';
import { renderSummary } from './summary';

/** What identifies a claim across two reports of a changing page, whose indices and offsets move. */
const sameClaim = (a: Attribution) =>
  `${a.name ?? ''}\u0000${a.cue.text}\u0000${a.content?.text ?? ''}`;

/** Why the list was drawn; benchmarks read the time each took from the performance timeline. */
export type DrawCause = 'report' | 'update' | 'kinds' | 'search';

/** The view of a page with claims: summary and bar, kind filters, search, and the grouped list. */
export interface ClaimsPanel {
  element: HTMLElement;
  /**
   * `language`: the article's, when known, for the page's words in the list. `capped`: the page
   * holds more than it lists, so the list is not all of it.
   */
  show(
    attributions: readonly Attribution[],
    cause: 'report' | 'update',
    language?: string,
    capped?: boolean,
  ): void;
}

export function createClaimsPanel(options: {
  /** The reader chose a claim: take the page to it. */
  jump(index: number): void;
  say(message: string): void;
}): ClaimsPanel {
  let attributions: readonly Attribution[] = [];
  let language: string | undefined;
  let capped = false;
  let allGroups: SourceGroup[] = [];
  // Folded text for search, made on the first search: most readers never search.
  let searchable: string[] | null = null;
  let drawStarted: { cause: DrawCause; at: number } | null = null;

  const summary = element('div', { className: 'summary-slot' });
  const filters = createFilters((_filter: ClaimFilter, cause) => draw(cause));
  const status = element('p', { className: 'list-status' });
  const clear = element('button', {
    className: 'button link',
    attrs: { type: 'button' },
    text: t('filterClear'),
  });
  clear.addEventListener('click', () => filters.reset());

  const list = createClaimList(() => {
    if (!drawStarted) return;
    performance.measure(`sourcelight:draw:${drawStarted.cause}`, { start: drawStarted.at });
    drawStarted = null;
  });
  const steps = enableClaimSteps(list.element, {
    onChoose: (button) => options.jump(Number(button.dataset.index)),
    drawAll: () => list.flush(),
  });

  const stepButton = (label: string, shortcut: string, direction: 1 | -1) => {
    const button = element('button', {
      className: 'button',
      attrs: { type: 'button', 'aria-keyshortcuts': shortcut },
      text: label,
    });
    button.addEventListener('click', () => steps.step(direction));
    return button;
  };
  const toolbar = element(
    'div',
    { className: 'list-toolbar' },
    status,
    clear,
    element(
      'div',
      { className: 'step-buttons' },
      stepButton(t('stepPrevious'), 'ArrowUp K', -1),
      stepButton(t('stepNext'), 'ArrowDown J', 1),
    ),
  );
  const hint = element('p', { className: 'hint', text: t('stepHint') });

  function restore(key: string, focus: boolean) {
    const index = attributions.findIndex((a) => sameClaim(a) === key);
    if (index < 0) return;
    if (focus) list.flush();
    const button = list.element.querySelector<HTMLButtonElement>(`.claim[data-index="${index}"]`);
    if (button) steps.restore(button, focus);
  }

  function draw(cause: DrawCause) {
    drawStarted = { cause, at: performance.now() };
    const filter = filters.current();
    if (filter.query.trim()) searchable ??= searchableText(attributions);
    const matching = matchingClaims(attributions, searchable ?? [], filter);
    const all = matching.length === attributions.length;
    list.show(attributions, all ? allGroups : groupBySource(attributions, matching), language);
    steps.reset();
    const unfiltered = capped ? 'claimsShownFirst' : 'claimsShownAll';
    status.textContent = all
      ? tCount(unfiltered, attributions.length)
      : t('claimsShownSome', tNumber(matching.length), tNumber(attributions.length));
    clear.hidden = all;
    if (cause === 'kinds' || cause === 'search') options.say(status.textContent);
  }

  return {
    element: element(
      'div',
      { className: 'claims-panel' },
      summary,
      filters.element,
      toolbar,
      hint,
      list.element,
    ),
    show(next, cause, nextLanguage, nextCapped = false) {
      // A live update keeps the reader's place: the current claim stays current, and focused.
      const current = list.element.querySelector<HTMLButtonElement>('.claim[aria-current="true"]');
      const previous = current && attributions[Number(current.dataset.index)];
      const hadFocus = !!current && current === document.activeElement;
      attributions = next;
      language = nextLanguage;
      capped = nextCapped;
      searchable = null;
      // Another page (the side panel followed a tab) starts unfiltered; the same page keeps its filters.
      if (cause === 'report') filters.reset(true);
      allGroups = groupBySource(next);
      const profile = sourcingProfile(next, allGroups);
      summary.replaceChildren(renderSummary(profile));
      filters.update(profile);
      draw(cause);
      if (cause === 'update' && previous) restore(sameClaim(previous), hadFocus);
    },
  };
}
