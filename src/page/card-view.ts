/** What the card says about one attribution, built from text nodes only: the page's words are never parsed as HTML. */
import browser from 'webextension-polyfill';
import type { Attribution, SourceKind } from '../engine/types';

const KIND_LABELS: Record<SourceKind, string> = {
  person: 'cardKindPerson',
  organization: 'cardKindOrganization',
  media: 'cardKindMedia',
  document: 'cardKindDocument',
  unnamed: 'cardKindUnnamed',
  none: 'cardKindNone',
};

/** Long claims are cut at a word so that the card stays small. */
const CLAIM_CHARS = 280;

const t = (key: string, ...substitutions: string[]) =>
  browser.i18n.getMessage(key, substitutions) || key;

function line(doc: Document, className: string, text: string, tag = 'p'): HTMLElement {
  const element = doc.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

/** A line of the page's own words, marked with the article's language when it is known. */
function pageLine(
  doc: Document,
  className: string,
  text: string,
  language: string | undefined,
  tag = 'p',
): HTMLElement {
  const element = line(doc, className, text, tag);
  if (language) element.lang = language;
  return element;
}

export function shorten(text: string, max = CLAIM_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max).trimEnd()}…`;
}

/** The card's body for an attribution: kind, name, chain, claim and cue; `language` is the article's. */
export function renderAttribution(
  doc: Document,
  attribution: Attribution,
  language?: string,
): HTMLElement[] {
  const kind = doc.createElement('p');
  kind.className = 'kind';
  const swatch = doc.createElement('span');
  swatch.className = `swatch swatch-${attribution.kind}`;
  swatch.setAttribute('aria-hidden', 'true');
  kind.append(swatch, doc.createTextNode(t(KIND_LABELS[attribution.kind])));

  const parts: HTMLElement[] = [kind];
  if (attribution.mode === 'belief') parts.push(line(doc, 'note', t('cardBelief')));
  const name = attribution.name ?? attribution.source?.text;
  if (name) parts.push(pageLine(doc, 'name', name, language));
  const chain = [
    attribution.via && t('cardVia', attribution.via),
    attribution.citedBy && t('cardCitedBy', attribution.citedBy),
  ].filter((part): part is string => !!part);
  if (chain.length > 0) parts.push(line(doc, 'chain', chain.join(' · ')));
  if (!attribution.resolved) parts.push(line(doc, 'note', t('cardUnresolved')));
  if (attribution.content)
    parts.push(pageLine(doc, 'claim', shorten(attribution.content.text), language, 'blockquote'));
  parts.push(line(doc, 'cue', t('cardCue', attribution.cue.text)));
  return parts;
}
