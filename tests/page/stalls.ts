/**
 * How long a page's main thread stalls: a 20 ms timer started at DOM ready records the longest gap
 * between its ticks. The page's own work, ours and the browser's rendering all delay a tick alike,
 * which is what the reader feels.
 */
import type { Page } from 'puppeteer-core';

const TICK_MS = 20;

/** Installs the timer for the next navigation of `page`; it ticks for `forMs` after DOM ready. */
export function watchStalls(page: Page, forMs: number): Promise<unknown> {
  return page.evaluateOnNewDocument(
    (tickMs: number, forMs: number) => {
      const stalls = { longestGapMs: 0, done: false };
      (window as unknown as { sourcelightStalls: typeof stalls }).sourcelightStalls = stalls;
      document.addEventListener('DOMContentLoaded', () => {
        let last = performance.now();
        const timer = setInterval(() => {
          const now = performance.now();
          stalls.longestGapMs = Math.max(stalls.longestGapMs, now - last);
          last = now;
        }, tickMs);
        setTimeout(() => {
          clearInterval(timer);
          stalls.done = true;
        }, forMs);
      });
    },
    TICK_MS,
    forMs,
  );
}

/** The longest gap between ticks once the watch is over (ms). */
export async function longestStall(page: Page): Promise<number> {
  const read = () =>
    page.evaluate(
      () =>
        (window as unknown as { sourcelightStalls?: { longestGapMs: number; done: boolean } })
          .sourcelightStalls,
    );
  for (let stalls = await read(); ; stalls = await read()) {
    if (stalls?.done) return stalls.longestGapMs;
    await new Promise((resume) => setTimeout(resume, 250));
  }
}
