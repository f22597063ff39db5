/**
 * "El ministro dialogó con la prensa, pero puntualizó que …", "Le ministre a rencontré les
 * syndicats et a assuré que …", "O ministro reuniu-se com os jornalistas e afirmou que …": a verb
 * joined by a conjunction to the clause before shares that clause's subject, which opens the
 * sentence — not the object just before the conjunction, nor whoever spoke last.
 */
import type { Pack } from '../packs/compile';
import { WordClass } from '../packs/word-classes';
import { namedElsewhere } from './lone-names';
import type { PackText } from './pack-text';
import { isBoundary } from './words';

// The words that cannot stand inside the subject's name or role: "El ministro | dialogó".
const NOT_IN_NAME = WordClass.Preposition | WordClass.Conjunction | WordClass.Verb;

/**
 * The subject that opens the sentence of the conjunction at `conjunction`: a subject pronoun, a
 * name ("Pedro Sánchez"), or a noun with its article and the name or complement that goes with it
 * ("El ministro de Economía", "La presidenta Dilma Rousseff"); null when the sentence opens on
 * anything else, or a clause of its own ("que", "qui") stands between it and the conjunction.
 */
export function coordinatedSubject(
  text: PackText,
  pack: Pack,
  conjunction: number,
): { first: number; last: number } | null {
  // Where the verb stands second, what opens the sentence may be no subject ("Am Montag sagte …").
  if (pack.grammar.verbSecond) return null;
  const first = text.sentenceFirst(conjunction);
  if (text.isWordOf(first, WordClass.SubjectPronoun))
    return clauseGoesOn(text, pack, first, conjunction) ? { first, last: first } : null;
  let head = first;
  while (text.isWordOf(head, WordClass.Determiner)) head++;
  if (!text.isWord(head) || text.isWordOf(head, NOT_IN_NAME) || head >= conjunction) return null;
  // With no article, only a name opens the subject: "Dialogó con la prensa y …" has none.
  if (head === first && !nameOpens(text, head)) return null;
  let last = head;
  for (;;) {
    if (text.isCapitalized(last + 1) && !text.isWordOf(last + 1, NOT_IN_NAME)) {
      last++;
      continue;
    }
    // "de Economía", "de la Nación", "du Travail": a complement named with a capital.
    let k = last + 1;
    if (!text.isWordOf(k, WordClass.NameParticle | WordClass.Preposition)) break;
    k++;
    while (text.isWordOf(k, WordClass.Determiner)) k++;
    if (!text.isCapitalized(k)) break;
    last = k;
  }
  return clauseGoesOn(text, pack, last, conjunction) ? { first, last } : null;
}

/**
 * "Los vecinos protestaron y el intendente aseguró": a singular verb's subject read back past a
 * conjunction that opens a noun phrase of its own is the last of them ("el intendente"), the
 * clause before the conjunction another's; a plural verb's may be both ("El ministro y el
 * presidente aseguraron"). A conjunction before a capital goes on with a body's name ("Ministerio
 * de Trabajo y Seguridad Social"). `verb` is the verb's first word, the auxiliary of a perfect.
 */
export function lastConjunct<T extends { first: number; last: number }>(
  text: PackText,
  pack: Pack,
  subject: T,
  verb: number,
): T {
  const plural = pack.grammar.pluralVerb;
  if (subject.first < 0 || !plural || plural(text.word(verb))) return subject;
  for (let k = subject.last - 1; k > subject.first; k--) {
    if (text.isWordOf(k, WordClass.Conjunction) && text.isWordOf(k + 1, WordClass.Determiner))
      return { ...subject, first: k + 1 };
  }
  return subject;
}

/** Whether the capitalised word at i is a name: one of several, or one the text names so inside a sentence. */
function nameOpens(text: PackText, i: number): boolean {
  return text.isCapitalized(i) && (text.isCapitalized(i + 1) || namedElsewhere(text, i));
}

/** Whether the subject's own verb follows it and no clause of its own opens before the conjunction. */
function clauseGoesOn(text: PackText, pack: Pack, last: number, conjunction: number): boolean {
  const verb = last + 1;
  if (verb >= conjunction || !text.isWord(verb) || isBoundary(text, verb)) return false;
  for (let k = verb; k < conjunction; k++) {
    if (pack.complementizers.has(text.word(k)) || text.isWordOf(k, WordClass.Relative))
      return false;
  }
  return true;
}
