/** The small questions the pack reader's stages ask of a token, in the pack's words. */
import type { Pack, Phrases } from '../packs/compile';
import { GAP, type GappedTable } from '../packs/gapped-phrases';
import { WordClass } from '../packs/word-classes';
import { TokenType } from '../text/tokens';
import type { PackText } from './pack-text';

/** The length in tokens of the outlet's name at i ("Le Monde", "AFP"), 0 when none starts there. */
export function outletAt(text: PackText, pack: Pack, i: number): number {
  return phraseOfClassAt(text, i, WordClass.OutletStart, pack.outlets);
}

/** "laut heise online", "disse ao g1": an outlet that writes its name in lower case, its length (0 if none). */
export function lowerCaseOutletAt(text: PackText, pack: Pack, i: number): number {
  // Most words start no outlet's name: their class tells them without making their string.
  if (text.isCapitalized(i) || !text.isWordOf(i, WordClass.LowerCaseOutlet)) return 0;
  if (mayGoOnWithOutlet(text, pack, i + 1)) return outletAt(text, pack, i);
  // "la" of "la diaria" mostly opens no outlet's name: then only a one-word name can be there,
  // the last of its first word's names (the longest come first).
  const names = pack.outlets.get(text.word(i));
  return names?.[names.length - 1]?.length === 1 ? 1 : 0;
}

/**
 * Whether the token at i may go on with an outlet's name after its first word: a word with the
 * hash of an outlet's second word ("monde" of "Le Monde"), or a mark ("tagesschau.de").
 */
export function mayGoOnWithOutlet(text: PackText, pack: Pack, i: number): boolean {
  const hash = text.hash(i);
  return hash === 0 || pack.outletSecondWords.has(hash);
}

/**
 * "un article du Monde", "disse ao Globo", "sagte dem Spiegel": an outlet whose name opens on an
 * article the text fused with a preposition or inflected, before i; the length of the rest of its
 * name from i and the article it opens on, or null.
 */
export function fusedOutletAt(
  text: PackText,
  pack: Pack,
  i: number,
): { length: number; article: string } | null {
  // Most words go on with no outlet's name: their hash tells them without making their string.
  if (!mayGoOnWithOutlet(text, pack, i)) return null;
  // A fused or inflected article is a determiner's or a preposition's spelling: "du", "dem", "ao".
  if (!text.isWordOf(i - 1, WordClass.Determiner | WordClass.Preposition)) return null;
  const fused = pack.fusedOutlets.get(text.word(i - 1));
  const length = fused ? text.phraseAt(i, fused.rest) : 0;
  if (!fused || length === 0) return null;
  const words: string[] = [];
  for (let k = i; k < i + length; k++) words.push(text.word(k));
  return { length, article: fused.article.get(words.join(' ')) ?? '' };
}

/**
 * The last token of a medium that opens on an article at i, told something with no preposition:
 * "dem Spiegel", "der „Süddeutschen Zeitung“", "der Zeitung"; -1 when none opens there.
 */
export function mediumEnd(text: PackText, pack: Pack, i: number): number {
  if (!text.isWordOf(i, WordClass.Determiner)) return -1;
  const next = i + 1;
  const fused = fusedOutletAt(text, pack, next);
  if (fused) return next + fused.length - 1;
  const quotedName = quotedNameAt(text, next);
  if (quotedName > 0) return quotedName;
  const outlet = outletAt(text, pack, i);
  if (outlet > 0) return i + outlet - 1;
  const named = outletAt(text, pack, next);
  if (named > 0) return next + named - 1;
  return text.isWordOf(next, WordClass.MediaNoun) ? next : -1;
}

/**
 * Whether whom it was said to opens at i, with no preposition, after a speaker that opens at
 * `first`: "sagte der Kanzler | dem Sender", "sagte Scholz | der Zeitung". After a noun with its
 * article a "der" opens a genitive that belongs to the speaker ("der Sprecher der Zeitung"), once.
 */
export function toldAt(text: PackText, pack: Pack, first: number, i: number): boolean {
  if (i <= first || text.isWordOf(i - 1, WordClass.Preposition)) return false;
  if (pack.audienceArticles.has(text.word(i))) return true;
  // "ein Sprecher der Polizei | der Deutschen Presse-Agentur": a speaker whose genitive is already
  // said takes no second one; the medium after it is whom it was told.
  // "sagte sein Bruder Georg Ratzinger | der Zeitung": nor does a person's given name and surname.
  let genitive = text.isWordOf(i - 2, WordClass.FirstName) && text.isCapitalized(i - 1);
  for (let k = first + 1; k < i && !genitive; k++)
    genitive = text.isWordOf(k, WordClass.Determiner);
  return (!text.isWordOf(first, WordClass.Determiner) || genitive) && mediumEnd(text, pack, i) >= 0;
}

/** The length in tokens of the document's noun at i ("rapport", "projet de loi"), 0 when none. */
export function documentAt(text: PackText, pack: Pack, i: number): number {
  return phraseOfClassAt(text, i, WordClass.DocumentStart, pack.documents);
}

/** A phrase of a table whose first words are a class: a word of no such class opens none. */
function phraseOfClassAt(text: PackText, i: number, starts: WordClass, table: Phrases): number {
  if (text.isWord(i) && !text.isWordOf(i, starts)) return 0;
  return text.phraseAt(i, table);
}

/** Marks that end a clause for the reader: commas, colons, brackets, dashes, quote marks. */
export function isBoundary(text: PackText, i: number): boolean {
  const type = text.type(i);
  return type !== TokenType.Word && type !== TokenType.Number;
}

/**
 * Whether the period at `dot` closes an initial inside a name: "S.Paulo", and after a first name or
 * a name's particle "Juan F. Pérez", "Folha de S. Paulo"; "Plano B. Maria" ends a sentence.
 */
export function closesInitial(text: PackText, dot: number): boolean {
  if (!text.is(dot, '.') || !text.isWord(dot + 1) || !text.isCapitalized(dot + 1)) return false;
  const initial = dot - 1;
  if (!text.isWord(initial) || !text.isCapitalized(initial)) return false;
  if (text.end(initial) - text.start(initial) !== 1) return false;
  if (!text.spaceBefore(dot + 1)) return true;
  return text.isWordOf(initial - 1, WordClass.FirstName | WordClass.NameParticle);
}

/** The last part of a hyphened word, lower case ("chefin" of "Grünen-Chefin"); null with no hyphen. */
export function hyphenedHead(text: PackText, i: number): string | null {
  const end = text.end(i);
  for (let k = text.start(i); k < end; k++) {
    if (text.text.charCodeAt(k) !== 45) continue;
    const w = text.word(i);
    return w.slice(w.lastIndexOf('-') + 1);
  }
  return null;
}

export function isDash(text: PackText, i: number): boolean {
  return text.is(i, '—') || text.is(i, '–') || (text.is(i, '-') && text.spaceBefore(i));
}

const OPENS_NOUN_PHRASE =
  WordClass.Determiner | WordClass.SubjectPronoun | WordClass.Anonymity | WordClass.MediaNoun;

/**
 * Whether the word at i can open a noun phrase: an article, a pronoun, a name, a number, or a noun
 * of sources said without an article ("fuentes de la empresa", "medios locales", "datos del censo").
 */
/** "Además", "Luego", "Me" opening a sentence: an adverb or a pronoun of the verb's, no article. */
function cliticAlone(text: PackText, i: number): boolean {
  return text.isWordOf(i, WordClass.Clitic) && !text.isWordOf(i, WordClass.Determiner);
}

export function opensNounPhrase(text: PackText, pack: Pack, i: number): boolean {
  if (!text.isWord(i)) return text.type(i) === TokenType.Number;
  return (
    // Plurals stand bare: "segundo fontes", "informado por aliados", "de acordo com dados".
    text.isWordOf(i, OPENS_NOUN_PHRASE) ||
    documentAt(text, pack, i) > 0 ||
    (text.isCapitalized(i) &&
      !text.isWordOf(i, WordClass.Preposition | WordClass.Conjunction) &&
      !cliticAlone(text, i)) ||
    lowerCaseOutletAt(text, pack, i) > 0 ||
    adjectiveBeforeNoun(text, pack, i)
  );
}

const NO_ADJECTIVE =
  WordClass.Determiner |
  WordClass.Preposition |
  WordClass.Conjunction |
  WordClass.SubjectPronoun |
  WordClass.Verb |
  WordClass.Auxiliary;

/**
 * Whether a phrase opening at k may be the genitive of the noun before it: "nach Berichten |
 * britischer Tageszeitungen", not "nach Medienberichten | weitere Demonstranten" (an adjective
 * with no article before it says its case by its ending).
 */
export function genitiveAt(text: PackText, pack: Pack, k: number): boolean {
  if (!adjectiveBeforeNoun(text, pack, k)) return opensNounPhrase(text, pack, k);
  return pack.grammar.genitive?.(text.word(k)) ?? true;
}

/**
 * Where every noun is capitalised, whether the plain word at i is an adjective before its noun,
 * which opens the phrase after an article a cue holds ("nach Angaben des | stellvertretenden
 * Gouverneurs", "der | örtlichen Polizei"); a second adjective may stand between.
 */
export function adjectiveBeforeNoun(text: PackText, pack: Pack, i: number): boolean {
  const qualifies = pack.grammar.mayQualifyNoun;
  if (!qualifies || !pack.grammar.capitalizedNouns) return false;
  const adjective = (k: number) =>
    text.isWord(k) &&
    !text.isCapitalized(k) &&
    !text.isWordOf(k, NO_ADJECTIVE) &&
    !pack.commonWords.has(text.hash(k)) &&
    qualifies(text.word(k));
  if (!adjective(i)) return false;
  const noun = adjective(i + 1) ? i + 2 : i + 1;
  return text.isWord(noun) && text.isCapitalized(noun) && !text.isWordOf(noun, NO_ADJECTIVE);
}

/** The characters from token a to token b (inclusive) as written. */
export function spanText(text: PackText, a: number, b: number): string {
  return text.text.slice(text.start(a), text.end(b));
}

// How many pronouns may stand between what was said and the verb of its tag.
const TAG_PRONOUNS = 2;

/**
 * Where a speech tag starts: at its verb, or at the object pronouns before it ("», lui a répondu
 * le ministre", "», le dijo el ministro").
 */
export function tagFirst(text: PackText, pack: Pack, first: number): number {
  let k = first;
  while (k > 0 && first - k < TAG_PRONOUNS && pack.tagPronouns.has(text.word(k - 1))) k--;
  return followsClaim(text, k) ? k : first;
}

/**
 * Whether a cue comes after what was said: after a comma, a quote mark or a dash; not after the
 * quoted name of its subject ("Der „Spiegel“ berichtete", "Le « Monde » a révélé").
 */
export function followsClaim(text: PackText, first: number): boolean {
  const before = first - 1;
  if (before < 0) return false;
  if (text.isQuoteMark(before)) return !closesQuotedName(text, before);
  return text.is(before, ',') || isDash(text, before);
}

/**
 * Whether the quote mark at `close` ends a name quoted after an article, a preposition or a
 * medium's noun, or opening its sentence ("„BBC News“ berichtet": a quote would take a comma).
 */
export function closesQuotedName(text: PackText, close: number): boolean {
  const quote = text.quoteOf(close);
  const open = quote >= 0 ? (text.quotes.open[quote] ?? -1) : -1;
  if (open < 0 || quotedNameAt(text, open) !== close) return false;
  return (
    text.sentenceFirst(open) === open ||
    text.isWordOf(
      open - 1,
      WordClass.Determiner | WordClass.MediaNoun | WordClass.BodyNoun | WordClass.Preposition,
    )
  );
}

/** A phrase's gap takes up to three words: "nach bisher noch unbestätigten Angaben". */
const LONGEST_GAP = 3;
// A compound's head stands for a phrase's noun only when it is long enough to be one word of its own.
const SHORTEST_COMPOUND_HEAD = 7;

/**
 * The longest phrase of a table at token i, as its length in tokens (0 if none). A "…" in a phrase
 * takes up to three plain words (adjectives, articles); in a language that compounds its nouns the
 * word after it may be a compound of the phrase's noun: "nach Polizeiangaben", "nach NASA-Angaben".
 */
export function phraseWithGapsAt(
  text: PackText,
  pack: Pack,
  i: number,
  table: GappedTable,
): number {
  const phrases = table.get(text.word(i));
  if (!phrases) return 0;
  let best = longestAt(text, pack, i, phrases.always, 0);
  // Only the phrases whose second word is the next word can match: "de" opens dozens.
  if (phrases.secondWordHashes.has(text.hash(i + 1))) {
    best = longestAt(text, pack, i, phrases.bySecondWord.get(text.word(i + 1)), best);
  }
  // Only the phrases whose word after the gap is one of the next few words can match: "nach"
  // opens a hundred and fifty phrases, and most of its uses none of them.
  const compounds = pack.grammar.compounds === true;
  for (let j = i + 1; j <= i + 1 + LONGEST_GAP; j++) {
    // A word after a gap is told by its hash; only a compound's head needs its letters.
    if (!compounds && !phrases.hashesAfterGap.has(text.hash(j))) continue;
    const w = text.word(j);
    best = longestAt(text, pack, i, phrases.byWordAfterGap.get(w), best);
    if (!compounds || w.length < SHORTEST_COMPOUND_HEAD) continue;
    for (const head of phrases.byLastLetter.get(w.charCodeAt(w.length - 1)) ?? []) {
      if (head !== w && endsPhraseWord(pack, w, head, true)) {
        best = longestAt(text, pack, i, phrases.byWordAfterGap.get(head), best);
      }
    }
  }
  return best;
}

/** The longest of `best` and the phrases of a list matched at token i, in tokens. */
function longestAt(
  text: PackText,
  pack: Pack,
  i: number,
  list: readonly (readonly string[])[] | undefined,
  best: number,
): number {
  for (const words of list ?? []) best = Math.max(best, gappedMatch(text, pack, words, 0, i) - i);
  return best;
}

/** Whether a text's word is a phrase's word: itself, or after a gap a compound of it. */
function endsPhraseWord(pack: Pack, w: string, word: string, afterGap: boolean): boolean {
  if (w === word) return true;
  return (
    afterGap &&
    pack.grammar.compounds === true &&
    word.length >= SHORTEST_COMPOUND_HEAD &&
    w.endsWith(word)
  );
}

/** The token after a match of words[k..] from token j, or -1. */
function gappedMatch(
  text: PackText,
  pack: Pack,
  words: readonly string[],
  k: number,
  j: number,
): number {
  if (k === words.length) return j;
  const word = words[k] as string;
  if (word === GAP) {
    for (let gap = 0; gap <= LONGEST_GAP; gap++) {
      const end = gappedMatch(text, pack, words, k + 1, j + gap);
      if (end >= 0) return end;
      const at = j + gap;
      if (!text.isWord(at)) return -1;
      if (
        text.isCapitalized(at) &&
        !text.isWordOf(at, WordClass.Determiner) &&
        !genitiveName(text, pack, at)
      )
        return -1;
    }
    return -1;
  }
  return endsPhraseWord(pack, text.word(j), word, words[k - 1] === GAP)
    ? gappedMatch(text, pack, words, k + 1, j + 1)
    : -1;
}

/** A name's word without its genitive -s, where the language writes one ("merkels"), else null. */
export function genitiveStem(pack: Pack, w: string): string | null {
  return pack.grammar.genitiveS && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : null;
}

/** German "Merkels" of "nach Merkels Worten": a name in the genitive, before the noun it qualifies. */
export function genitiveName(text: PackText, pack: Pack, i: number): boolean {
  if (!text.isCapitalized(i) || text.isWordOf(i, WordClass.Determiner)) return false;
  return genitiveStem(pack, text.word(i)) !== null;
}

/** Whether the word at i is one of the pack's reporting verbs, and not a noun after an article ("le juge"). */
export function isVerbAt(text: PackText, _pack: Pack, i: number): boolean {
  return text.isWordOf(i, WordClass.Verb) && !text.isWordOf(i - 1, WordClass.Determiner);
}

/**
 * "a El País", "à l'AFP", "a este diario": a preposition before an outlet or a news medium, the
 * audience of what was said, as its length in tokens (0 when none starts at i).
 */
export function audienceAt(text: PackText, pack: Pack, i: number): number {
  const classes = text.classesOf(i);
  if ((classes & WordClass.Preposition) === 0 || (classes & WordClass.NameParticle) !== 0) return 0;
  const interview = interviewAt(text, pack, i);
  if (interview > 0) return interview;
  // "auprès de l'AFP": a preposition of two words.
  const last = text.isWordOf(i + 1, WordClass.Preposition) ? i + 1 : i;
  const outlet = outletAt(text, pack, last + 1);
  if (outlet > 0) return last - i + 1 + outlet;
  // "au Monde", "ao Globo": the preposition holds the outlet's article.
  const fused = fusedOutletAt(text, pack, last + 1);
  if (fused) return last - i + 1 + fused.length;
  if (!text.isWordOf(last + 1, WordClass.Determiner)) return 0;
  if (text.isWordOf(last + 2, WordClass.MediaNoun))
    return last - i + 3 + outletAt(text, pack, last + 3);
  // "à l'AFP", "a la AFP": an article before an outlet that writes none.
  const named = outletAt(text, pack, last + 2);
  return named > 0 ? last - i + 2 + named : 0;
}

// Words that cannot be the noun of an interview's setting: "a | la | prensa", "con | dijo".
const NOT_SETTING_NOUN =
  WordClass.Determiner | WordClass.Preposition | WordClass.Conjunction | WordClass.Verb;

/**
 * "en diálogo con LA NACION", "em entrevista à GloboNews", "dans un entretien au Monde", "en
 * conversación con la prensa": a preposition and a plain noun in lower case before the outlet or
 * medium spoken to, the setting of an interview, as its length in tokens (0 when none starts at i).
 */
function interviewAt(text: PackText, pack: Pack, i: number): number {
  const noun = text.isWordOf(i + 1, WordClass.Determiner) ? i + 2 : i + 1;
  if (!text.isWord(noun) || text.isCapitalized(noun) || text.isWordOf(noun, NOT_SETTING_NOUN))
    return 0;
  const spokenTo = audienceAt(text, pack, noun + 1);
  return spokenTo > 0 ? noun + 1 - i + spokenTo : 0;
}

/**
 * "sur X", "en sus redes sociales", "auf Instagram": where it was posted, a preposition before a
 * platform, as its length in tokens (0 when none starts at i).
 */
export function platformAt(text: PackText, pack: Pack, i: number): number {
  if (!text.isWordOf(i, WordClass.Preposition)) return 0;
  const name = text.isWordOf(i + 1, WordClass.Determiner) ? i + 2 : i + 1;
  const platform = text.phraseAt(name, pack.platforms);
  return platform > 0 ? name - i + platform : 0;
}

/**
 * A word of when in lower case, alone ("hier") or after an article or a preposition ("ce matin",
 * "à noite", "la semana pasada"), as its length in tokens (0 when none is at k); not one that
 * qualifies a word after it ("einer gestern vorgestellten Studie").
 */
export function whenAt(text: PackText, pack: Pack, k: number): number {
  // Where every noun is capitalised, so are days and months ("am Montag").
  const nouns = pack.grammar.capitalizedNouns === true;
  const timeWord = (i: number) =>
    (nouns || !text.isCapitalized(i)) && pack.timeWords.has(text.word(i));
  if (timeWord(k)) return 1;
  // "vergangene Woche", "am Montag | neue Streiks": a noun of time after an adjective, an article
  // or a preposition, which, unlike "gestern", qualifies no word after it.
  if (nouns && text.isCapitalized(k + 1) && timeWord(k + 1) && text.isWord(k)) {
    if (text.isWordOf(k, WordClass.Preposition))
      return pack.grammar.timePrepositions?.has(text.word(k)) ? 2 : 0;
    return text.isCapitalized(k) && !text.isWordOf(k, WordClass.Determiner) ? 0 : 2;
  }
  const article = text.isWordOf(k, WordClass.Determiner | WordClass.Preposition);
  if (!article || !timeWord(k + 1)) return 0;
  const plainAfter =
    text.isWord(k + 2) &&
    !text.isCapitalized(k + 2) &&
    !timeWord(k + 2) &&
    !text.isWordOf(k + 2, WordClass.Determiner | WordClass.Preposition);
  return plainAfter ? 0 : 2;
}

/**
 * "em nota", "en un comunicado", "dans un communiqué": where a body or a speaker said it, a
 * preposition before a document or a medium, as its length in tokens (0 when none starts at i).
 */
export function documentSettingAt(text: PackText, i: number): number {
  if (!text.isWordOf(i, WordClass.Preposition) || text.isWordOf(i, WordClass.NameParticle))
    return 0;
  const noun = text.isWordOf(i + 1, WordClass.Determiner) ? i + 2 : i + 1;
  return text.isWordOf(noun, WordClass.DocumentStart | WordClass.MediaNoun) ? noun - i + 1 : 0;
}

/**
 * Where a speaker's phrase starts at i, past when, to whom and where it was said, which a speech
 * tag may put before it: "ha asegurado este lunes a EFE la vicepresidenta", "a écrit sur X la
 * députée", "schrieb auf Instagram die Ministerin", "a déclaré dans un communiqué le
 * porte-parole" (a document or a medium only after a tag's verb); i when no phrase follows them.
 */
export function pastSetting(text: PackText, pack: Pack, i: number, tag: boolean): number {
  let k = i;
  for (;;) {
    // After "según" or "segundo" a medium is the source: "Segundo a rádio Bandeirantes".
    const step =
      whenAt(text, pack, k) ||
      audienceAt(text, pack, k) ||
      platformAt(text, pack, k) ||
      asideAt(text, k) ||
      (tag ? documentSettingAt(text, k) : 0);
    if (step === 0) break;
    k += step;
  }
  return k > i && opensNounPhrase(text, pack, k) ? k : i;
}

// An aside between dashes is a few words: "– nach langem Zögern –".
const LONGEST_ASIDE = 12;

/**
 * An aside set between dashes at i, as its length in tokens (0 when none): "Dies gab heute – nach
 * langem Zögern – der Sprecher bekannt".
 */
function asideAt(text: PackText, i: number): number {
  if (!isDash(text, i)) return 0;
  const end = Math.min(text.sentenceEnd(i), i + LONGEST_ASIDE);
  for (let k = i + 2; k < end; k++) if (isDash(text, k)) return k - i + 1;
  return 0;
}

/**
 * Where a source starts at i, past an audience: "según dijeron a El País dos fuentes" (the outlet
 * told stands between the verb and its subject). With no subject after it, the outlet was the
 * source: "Segundo a Folha, o ministro ...".
 */
export function pastAudience(text: PackText, pack: Pack, i: number): number {
  const audience = audienceAt(text, pack, i);
  return audience > 0 && opensNounPhrase(text, pack, i + audience) ? i + audience : i;
}

// A sentence's opening adverbial is a few words: "Para isso,", "Em 2019,", "Depois disso,".
const ADVERBIAL_WORDS = 3;

/**
 * Whether the words before a comma that opens a sentence are an adverbial ("Para isso, critica
 * determinadas pautas"), a preposition and a few words, not a claim the verb after it tags.
 */
export function adverbialBefore(text: PackText, pack: Pack, comma: number): boolean {
  const first = text.sentenceFirst(comma);
  if (comma - first > ADVERBIAL_WORDS || !pack.prepositions.has(text.word(first))) return false;
  for (let k = first; k < comma; k++) if (isBoundary(text, k)) return false;
  return true;
}

// A quoted name is a few words: „Spiegel“, „Frankfurter Allgemeine Zeitung“.
const QUOTED_NAME_WORDS = 4;

/** The closing mark of a quote opening at i that holds only a capitalised name, else -1. */
export function quotedNameAt(text: PackText, i: number): number {
  if (!text.isQuoteMark(i) || !text.spaceBefore(i)) return -1;
  const quote = text.quoteOf(i);
  const close = quote >= 0 ? (text.quotes.close[quote] ?? -1) : -1;
  if (close <= i + 1 || close - i - 1 > QUOTED_NAME_WORDS) return -1;
  for (let k = i + 1; k < close; k++) if (!text.isWord(k) || !text.isCapitalized(k)) return -1;
  return close;
}

/**
 * Past when a phrase that ends on a verb was said, to its subject: "según informó | este martes |
 * la Jefatura", "segundo informou | nesta terça-feira | a PSP"; else the token after `last`.
 */
export function pastWhen(text: PackText, pack: Pack, last: number): number {
  return text.isWordOf(last, WordClass.Verb) ? last + 1 + whenAt(text, pack, last + 1) : last + 1;
}

/** Past a phrase at i that brings where a report came from: the "desde" of "según informaron desde el Gobierno". */
export function pastReportsFrom(text: PackText, pack: Pack, i: number): number {
  return i + text.phraseAt(i, pack.reportsFrom);
}

/**
 * Whether the words that open the verb's sentence stand for what the sentence before said, only
 * clitics, auxiliaries and a "que" between them and the verb: "Así lo explicó", "Foi o que disse",
 * "C'est ce qu'a expliqué".
 */
export function refersBack(text: PackText, pack: Pack, verb: number): boolean {
  const first = text.sentenceFirst(verb);
  const length = first > 0 ? text.phraseAt(first, pack.backReferences) : 0;
  if (length === 0) return false;
  for (let k = first + length; k < verb; k++) {
    const w = text.word(k);
    if (!pack.clitics.has(w) && !pack.auxiliaries.has(w) && !pack.complementizers.has(w))
      return false;
  }
  return true;
}

/**
 * Whether the phrase at `first` can hold a view: a pronoun, a name, or a person's, body's or
 * document's noun ("Para ele", "Para Martins", "Para os analistas", "segundo dados"), not
 * "Para o ano que vem", "Para isso" nor "conforme o previsto".
 */
export function namesSomeone(text: PackText, pack: Pack, first: number): boolean {
  let k = pastAudience(text, pack, first);
  while (pack.determiners.has(text.word(k)) || adjectiveBeforeNoun(text, pack, k)) k++;
  const w = text.word(k);
  if (!w) return text.isQuoteMark(k);
  if (text.isCapitalized(k) || lowerCaseOutletAt(text, pack, k) > 0)
    return k > first || opensNounPhrase(text, pack, k);
  if (pack.sourcePronouns.has(w) || sourceNounAt(text, pack, k)) return true;
  // "selon les premiers éléments de l'enquête", "para os principais analistas": one adjective
  // may stand before the noun.
  return k > first && text.isWord(k) && sourceNounAt(text, pack, k + 1);
}

/** Whether the lower-case word at k is a noun of a source: a person's, a body's, a document's. */
export function sourceNounAt(text: PackText, pack: Pack, k: number): boolean {
  const w = text.word(k);
  return (
    isRole(pack, w) ||
    pack.titles.has(w) ||
    pack.anonymity.has(w) ||
    pack.bodyNouns.has(w) ||
    pack.organizations.has(w) ||
    pack.mediaNouns.has(w) ||
    text.phraseAt(k, pack.documents) > 0 ||
    // "le sociologue Jean Viard": a noun no list holds, before a given name, describes a person.
    text.isWordOf(k + 1, WordClass.FirstName)
  );
}

/** A role, or a compound of one: "economista-chefe", "vice-presidente", "Verdi-Chef". */
function isRole(pack: Pack, w: string): boolean {
  if (pack.roles.has(w)) return true;
  const hyphen = w.indexOf('-');
  if (hyphen < 0) return false;
  return pack.roles.has(w.slice(0, hyphen)) || pack.roles.has(w.slice(w.lastIndexOf('-') + 1));
}

/** Whether a word from `first` to `last` is one a subject cites itself by: "eigenen", "propias". */
export function selfWordIn(text: PackText, pack: Pack, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (pack.selfWords.has(text.word(k))) return true;
  return false;
}
