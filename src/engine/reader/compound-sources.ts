/**
 * German "laut Polizeiangaben", "nach UN-Angaben", "nach dpa-Informationen": one word that
 * compounds a speaker's name with a noun of what was said. The speaker is its first part.
 */

import type { Pack } from '../packs/compile';
import type { SourceKind } from '../types';

/** The speaker a compound names, with its kind; null when the word is no such compound. */
export function compoundSpeaker(
  pack: Pack,
  written: string,
): { kind: SourceKind; name: string } | null {
  const lower = written.toLowerCase();
  const noun = pack.reportCompounds.find((n) => lower.endsWith(n) && lower.length > n.length);
  if (!noun) return null;
  let name = written.slice(0, -noun.length);
  if (name.endsWith('-')) name = name.slice(0, -1);
  let kind = kindOf(pack, name.toLowerCase());
  // "Unternehmens" of "Unternehmensangaben": the first part without its linking "s".
  if (!kind && name.endsWith('s')) {
    name = name.slice(0, -1);
    kind = kindOf(pack, name.toLowerCase());
  }
  if (!kind) return null;
  // "Polizei" of "Polizeiangaben": the first part takes its capital back.
  const shown = name.charAt(0).toUpperCase() + name.slice(1);
  return { kind, name: kind === 'media' || name === name.toUpperCase() ? name : shown };
}

function kindOf(pack: Pack, part: string): SourceKind | null {
  if (pack.outlets.has(part) || pack.mediaNouns.has(part)) return 'media';
  if (pack.organizations.has(part) || pack.bodyNouns.has(part)) return 'organization';
  if (pack.anonymity.has(part)) return 'unnamed';
  return null;
}
