import type { Page } from 'puppeteer-core';

/** Polls `check` every 100 ms until it holds; usable outside Vitest too (the benchmarks share it). */
export async function until(
  check: () => Promise<boolean>,
  what: string,
  timeout = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resume) => setTimeout(resume, 100));
  }
  throw new Error(`gave up waiting for ${what} after ${timeout} ms`, { cause: lastError });
}

/**
 * Waits until a condition holds in the page. Unlike page.waitForFunction it rides out a failed
 * evaluation: Firefox's driver loses one while a tab navigates or tabs switch.
 */
export function waitInPage<A extends unknown[]>(
  page: Page,
  condition: (...args: A) => boolean,
  ...args: A
): Promise<void> {
  return until(
    () => page.evaluate(condition as (...args: unknown[]) => boolean, ...(args as unknown[])),
    condition.toString().slice(0, 200),
  );
}
