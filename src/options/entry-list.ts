import { element } from '../popup/dom';
import { t } from '../shared/i18n';

/**
 * A list of the reader's entries (sites, cue phrases), each with a remove button. When one is
 * removed, focus moves to its neighbour's button, or to `afterLast` when none is left.
 */
export function entryList(options: {
  emptyText: string;
  /** Controls shown beside an entry (the site's on/off choice). */
  controls?: (entry: string) => Node[];
  remove(entry: string): void;
  afterLast(): HTMLElement;
}): { element: HTMLElement; set(entries: readonly string[]): void } {
  const list = element('ul', { className: 'entries' });
  const empty = element('p', { className: 'entries-empty', text: options.emptyText });
  let removedAt: number | null = null;

  return {
    element: element('div', {}, list, empty),
    set(entries) {
      list.replaceChildren(
        ...entries.map((entry, index) => {
          const remove = element('button', {
            className: 'button',
            attrs: { type: 'button', 'aria-label': t('removeEntry', entry) },
            text: t('remove'),
          });
          remove.addEventListener('click', () => {
            removedAt = index;
            options.remove(entry);
          });
          return element(
            'li',
            {},
            element('span', { className: 'entry-name', text: entry }),
            ...(options.controls?.(entry) ?? []),
            remove,
          );
        }),
      );
      empty.hidden = entries.length > 0;
      if (removedAt === null) return;
      const buttons = list.querySelectorAll<HTMLButtonElement>('li > button');
      const next = buttons[Math.min(removedAt, buttons.length - 1)] ?? options.afterLast();
      removedAt = null;
      next.focus();
    },
  };
}
