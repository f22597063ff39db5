import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportNotice } from '../../src/page/report-notice';
import type { ReportChanged } from '../../src/shared/messages';

const { sendMessage } = vi.hoisted(() => ({
  sendMessage: vi.fn(async (_message: unknown): Promise<unknown> => undefined),
}));
vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage } } }));

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  sendMessage.mockClear();
});

describe('the notice that the page’s report changed', () => {
  it('tells the background when the page was capped, even at the same count', async () => {
    let now: Omit<ReportChanged, 'type'> = { count: 10_000, state: 'ready', capped: false };
    const notice = new ReportNotice(
      () => now,
      () => {},
    );
    notice.changed();
    await vi.runAllTimersAsync();
    now = { ...now, capped: true };
    notice.changed();
    await vi.runAllTimersAsync();
    notice.changed();
    await vi.runAllTimersAsync();
    expect(sendMessage.mock.calls.map(([message]) => message)).toEqual([
      { type: 'report-changed', count: 10_000, state: 'ready', capped: false },
      { type: 'report-changed', count: 10_000, state: 'ready', capped: true },
    ]);
  });
});
