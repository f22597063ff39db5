import type { Attribution } from '../engine/types';
import { t, tCount } from '../shared/i18n';
import { renderClaim } from './claim-item';
import { element, uniqueId } from './dom';
import { KIND_LABEL } from './kinds';
import type { SourceGroup } from './source-groups';

/** Enough claims to fill a popup at once; the rest follow without blocking the reader. */
const FIRST_CHUNK = 30;
const CHUNK = 250;

/** The claims grouped by source, drawn in chunks so that thousands never freeze the popup. */
export interface ClaimList {
  element: HTMLElement;
  /** `language`: the article's, for the page's words in the list. */
  show(
    attributions: readonly Attribution[],
    groups: readonly SourceGroup[],
    language?: string,
  ): void;
  /** Draws whatever is still pending, now. */
  flush(): void;
}

function renderGroupHeading(group: SourceGroup, id: string, language?: string): HTMLElement {
  const name = group.name ?? t('noSource');
  const heading = element(
    'h2',
    { className: 'source-heading', attrs: { id } },
    element('span', {
      className: `swatch kind-fill kind-${group.kind}`,
      attrs: { 'aria-hidden': 'true' },
    }),
    element('span', {
      className: 'source-name',
      text: name,
      lang: group.name === null ? undefined : language,
    }),
  );
  if (!group.resolved) {
    heading.append(element('span', { className: 'source-unresolved', text: t('unresolvedMark') }));
  }
  // The no-source group's name already says its kind.
  if (group.name !== null) {
    heading.append(element('span', { className: 'source-kind', text: t(KIND_LABEL[group.kind]) }));
  }
  heading.append(
    element('span', { className: 'source-count', text: tCount('claimCount', group.claims.length) }),
  );
  return heading;
}

export function createClaimList(onComplete: () => void): ClaimList {
  const container = element('div', { className: 'claim-list' });
  // Claim elements are made once per report and reused when a filter or search redraws the list.
  let items = new Map<number, HTMLLIElement>();
  let itemsFor: readonly Attribution[] | null = null;
  let pending: Iterator<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function* drawing(
    attributions: readonly Attribution[],
    groups: readonly SourceGroup[],
    language?: string,
  ) {
    for (const group of groups) {
      const headingId = uniqueId('source');
      const list = element('ol', { className: 'claims' });
      const section = element(
        'section',
        {
          className: `source-group${group.name === null ? ' no-source' : ''}`,
          attrs: {
            'aria-labelledby': headingId,
            'data-name': group.name ?? '',
            'data-kind': group.kind,
          },
        },
        renderGroupHeading(group, headingId, language),
        list,
      );
      container.append(section);
      for (const index of group.claims) {
        const attribution = attributions[index];
        if (!attribution) continue;
        let item = items.get(index);
        if (!item) {
          item = renderClaim(attribution, index, language);
          items.set(index, item);
        }
        list.append(item);
        yield;
      }
    }
  }

  const draw = (budget: number): boolean => {
    if (!pending) return true;
    for (let drawn = 0; drawn < budget; drawn++) {
      if (pending.next().done) {
        pending = null;
        container.removeAttribute('aria-busy');
        onComplete();
        return true;
      }
    }
    return false;
  };

  const drawLater = () => {
    timer = setTimeout(() => {
      if (!draw(CHUNK)) drawLater();
    }, 0);
  };

  return {
    element: container,
    show(attributions, groups, language) {
      clearTimeout(timer);
      if (itemsFor !== attributions) {
        items = new Map();
        itemsFor = attributions;
      }
      container.replaceChildren();
      // Screen readers wait for the whole list rather than read it chunk by chunk.
      container.setAttribute('aria-busy', 'true');
      pending = drawing(attributions, groups, language);
      if (!draw(FIRST_CHUNK)) drawLater();
    },
    flush() {
      clearTimeout(timer);
      draw(Number.POSITIVE_INFINITY);
    },
  };
}
