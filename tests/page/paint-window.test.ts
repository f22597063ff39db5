// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Attribution } from '../../src/engine/types';
import type { Found } from '../../src/page/found';
import { PaintWindow } from '../../src/page/paint-window';

/** An IntersectionObserver the test moves by hand: `show(element, near)` as the reader scrolls. */
class HandObserver {
  static last: HandObserver | null = null;
  readonly watched = new Set<Element>();
  constructor(private readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    HandObserver.last = this;
  }
  observe(element: Element) {
    this.watched.add(element);
  }
  unobserve(element: Element) {
    this.watched.delete(element);
  }
  disconnect() {
    this.watched.clear();
  }
  show(target: Element, isIntersecting: boolean) {
    this.callback([{ target, isIntersecting } as IntersectionObserverEntry]);
  }
}

/** An attribution in its own paragraph, with a cue and a source: two ranges. */
function foundIn(paragraph: HTMLElement): Found {
  const text = paragraph.firstChild as Text;
  const range = (start: number, end: number) => {
    const r = document.createRange();
    r.setStart(text, start);
    r.setEnd(text, end);
    return r;
  };
  return {
    attribution: { kind: 'person' } as Attribution,
    ranges: { cue: range(5, 9), source: range(0, 4), claim: null },
  };
}

function paragraphs(count: number): HTMLElement[] {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>Ruiz said ${i}</p>`).join(
    '',
  );
  return [...document.querySelectorAll('p')];
}

afterEach(() => vi.unstubAllGlobals());

describe('painting by priority', () => {
  const start = (mostAtOnce: number) => {
    vi.stubGlobal('IntersectionObserver', HandObserver);
    HandObserver.last = null;
    const painted = new Set<Found>();
    const window = new PaintWindow(
      (found) => painted.add(found),
      (found) => painted.delete(found),
      mostAtOnce,
    );
    return { window, painted };
  };

  it('paints every attribution at once while the page has few ranges', () => {
    const { window, painted } = start(6);
    const founds = paragraphs(3).map(foundIn);
    for (const found of founds) window.admit(found);
    expect(painted.size).toBe(3);
    expect(HandObserver.last).toBeNull();
  });

  it('past the ceiling paints only what is near the viewport, and the rest as it is scrolled to', () => {
    const { window, painted } = start(6);
    const elements = paragraphs(5);
    const founds = elements.map(foundIn);
    for (const found of founds) window.admit(found);
    const observer = HandObserver.last as HandObserver | null;
    expect(observer?.watched.size).toBe(5);
    expect(painted.size).toBe(0);

    observer?.show(elements[0] as HTMLElement, true);
    expect([...painted]).toEqual([founds[0]]);
    observer?.show(elements[0] as HTMLElement, false);
    observer?.show(elements[4] as HTMLElement, true);
    expect([...painted]).toEqual([founds[4]]);

    window.forget(founds[4] as Found);
    expect(painted.size).toBe(0);
    expect(observer?.watched.has(elements[4] as HTMLElement)).toBe(false);
  });
});
