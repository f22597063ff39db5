/**
 * Painting: Ranges → CSS Custom Highlights. The page's own nodes are never touched; switching
 * highlights or kinds off only takes the named highlights out of the registry.
 */
import type { SourceKind } from '../engine/types';
import type { Found } from './found';
import { PARTS } from './found';
import {
  FOCUS_HIGHLIGHT,
  HIGHLIGHTS,
  highlightName,
  highlightStyles,
  type Palette,
  type Part,
  paletteFor,
} from './highlight-styles';
import { PaintWindow } from './paint-window';

/** Later parts paint over earlier ones where they overlap: claim < source < cue < focus. */
const PRIORITY: Record<Part, number> = { claim: 0, source: 1, cue: 2 };

export class HighlightPainter {
  private readonly highlights = new Map<string, Highlight>();
  private readonly sheet = new CSSStyleSheet();
  private on = false;
  private kinds: Record<SourceKind, boolean>;
  private readonly focus = new Highlight();
  private focusTimer: ReturnType<typeof setTimeout> | undefined;
  private installed: Palette | null = null;
  private readonly forcedColours: MediaQueryList | null;
  /** Paints held back while gathering, applied in order on the next flush. */
  private pending: { old: readonly Found[]; fresh: readonly Found[] }[] = [];
  private gatherMs = 0;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly window: PaintWindow;

  constructor(
    private readonly doc: Document,
    kinds: Record<SourceKind, boolean>,
  ) {
    this.kinds = { ...kinds };
    for (const { name, part } of HIGHLIGHTS) {
      const highlight = new Highlight();
      highlight.priority = PRIORITY[part];
      this.highlights.set(name, highlight);
    }
    this.window = new PaintWindow(
      (found) => this.register(found, true),
      (found) => this.register(found, false),
    );
    this.focus.priority = 3;
    this.forcedColours = doc.defaultView?.matchMedia('(forced-colors: active)') ?? null;
    this.forcedColours?.addEventListener('change', () => this.show(this.on, this.kinds));
  }

  /** The palette of the page's first painted words; light until something is painted. */
  get palette(): Palette {
    return this.installed ?? 'light';
  }

  /** Installs the styles once, in the palette that reads on the page around `element`. */
  install(element: Element | null): void {
    if (this.installed) return;
    const palette = paletteFor(element ?? this.doc.body);
    this.sheet.replaceSync(highlightStyles(palette));
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    this.installed = palette;
  }

  /**
   * From now on paints are gathered and applied at most every `ms`: on a huge page the browser
   * redraws every painted word after each change, whatever its size, so fewer changes cost less.
   */
  gather(ms: number): void {
    this.gatherMs = ms;
  }

  /** Applies the paints gathered so far. */
  flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const pending = this.pending;
    this.pending = [];
    for (const { old, fresh } of pending) this.apply(old, fresh);
  }

  /** Swaps a passage's old attributions for its new ones. */
  replace(old: readonly Found[], fresh: readonly Found[]): void {
    if (this.gatherMs === 0) {
      this.apply(old, fresh);
      return;
    }
    this.pending.push({ old, fresh });
    this.flushTimer ??= setTimeout(() => this.flush(), this.gatherMs);
  }

  /** Unpaints at once, gathering or not: its ranges may no longer cover its words. */
  remove(found: Found): void {
    this.apply([found], []);
    for (const entry of this.pending) entry.fresh = entry.fresh.filter((f) => f !== found);
  }

  private apply(old: readonly Found[], fresh: readonly Found[]): void {
    const first = fresh[0];
    if (!this.installed && first)
      this.install(first.ranges.cue?.startContainer.parentElement ?? null);
    for (const found of old) this.window.forget(found);
    for (const found of fresh) this.window.admit(found);
  }

  /** Puts an attribution's ranges in its highlights, or takes them out. */
  private register(found: Found, painted: boolean): void {
    for (const part of PARTS) {
      const range = found.ranges[part];
      const { kind, mode } = found.attribution;
      const highlight = this.highlights.get(highlightName(part, kind, mode));
      if (range && highlight) {
        if (painted) highlight.add(range);
        else highlight.delete(range);
      }
    }
  }

  /** Highlights on or off, and which source kinds are painted. */
  show(on: boolean, kinds: Record<SourceKind, boolean>): void {
    this.on = on;
    this.kinds = { ...kinds };
    // Forced colours paint every highlight background in one system colour: claims would bury cues.
    const forced = this.forcedColours?.matches === true;
    for (const { name, part, kind } of HIGHLIGHTS) {
      const highlight = this.highlights.get(name);
      const shown = on && this.kinds[kind] && !(forced && part === 'claim');
      if (shown && highlight) CSS.highlights.set(name, highlight);
      else CSS.highlights.delete(name);
    }
    if (!on) this.unfocus();
  }

  owns(highlight: Highlight): boolean {
    return highlight === this.focus || [...this.highlights.values()].includes(highlight);
  }

  /** Whether any highlight is painted: when none is, pointer and focus cost nothing. */
  anyShown(): boolean {
    return this.on && Object.values(this.kinds).some(Boolean);
  }

  isShown(found: Found): boolean {
    return this.on && this.kinds[found.attribution.kind];
  }

  /** Emphasises one attribution for a moment (a jump from the claims list), even when highlights are off. */
  emphasise(found: Found, forMs = 2_500): void {
    this.unfocus();
    for (const part of PARTS) {
      const range = found.ranges[part];
      if (range) this.focus.add(range);
    }
    CSS.highlights.set(FOCUS_HIGHLIGHT, this.focus);
    this.focusTimer = setTimeout(() => this.unfocus(), forMs);
  }

  private unfocus(): void {
    clearTimeout(this.focusTimer);
    this.focus.clear();
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
  }

  /** Forgets every range: a new article starts with nothing painted. */
  clear(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.pending = [];
    this.gatherMs = 0;
    this.window.clear();
    for (const highlight of this.highlights.values()) highlight.clear();
    this.unfocus();
  }

  /** Leaves the page as it was: no highlight, no stylesheet. */
  dispose(): void {
    this.clear();
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.installed = null;
  }
}

/** Takes out highlights a previous instance of the script left behind (an update, a reinjection). */
export function removeStrayHighlights(): void {
  // forEach, not an iterator: Firefox cannot hand a page's iterators to a content script.
  const stray: string[] = [];
  CSS.highlights.forEach((_highlight, name) => {
    if (name.startsWith('sourcelight')) stray.push(name);
  });
  for (const name of stray) CSS.highlights.delete(name);
}
