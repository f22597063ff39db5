/**
 * Painting by priority. The browser redraws every registered range after any change to the
 * highlights, so a page with many ranges stalls on each paint (measured on a 2.3-million-character
 * page: 30 ms with 1,000 ranges registered, 80 ms with 10,000, 290 ms with 30,000). Past a size,
 * only the attributions near the viewport are registered; the rest are painted as the reader
 * scrolls to them. Painting them all once the page is idle would bring the stall back on the
 * next change.
 */
import type { Found } from './found';
import { PARTS } from './found';

/** Ranges painted everywhere at once: a long live blog's 800 attributions are; 4,600 are not. */
export const MOST_RANGES_AT_ONCE = 6_000;

/** Near the viewport: within two screens of it, above or below, painted before it is reached. */
const NEAR_VIEWPORT = '200% 0px';

const rangesOf = (found: Found) => PARTS.filter((part) => found.ranges[part]).length;

/** The element an attribution is seen by: its cue's. */
const elementOf = (found: Found) => found.ranges.cue?.startContainer.parentElement ?? null;

export class PaintWindow {
  private readonly all = new Set<Found>();
  private ranges = 0;
  /** Set once the page has too many ranges to paint at once: from then on, only those near. */
  private observer: IntersectionObserver | null = null;
  private readonly byElement = new Map<Element, Set<Found>>();
  private readonly near = new Set<Element>();

  constructor(
    private readonly paint: (found: Found) => void,
    private readonly unpaint: (found: Found) => void,
    private readonly mostAtOnce = MOST_RANGES_AT_ONCE,
  ) {}

  /** A new attribution: painted now, or once it is near the viewport. */
  admit(found: Found): void {
    this.ranges += rangesOf(found);
    if (!this.observer && this.ranges > this.mostAtOnce) this.narrow();
    this.all.add(found);
    if (this.observer) this.watch(found);
    else this.paint(found);
  }

  /** An attribution gone from the page: unpainted, and no longer watched. */
  forget(found: Found): void {
    this.unpaint(found);
    if (!this.all.delete(found)) return;
    this.ranges -= rangesOf(found);
    const element = elementOf(found);
    const founds = element && this.byElement.get(element);
    if (!element || !founds) return;
    founds.delete(found);
    if (founds.size > 0) return;
    this.byElement.delete(element);
    this.near.delete(element);
    this.observer?.unobserve(element);
  }

  /** Forgets everything (a new article), painting back to the whole page. */
  clear(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.all.clear();
    this.ranges = 0;
    this.byElement.clear();
    this.near.clear();
  }

  private narrow(): void {
    if (typeof IntersectionObserver !== 'function') return;
    this.observer = new IntersectionObserver((entries) => this.moved(entries), {
      rootMargin: NEAR_VIEWPORT,
    });
    for (const found of this.all) {
      this.unpaint(found);
      this.watch(found);
    }
  }

  private watch(found: Found): void {
    const element = elementOf(found);
    if (!element) {
      this.paint(found);
      return;
    }
    const founds = this.byElement.get(element);
    if (founds) founds.add(found);
    else {
      this.byElement.set(element, new Set([found]));
      this.observer?.observe(element);
    }
    if (this.near.has(element)) this.paint(found);
  }

  private moved(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const founds = this.byElement.get(entry.target);
      if (!founds) continue;
      if (entry.isIntersecting) this.near.add(entry.target);
      else this.near.delete(entry.target);
      for (const found of founds) {
        if (entry.isIntersecting) this.paint(found);
        else this.unpaint(found);
      }
    }
  }
}
