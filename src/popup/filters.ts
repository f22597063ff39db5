import type { SourceKind } from '../engine/types';
import { SOURCE_KINDS } from '../engine/types';
import { t, tNumber } from '../shared/i18n';
import type { ClaimFilter } from './claim-filter';
import { element, uniqueId } from './dom';
import { KIND_LABEL } from './kinds';
import type { SourcingProfile } from './profile';

/** The kind checkboxes (the profile bar's legend, with counts) and the search box. */
export interface FilterControls {
  element: HTMLElement;
  /** Shows a checkbox for each kind the page has, keeping the reader's choices. */
  update(profile: SourcingProfile): void;
  current(): ClaimFilter;
  /** Shows every kind and empties the search; `quietly` when a new page replaces the list anyway. */
  reset(quietly?: boolean): void;
}

/** What the reader changed: the kinds shown, or the words searched. */
export type FilterCause = 'kinds' | 'search';

const isTypingIn = (target: EventTarget | null) =>
  target instanceof Element && !!target.closest('input, textarea, select, [contenteditable]');

/** Long enough to let a reader finish a word, short enough to feel immediate. */
export const SEARCH_DELAY_MS = 150;

export function createFilters(
  onChange: (filter: ClaimFilter, cause: FilterCause) => void,
  searchDelay = SEARCH_DELAY_MS,
): FilterControls {
  // Hidden, not shown, kinds are kept: a kind that appears later on a live page shows by default.
  const hidden = new Set<SourceKind>();
  const current = (): ClaimFilter => ({
    kinds: new Set(SOURCE_KINDS.filter((kind) => !hidden.has(kind))),
    query: search.value,
  });

  const kinds = element('fieldset', { className: 'kind-filters' });
  const legend = element('legend', { className: 'visually-hidden', text: t('filterKindsLegend') });

  const searchId = uniqueId('search');
  const search = element('input', {
    className: 'search',
    attrs: {
      id: searchId,
      type: 'search',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: t('searchPlaceholder'),
      'aria-keyshortcuts': '/',
    },
  });
  // "/" finds, as on many reading sites, unless the reader is already typing somewhere.
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (!search.isConnected || isTypingIn(event.target)) return;
    event.preventDefault();
    search.focus();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => onChange(current(), 'search'), searchDelay);
  });
  search.addEventListener('keydown', (event) => {
    // Enter searches at once; the delay is only there to spare work while typing.
    if (event.key !== 'Enter') return;
    clearTimeout(timer);
    onChange(current(), 'search');
  });

  const searchRow = element(
    'div',
    { className: 'search-row', attrs: { role: 'search' } },
    element('label', {
      className: 'visually-hidden',
      attrs: { for: searchId },
      text: t('searchLabel'),
    }),
    search,
  );

  // One checkbox per kind, made once and kept: a live update must not take the reader's focus.
  const boxes = new Map<
    SourceKind,
    { label: HTMLLabelElement; box: HTMLInputElement; count: HTMLElement }
  >();
  const boxFor = (kind: SourceKind) => {
    const made = boxes.get(kind);
    if (made) return made;
    const box = element('input', { attrs: { type: 'checkbox', value: kind } });
    box.checked = !hidden.has(kind);
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(kind);
      else hidden.add(kind);
      onChange(current(), 'kinds');
    });
    const count = element('span', { className: 'kind-count' });
    const label = element(
      'label',
      { className: `kind-filter kind-${kind}` },
      box,
      element('span', { className: 'swatch kind-fill', attrs: { 'aria-hidden': 'true' } }),
      element('span', { className: 'kind-name', text: t(KIND_LABEL[kind]) }),
      count,
    );
    boxes.set(kind, { label, box, count });
    return { label, box, count };
  };

  const update = (profile: SourcingProfile) => {
    const present = SOURCE_KINDS.filter((kind) => profile.byKind[kind] > 0);
    const labels = present.map((kind) => {
      const { label, count } = boxFor(kind);
      count.textContent = tNumber(profile.byKind[kind]);
      return label;
    });
    const shown = [...kinds.querySelectorAll(':scope > label')];
    if (labels.length !== shown.length || labels.some((label, i) => label !== shown[i])) {
      kinds.replaceChildren(legend, ...labels);
    }
    kinds.hidden = labels.length === 0;
  };

  return {
    element: element('div', { className: 'filters' }, kinds, searchRow),
    update,
    current,
    reset(quietly = false) {
      clearTimeout(timer);
      hidden.clear();
      search.value = '';
      for (const { box } of boxes.values()) box.checked = true;
      if (!quietly) onChange(current(), 'kinds');
    },
  };
}
