/** What a benchmark scenario is: one file in scenarios/, run against Chromium with the built extension. */
import type { Browser, Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../e2e/harness/browsers';
import { waitInPage } from '../../e2e/harness/waiting';

export interface BenchContext {
  /** Chromium with the built extension. */
  ext: ExtensionBrowser;
  /** Chromium without it, for baselines. */
  plain(): Promise<Browser>;
  /** Address of a generated page (by name) or of a saved page from ../shared/pages. */
  url(path: string): string;
  /** Address of ../shared/pages/<name>, or null when the shared material is absent. */
  sharedPage(name: string): string | null;
}

/** One measured figure, beside its budget when it has one. */
export interface Figure {
  scenario: string;
  measure: string;
  value: number;
  unit: 'ms' | 'MB' | '%' | 'count';
  /** The value must stay at or under this. */
  budget?: number;
  note?: string;
}

export interface Scenario {
  name: string;
  run(context: BenchContext): Promise<Figure[]>;
}

/** Milliseconds from the content script's start to its mark `name` (performance.mark in the page). */
export async function sinceStart(page: Page, name: string): Promise<number> {
  await waitInPage(page, (mark: string) => performance.getEntriesByName(mark).length > 0, name);
  return page.evaluate((mark: string) => {
    const start = performance.getEntriesByName('sourcelight-start')[0]?.startTime ?? 0;
    return (performance.getEntriesByName(mark)[0]?.startTime ?? 0) - start;
  }, name);
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

export const pause = (ms: number) => new Promise((resume) => setTimeout(resume, ms));
