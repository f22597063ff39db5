import type { Settings } from '../shared/settings-schema';

/** One section of the options page: drawn once, brought up to date on every settings change. */
export interface SettingsPart {
  element: HTMLElement;
  update(settings: Settings): void;
}

/** Stores a change and says whether it was stored; the page confirms it, or says it failed, in its status line. */
export type SaveChange = (change: Partial<Settings>) => Promise<boolean>;
