import { SOURCE_KINDS, type SourceKind } from '../engine/types';
import { choiceFor, type SiteChoices, siteChoices } from './site-choices';

/** When the content script runs: on every site, only where the reader allowed it, or only on request. */
export type RunMode = 'automatic' | 'allowed-sites' | 'on-request';
export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  /** The global switch for highlights. */
  highlightsOn: boolean;
  runMode: RunMode;
  /** Per-site choice by hostname: true = on, false = off; absent = follow the global switch. */
  sites: SiteChoices;
  /** Which source kinds are highlighted in the page (the popup always lists all). */
  kinds: Record<SourceKind, boolean>;
  theme: Theme;
  /** The reader's own cue phrases, e.g. "sources close to". */
  extraCues: string[];
  /** Also highlight beliefs, intentions and stances ("she thinks", "he wants to"), in their own style. */
  beliefs: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  highlightsOn: true,
  runMode: 'automatic',
  sites: {},
  kinds: {
    person: true,
    organization: true,
    media: true,
    document: true,
    unnamed: true,
    none: true,
  },
  theme: 'system',
  extraCues: [],
  beliefs: false,
});

export const RUN_MODES: readonly RunMode[] = ['automatic', 'allowed-sites', 'on-request'];
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** A reader's cue phrase: 2–60 characters, letters first, words, spaces, apostrophes and hyphens. */
const CUE_PHRASE = /^\p{L}[\p{L}\p{M}' -]{1,59}$/u;

/** Why a phrase cannot be a cue, or null when it can. Shown to the reader as is. */
export function cuePhraseProblem(phrase: string, existing: readonly string[]): string | null {
  const trimmed = phrase.trim();
  if (trimmed.length === 0) return 'empty';
  if (!CUE_PHRASE.test(trimmed)) return 'invalid';
  if (existing.some((cue) => cue.toLowerCase() === trimmed.toLowerCase())) return 'duplicate';
  return null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each reader of one stored key: the valid value, or undefined when the stored one is broken. */
type FieldReaders = { [K in keyof Settings]: (raw: unknown) => Settings[K] | undefined };

const readers: FieldReaders = {
  highlightsOn: (raw) => (typeof raw === 'boolean' ? raw : undefined),
  beliefs: (raw) => (typeof raw === 'boolean' ? raw : undefined),
  runMode: (raw) => RUN_MODES.find((mode) => mode === raw),
  theme: (raw) => THEMES.find((theme) => theme === raw),
  sites: (raw) => {
    if (!isRecord(raw)) return undefined;
    const entries = Object.entries(raw).filter(
      (entry): entry is [string, boolean] => typeof entry[1] === 'boolean',
    );
    return siteChoices(entries);
  },
  kinds: (raw) => {
    if (!isRecord(raw)) return undefined;
    const kinds = { ...DEFAULT_SETTINGS.kinds };
    for (const kind of SOURCE_KINDS) if (typeof raw[kind] === 'boolean') kinds[kind] = raw[kind];
    return kinds;
  },
  extraCues: (raw) => {
    if (!Array.isArray(raw)) return undefined;
    const cues: string[] = [];
    for (const cue of raw) {
      if (typeof cue === 'string' && cuePhraseProblem(cue, cues) === null) cues.push(cue.trim());
    }
    return cues;
  },
};

export const SETTING_KEYS = Object.keys(readers) as (keyof Settings)[];

/** Reads stored values: every missing or broken one falls back to its default, the rest are kept. */
export function parseSettings(stored: Record<string, unknown>): Settings {
  const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  for (const key of SETTING_KEYS) {
    const value = readers[key](stored[key]);
    if (value !== undefined) (settings as Record<keyof Settings, unknown>)[key] = value;
  }
  return settings;
}

/** Whether highlights show on a site: the site's own choice wins over the global switch. */
export function highlightsOnFor(settings: Settings, host: string): boolean {
  return choiceFor(settings.sites, host) ?? settings.highlightsOn;
}

/** Whether the content script does its work on a site at all, given the run mode. */
export function runsOn(settings: Settings, host: string, requested: boolean): boolean {
  switch (settings.runMode) {
    case 'automatic':
      return true;
    case 'allowed-sites':
      return choiceFor(settings.sites, host) === true || requested;
    case 'on-request':
      return requested;
  }
}
