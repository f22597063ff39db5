import { describe, expect, it } from 'vitest';
import { siteSwitched, siteToggled, webHost } from '../../src/background/toggles';
import { DEFAULT_SETTINGS, highlightsOnFor, type Settings } from '../../src/shared/settings-schema';

const settings = (change: Partial<Settings> = {}): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  ...change,
});

describe('the controls a reader flips', () => {
  it('turns a site off while the global switch stays on, leaving other sites alone', () => {
    const before = settings({ sites: { 'example.org': false } });
    const after = { ...before, ...siteToggled(before, 'news.example.com') };
    expect(highlightsOnFor(after, 'news.example.com')).toBe(false);
    expect(highlightsOnFor(after, 'other.example.com')).toBe(true);
    expect(after.sites['example.org']).toBe(false);
  });

  it('turns a site back on even when highlights are off everywhere else', () => {
    const before = settings({ highlightsOn: false });
    const after = { ...before, ...siteToggled(before, 'news.example.com') };
    expect(highlightsOnFor(after, 'news.example.com')).toBe(true);
    expect(highlightsOnFor(after, 'other.example.com')).toBe(false);
  });

  it('records an explicit choice so that the allowed-sites mode sees it', () => {
    expect(siteSwitched(settings(), 'news.example.com', true).sites).toEqual({
      'news.example.com': true,
    });
  });

  it('knows which addresses are web pages it may read', () => {
    expect(webHost('https://news.example.com/a/b?c')).toBe('news.example.com');
    expect(webHost('http://127.0.0.1:8080/')).toBe('127.0.0.1');
    expect(webHost('chrome://extensions')).toBeNull();
    expect(webHost('about:debugging')).toBeNull();
    expect(webHost('file:///home/reader/article.html')).toBeNull();
    expect(webHost('not a url')).toBeNull();
    expect(webHost(undefined)).toBeNull();
  });
});
