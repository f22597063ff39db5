/**
 * Deterministic news-like text for when the PolNeAR corpus is absent: attributed and plain
 * sentences in paragraphs, with the names, cues, quotes and numbers news copy has.
 */
export function newsLikeTexts(articles: number, seed = 1): string[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const sentence = (): string => {
    const claim = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`;
    switch (Math.floor(next() * 6)) {
      case 0:
        return `${pick(SOURCES)} ${pick(CUES)} ${claim}.`;
      case 1:
        return `${capitalise(claim)}, according to ${pick(SOURCES)}.`;
      case 2:
        return `“${capitalise(claim)},” ${pick(SOURCES)} ${pick(CUES)}.`;
      case 3:
        return `${capitalise(pick(SUBJECTS))} reportedly ${pick(VERBS)} ${pick(OBJECTS)}.`;
      default:
        return `${capitalise(claim)} in ${1990 + Math.floor(next() * 35)}.`;
    }
  };
  return Array.from({ length: articles }, () =>
    Array.from({ length: 8 + Math.floor(next() * 12) }, () =>
      Array.from({ length: 2 + Math.floor(next() * 4) }, sentence).join(' '),
    ).join('\n\n'),
  );
}

const SOURCES = [
  'Mayor Elena Ruiz',
  'the Associated Press',
  'Reuters',
  'officials',
  'analysts',
  'people familiar with the matter',
  'a spokesman for the ministry',
  'Senator John Whitfield',
  'the report',
  'documents reviewed by The Washington Post',
];
const CUES = ['said', 'told reporters', 'wrote', 'added', 'warned', 'claimed', 'noted'];
const SUBJECTS = [
  'the council',
  'the government',
  'the company',
  'the ministry',
  'the union',
  'police',
];
const VERBS = ['approved', 'rejected', 'delayed', 'expanded', 'reviewed', 'questioned'];
const OBJECTS = [
  'the budget',
  'the ferry contract',
  'new tariffs',
  'the inquiry',
  'a ceasefire plan',
];
const TAILS = ['on Tuesday', 'after weeks of talks', 'despite protests', 'by a narrow vote', ''];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
