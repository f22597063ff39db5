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
      const stalls = { longestGapMs: 0, longestAfterOurStartMs: 0, done: false };
      (window as unknown as { sourcelightStalls: typeof stalls }).sourcelightStalls = stalls;
      document.addEventListener('DOMContentLoaded', () => {
        let last = performance.now();
        const timer = setInterval(() => {
          const now = performance.now();
          stalls.longestGapMs = Math.max(stalls.longestGapMs, now - last);
          // The page's own first layout comes before our script: the stalls after it are ours too.
          const ourStart = performance.getEntriesByName('sourcelight-start')[0]?.startTime;
          if (ourStart !== undefined && last >= ourStart) {
            stalls.longestAfterOurStartMs = Math.max(stalls.longestAfterOurStartMs, now - last);
          }
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

export interface Stalls {
  /** The longest gap between ticks over the whole watch (ms). */
  longestGapMs: number;
  /** The longest that began once our content script had started (0 without the extension). */
  longestAfterOurStartMs: number;
  done: boolean;
}

/** The stalls once the watch is over. */
export async function longestStall(page: Page): Promise<Stalls> {
  const read = () =>
    page.evaluate(() => (window as unknown as { sourcelightStalls?: Stalls }).sourcelightStalls);
  for (let stalls = await read(); ; stalls = await read()) {
    if (stalls?.done) return stalls;
    await new Promise((resume) => setTimeout(resume, 250));
  }
}
