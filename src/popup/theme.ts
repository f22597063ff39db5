import type { Theme } from '../shared/settings-schema';

/** The reader's colour theme on an extension page; "system" follows prefers-color-scheme in CSS. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
