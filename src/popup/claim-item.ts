import type { Attribution } from '../engine/types';
import { t } from '../shared/i18n';
import { element } from './dom';
import { claimSnippet } from './snippet';

/**
 * One claim as a button that takes the reader to it in the page: its words, its cue, and the
 * chain it came through ("via The Washington Post", "cited by Interfax"). The page's own words
 * carry the article's `language` when it is known.
 */
export function renderClaim(
  attribution: Attribution,
  index: number,
  language?: string,
): HTMLLIElement {
  const snippet = claimSnippet(attribution);
  const words = element('span', {
    className: snippet ? 'claim-words' : 'claim-words missing',
    text:
      attribution.content && snippet ? t('quotedClaim', snippet) : (snippet ?? t('noClaimText')),
    lang: snippet ? language : undefined,
  });
  const details = element(
    'span',
    { className: 'claim-details' },
    element('span', { className: 'claim-cue', text: attribution.cue.text, lang: language }),
  );
  // A belief, an intention or a stance is no report of words: the list says so beside its cue.
  if (attribution.mode === 'belief') {
    details.append(element('span', { className: 'claim-mode', text: t('claimBelief') }));
  }
  if (attribution.via) {
    details.append(
      element('span', { className: 'claim-chain', text: t('chainVia', attribution.via) }),
    );
  }
  if (attribution.citedBy) {
    details.append(
      element('span', { className: 'claim-chain', text: t('chainCitedBy', attribution.citedBy) }),
    );
  }
  const button = element(
    'button',
    {
      className: 'claim',
      attrs: { type: 'button', tabindex: '-1', 'data-index': String(index) },
    },
    words,
    details,
  );
  return element('li', {}, button);
}
