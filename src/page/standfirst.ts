/**
 * A standfirst or subhead written as a heading, which on real pages holds claims (issue 10). Read
 * as a paragraph only when it reads as a full sentence and opens its section, with no paragraph of
 * prose before it there: teaser titles, section names and mid-story subheads stay out (reading every
 * sentence-like heading cost precision and cut headings out of list items).
 */

const SUBHEADS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** A headline-style title is short; a standfirst is a sentence. */
const MIN_WORDS = 8;

/** Ends like a sentence, perhaps inside closing quotes; an ellipsis ends a teaser's cut title. */
const SENTENCE_END = /[.!?]["'”’»)]*$/;

/** A paragraph of prose: what a standfirst comes before. */
const PROSE_CHARS = 40;

const isSentence = (text: string) =>
  SENTENCE_END.test(text) && text.split(/\s+/).length >= MIN_WORDS;

/** Whether an element is, or holds, a paragraph of prose. */
function holdsProse(element: Element): boolean {
  const paragraphs = element.localName === 'p' ? [element] : element.querySelectorAll('p');
  for (const paragraph of paragraphs) {
    const text = paragraph.textContent?.trim() ?? '';
    if (text.length >= PROSE_CHARS && SENTENCE_END.test(text)) return true;
  }
  return false;
}

/** Whether a heading reads as a sentence that opens its section. */
export function isStandfirstHeading(element: Element): boolean {
  if (!SUBHEADS.has(element.localName)) return false;
  if (!isSentence(element.textContent?.trim() ?? '')) return false;
  for (let at = element.previousElementSibling; at; at = at.previousElementSibling) {
    if (holdsProse(at)) return false;
  }
  return true;
}
