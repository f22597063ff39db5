// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createExportButtons } from '../../src/popup/export/export-buttons';
import type { PageReport } from '../../src/shared/messages';
import { STORY_CLAIMS } from './claims';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('./fake-browser')).browser,
}));

const REPORT: PageReport = {
  url: 'https://news.example/harbour',
  title: 'Harbour vote',
  state: 'ready',
  declaredLanguage: 'en',
  highlightsOn: true,
  attributions: STORY_CLAIMS,
};

function mount(say = vi.fn()) {
  const section = createExportButtons(() => REPORT, say);
  document.body.replaceChildren(section);
  const button = (label: string) =>
    [...section.querySelectorAll('button')].find(
      (b) => b.textContent === label,
    ) as HTMLButtonElement;
  return { section, button, say };
}

afterEach(() => vi.restoreAllMocks());

describe('export buttons', () => {
  it('copy the claims as Markdown and say so', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const { button, say } = mount();
    button('Copy as Markdown').click();
    await vi.waitFor(() => expect(say).toHaveBeenCalledWith('The claims are copied as Markdown.'));
    expect(writeText.mock.calls[0]?.[0]).toMatch(/^# Harbour vote\n/);
  });

  it('show the Markdown selected when the browser refuses the clipboard', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    );
    const { button, section } = mount();
    button('Copy as Markdown').click();
    const box = await vi.waitFor(() => {
      const shown = section.querySelector('textarea');
      if (!shown) throw new Error('no text box yet');
      return shown;
    });
    expect(box.value).toContain('## Elena Ruiz · Named person · 2');
    expect(document.activeElement).toBe(box);
  });

  it('download CSV and JSON files named after the site and the day', () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const { button } = mount();
    button('Download CSV').click();
    button('Download JSON').click();
    expect(names[0]).toMatch(/^sourcelight-news\.example-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(names[1]).toMatch(/\.json$/);
    expect(blobs.map((b) => b.type)).toEqual(['text/csv;charset=utf-8', 'application/json']);
  });
});
