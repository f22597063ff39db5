import type { Theme } from '../shared/settings-schema';

/** The last theme applied, kept where a page can read it before its first paint. */
const REMEMBERED = 'sourcelight-theme';

/** The reader's colour theme on an extension page; "system" follows prefers-color-scheme in CSS. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    localStorage.setItem(REMEMBERED, theme);
  } catch {
    // Storage refused (private mode rules): the page only loses its head start.
  }
}

/** Paints with the theme last used until the stored settings arrive, so a dark page never flashes light. */
export function applyRememberedTheme(root: HTMLElement = document.documentElement): void {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(REMEMBERED);
  } catch {
    return;
  }
  if (remembered === 'light' || remembered === 'dark') root.dataset.theme = remembered;
}
