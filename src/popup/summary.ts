import { SOURCE_KINDS } from '../engine/types';
import { t, tNumber } from '../shared/i18n';
import { element } from './dom';
import { KIND_LABEL } from './kinds';
import type { SourcingProfile } from './profile';

const SVG = 'http://www.w3.org/2000/svg';

/** The four numbers a reader asks first: claims, sources, named sources, claims with no source. */
function counts(profile: SourcingProfile): HTMLElement {
  const item = (label: string, value: number, className: string) =>
    element(
      'div',
      { className },
      element('dt', { text: label }),
      element('dd', { text: tNumber(value) }),
    );
  return element(
    'dl',
    { className: 'summary-counts' },
    item(t('summaryClaims'), profile.claims, 'count-claims'),
    item(t('summarySources'), profile.sources, 'count-sources'),
    item(t('summaryNamed'), profile.namedSources, 'count-named'),
    item(t('summaryUnsourced'), profile.unsourced, profile.unsourced > 0 ? 'count-unsourced' : ''),
  );
}

/** The profile in words, for the bar's accessible name: "Named person 2, News outlet 1, …". */
export function profileInWords(profile: SourcingProfile): string {
  return SOURCE_KINDS.filter((kind) => profile.byKind[kind] > 0)
    .map((kind) => `${t(KIND_LABEL[kind])} ${profile.byKind[kind]}`)
    .join(', ');
}

/**
 * A stacked bar of claims by source kind. SVG geometry, not inline styles, sizes the segments,
 * so the strict style-src CSP holds; the kind checkboxes below it are its labelled legend.
 */
function bar(profile: SourcingProfile): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'profile-bar');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('profileBarLabel', profileInWords(profile)));
  svg.setAttribute('viewBox', `0 0 ${Math.max(profile.claims, 1)} 1`);
  svg.setAttribute('preserveAspectRatio', 'none');
  let x = 0;
  for (const kind of SOURCE_KINDS) {
    const count = profile.byKind[kind];
    if (count === 0) continue;
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('class', `kind-fill kind-${kind}`);
    rect.setAttribute('x', String(x));
    rect.setAttribute('width', String(count));
    rect.setAttribute('height', '1');
    svg.append(rect);
    x += count;
  }
  return svg;
}

export function renderSummary(profile: SourcingProfile): HTMLElement {
  return element(
    'section',
    { className: 'summary', attrs: { 'aria-label': t('summaryLabel') } },
    counts(profile),
    bar(profile),
  );
}
