import { beforeEach, describe, expect, it, vi } from 'vitest';
import { badgeText, refreshCount, showCount } from '../../src/background/badge';
import type { PageReport } from '../../src/shared/messages';
import { browser, buttons, resetBackground } from './fake-background';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('./fake-background')).browser,
}));

const TAB = 3;

beforeEach(resetBackground);

describe('the toolbar badge', () => {
  it('counts the claims up to 999, then says "999+"', () => {
    expect(badgeText({ count: 0, state: 'ready', capped: false })).toBe('');
    expect(badgeText({ count: 12, state: 'ready', capped: false })).toBe('12');
    expect(badgeText({ count: 999, state: 'ready', capped: false })).toBe('999');
    expect(badgeText({ count: 4_600, state: 'ready', capped: false })).toBe('999+');
  });

  it('says a capped page holds more than it lists, within four characters', () => {
    expect(badgeText({ count: 10_000, state: 'ready', capped: true })).toBe('10k+');
    expect(badgeText({ count: 40, state: 'ready', capped: true })).toBe('40+');
  });

  it('says in its tooltip that only the first claims of a capped page are shown', async () => {
    await showCount(TAB, { count: 10_000, state: 'ready', capped: true });
    expect(buttons.get(TAB)).toMatchObject({
      text: '10k+',
      title: 'Sourcelight: the first 10,000 attributed claims shown; this page holds more',
    });
    await showCount(TAB, { count: 12, state: 'ready', capped: false });
    expect(buttons.get(TAB)).toMatchObject({
      text: '12',
      title: 'Sourcelight: 12 attributed claims',
    });
  });

  it('reads the capped flag from the page when a tab has loaded', async () => {
    const report: Partial<PageReport> = {
      state: 'ready',
      capped: true,
      attributions: Array.from({ length: 10_000 }, () => ({}) as PageReport['attributions'][0]),
    };
    browser.tabs.sendMessage.mockImplementation(async () => report);
    await refreshCount(TAB);
    expect(buttons.get(TAB)?.text).toBe('10k+');
  });

  it('clears itself on a tab where no page script answers', async () => {
    await showCount(TAB, { count: 12, state: 'ready', capped: false });
    await refreshCount(TAB);
    expect(buttons.get(TAB)).toMatchObject({
      text: '',
      title: 'Sourcelight: who is cited on this page',
    });
  });
});
