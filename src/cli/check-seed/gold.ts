import { SOURCE_KINDS, type SourceKind } from '../../engine';

/** One attribution a reader should see on the seed page, as gold.json writes it. */
export interface GoldAttribution {
  cue: string;
  /** The source as written; null when the text names none. */
  source: string | null;
  name: string | null;
  kind: SourceKind;
  /** A piece of text the claim must contain; null when the text gives no claim. */
  content_contains: string | null;
  via?: string;
  cited_by?: string;
  /** Credited when found, not a miss when absent. */
  optional?: boolean;
}

export interface Gold {
  page: string;
  attributions: GoldAttribution[];
  /** Phrases that must never be inside a reported cue, source or claim. */
  negatives: string[];
}

/** gold.json checked field by field, so a broken file says what is wrong instead of passing. */
export function parseGold(json: unknown): Gold {
  const gold = json as Partial<Gold> | null;
  if (typeof gold?.page !== 'string') throw new Error('gold: "page" must be a file name');
  if (!Array.isArray(gold.attributions)) throw new Error('gold: "attributions" must be a list');
  if (!Array.isArray(gold.negatives) || !gold.negatives.every((n) => typeof n === 'string')) {
    throw new Error('gold: "negatives" must be a list of phrases');
  }
  gold.attributions.forEach(checkAttribution);
  return gold as Gold;
}

function checkAttribution(entry: unknown, index: number): void {
  const where = `gold: attribution ${index + 1}`;
  const a = entry as Record<string, unknown> | null;
  if (typeof a?.cue !== 'string' || a.cue === '') throw new Error(`${where}: "cue" must be text`);
  for (const field of ['source', 'name', 'content_contains']) {
    if (a[field] !== null && typeof a[field] !== 'string') {
      throw new Error(`${where}: "${field}" must be text or null`);
    }
  }
  if (!SOURCE_KINDS.includes(a.kind as SourceKind)) {
    throw new Error(`${where}: "kind" must be one of ${SOURCE_KINDS.join(', ')}`);
  }
}
