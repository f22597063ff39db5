// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, storedLocally, storedSettings, storedSites } from '../popup/fake-browser';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('../popup/fake-browser')).browser,
}));

const $ = <T extends Element = HTMLElement>(selector: string) =>
  document.querySelector(selector) as T;
const inSection = <T extends Element = HTMLElement>(id: string, selector: string) =>
  $(`#${id}`).querySelector(selector) as T;
const submit = (form: HTMLFormElement) =>
  form.dispatchEvent(new Event('submit', { cancelable: true }));
const spoken = () => $('[aria-live]').textContent?.trim();

beforeAll(async () => {
  // A reader's stored settings, one of them broken: it falls back to its default, the rest stay.
  Object.assign(storedSettings, {
    schemaVersion: 1,
    runMode: 'sometimes',
    theme: 'dark',
    sites: { 'www.bbc.co.uk': false },
  });
  document.body.innerHTML = '<main></main>';
  await import('../../src/options/index');
  await vi.waitFor(() => expect(document.body.dataset.state).toBe('ready'));
});
beforeEach(() => browser.storage.sync.set.mockClear());

describe('the options page', () => {
  it('shows the stored settings, a broken one at its default', () => {
    expect(inSection<HTMLInputElement>('run-mode', 'input[value="automatic"]').checked).toBe(true);
    expect(inSection<HTMLInputElement>('theme', 'input[value="dark"]').checked).toBe(true);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(inSection('sites', '.entry-name').textContent).toBe('www.bbc.co.uk');
    expect(inSection<HTMLSelectElement>('sites', '.entries select').value).toBe('off');
  });

  it('saves the run mode the reader picks', async () => {
    const onRequest = inSection<HTMLInputElement>('run-mode', 'input[value="on-request"]');
    onRequest.click();
    await vi.waitFor(() => expect(storedSettings.runMode).toBe('on-request'));
    await vi.waitFor(() => expect(spoken()).toBe('Saved.'));
  });

  it('reads every page only once the browser grants every site, and says so when it does not', async () => {
    const everyPage = inSection<HTMLInputElement>('run-mode', 'input[value="automatic"]');
    browser.permissions.request.mockResolvedValueOnce(false);
    everyPage.click();
    expect(browser.permissions.request).toHaveBeenCalledWith({
      origins: ['http://*/*', 'https://*/*'],
    });
    await vi.waitFor(() => expect(spoken()).toMatch(/did not grant access to all sites/));
    expect(storedSettings.runMode).toBe('on-request');
    expect(inSection<HTMLInputElement>('run-mode', 'input:checked').value).toBe('on-request');

    everyPage.click();
    await vi.waitFor(() => expect(storedSettings.runMode).toBe('automatic'));
  });

  it('says when every page is chosen but the browser does not grant every site, until it does', async () => {
    const notice = inSection('run-mode', '.grant-notice');
    expect(notice.hidden).toBe(true);
    // Taken back in the browser's settings.
    browser.permissions.contains.mockResolvedValue(false);
    browser.permissions.onRemoved.fire({ origins: ['http://*/*', 'https://*/*'] });
    await vi.waitFor(() => expect(notice.hidden).toBe(false));
    expect(notice.textContent).toContain('does not grant Sourcelight access to all sites');
    browser.permissions.contains.mockResolvedValue(true);
    browser.permissions.onAdded.fire({ origins: ['http://*/*', 'https://*/*'] });
    await vi.waitFor(() => expect(notice.hidden).toBe(true));
  });

  it('refuses a site that is not one, keeping what was typed and saying why', () => {
    const input = inSection<HTMLInputElement>('sites', 'input[type="text"]');
    input.value = 'not a site';
    submit(inSection('sites', 'form'));
    expect(input.value).toBe('not a site');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = inSection('sites', '.field-error');
    expect(error.textContent).toContain('This is not a web site name or address');
    expect(input.getAttribute('aria-describedby')).toContain(error.id);
    expect(browser.storage.sync.set).not.toHaveBeenCalled();
  });

  it('adds a site from its address, and removes it again', async () => {
    const input = inSection<HTMLInputElement>('sites', 'input[type="text"]');
    input.value = 'https://www.theguardian.com/world/2026/may/04/story';
    submit(inSection('sites', 'form'));
    await vi.waitFor(() =>
      expect(storedSites()).toEqual({ 'www.bbc.co.uk': false, 'www.theguardian.com': true }),
    );
    await vi.waitFor(() => expect(input.value).toBe(''));
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    await vi.waitFor(() => expect(document.querySelectorAll('#sites .entries li')).toHaveLength(2));

    const remove = [...document.querySelectorAll<HTMLButtonElement>('#sites .entries button')].find(
      (b) => b.getAttribute('aria-label') === 'Remove www.theguardian.com',
    );
    remove?.click();
    await vi.waitFor(() => expect(storedSites()).toEqual({ 'www.bbc.co.uk': false }));
  });

  it('keeps what was typed when storing fails, and says so', async () => {
    browser.storage.sync.set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    browser.storage.local.set.mockRejectedValueOnce(new Error('disk full'));
    const input = inSection<HTMLInputElement>('cues', 'input[type="text"]');
    input.value = 'people briefed on';
    submit(inSection('cues', 'form'));
    await vi.waitFor(() => expect(spoken()).toBe('Your change could not be saved.'));
    expect(input.value).toBe('people briefed on');
  });

  it('keeps a change synced storage refuses on this device, and says so', async () => {
    browser.storage.sync.set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    submit(inSection('cues', 'form'));
    await vi.waitFor(() => expect(spoken()).toMatch(/^Saved on this device only/));
    expect(storedLocally.keptOnThisDevice).toEqual({ extraCues: ['people briefed on'] });
    await vi.waitFor(() =>
      expect(inSection('cues', '.entry-name').textContent).toBe('people briefed on'),
    );
  });

  it('turns a listed site on', async () => {
    const select = inSection<HTMLSelectElement>('sites', '.entries select');
    select.value = 'on';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(storedSites()).toEqual({ 'www.bbc.co.uk': true }));
  });

  it('refuses a bad cue phrase with a message, and adds a good one trimmed', async () => {
    const input = inSection<HTMLInputElement>('cues', 'input[type="text"]');
    input.value = '<script>';
    submit(inSection('cues', 'form'));
    expect(inSection('cues', '.field-error').textContent).toContain('starts with a letter');
    expect(input.value).toBe('<script>');

    input.value = '  sources close to ';
    submit(inSection('cues', 'form'));
    // The next change syncs, the one kept on this device with it.
    await vi.waitFor(() =>
      expect(storedSettings.extraCues).toEqual(['people briefed on', 'sources close to']),
    );
    expect(storedLocally).toEqual({});
    await vi.waitFor(() =>
      expect(
        [...document.querySelectorAll('.entry-name')].map((name) => name.textContent),
      ).toContain('sources close to'),
    );

    input.value = 'Sources Close To';
    submit(inSection('cues', 'form'));
    expect(inSection('cues', '.field-error').textContent).toBe('You already have this phrase.');
  });

  it('stops highlighting a kind the reader unticks', async () => {
    inSection<HTMLInputElement>('kinds', 'input[value="unnamed"]').click();
    await vi.waitFor(() =>
      expect((storedSettings.kinds as Record<string, boolean>).unnamed).toBe(false),
    );
  });

  it('resets everything to the defaults after the reader confirms', async () => {
    inSection<HTMLButtonElement>('reset', 'button').click();
    const dialog = $<HTMLDialogElement>('dialog');
    expect(dialog.open).toBe(true);
    dialog.querySelector<HTMLButtonElement>('.button.primary')?.click();
    await vi.waitFor(() => expect(Object.keys(storedSettings)).toEqual([]));
    await vi.waitFor(() => expect(document.querySelectorAll('#sites .entries li')).toHaveLength(0));
    expect(inSection<HTMLInputElement>('theme', 'input[value="system"]').checked).toBe(true);
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(spoken()).toBe('All settings are back to their defaults.');
  });
});
