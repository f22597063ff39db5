import browser from 'webextension-polyfill';
import type { Attribution } from '../engine/types';

/**
 * The one definition of every message between the parts of the extension.
 * Page = the content script; UI = popup, side panel; background = the service worker / event page.
 */

/**
 * Where the content script is with its page:
 * idle — present but waiting for the reader to ask (run mode "allowed sites" or "on request");
 * scanning — reading the article; ready — attributions found (possibly none);
 * not-article — the page has no article text worth reading;
 * other-language — an article in a language the engine does not read yet: nothing is found in it;
 * failed — the page could not be read (the extension's background did not answer, say).
 */
export type PageState = 'idle' | 'scanning' | 'ready' | 'not-article' | 'other-language' | 'failed';

export interface PageReport {
  url: string;
  title: string;
  state: PageState;
  /** The language the page declares (its root's `lang`), '' when none: its text may say otherwise. */
  declaredLanguage: string;
  /** The article's language as the engine read it ("fr"), when it read one: claims are in it. */
  language?: string;
  /** Whether highlights are painted right now (global and per-site switches applied). */
  highlightsOn: boolean;
  /** The page holds more attributions than the ceiling lets it list: the first are listed. */
  capped?: boolean;
  attributions: Attribution[];
}

/** UI → page, through tabs.sendMessage. Each request names its response type below. */
export type PageRequest =
  | { type: 'get-report' }
  /** The reader asked Sourcelight to run on this page now (popup button, context menu). */
  | { type: 'run-now' }
  /** Scroll to the claim with this index in `attributions` and emphasise it briefly. */
  | { type: 'jump-to-claim'; index: number };

export interface PageResponses {
  'get-report': PageReport;
  'run-now': PageReport;
  'jump-to-claim': boolean;
}

/** Page → background and UI, through runtime.sendMessage: the page's attributions changed. */
export interface ReportChanged {
  type: 'report-changed';
  count: number;
  state: PageState;
  /** The page holds more attributions than the ceiling lets it list: the badge says so. */
  capped: boolean;
}

/** UI → background: run the content script on a tab now (run mode "on request"). */
export interface RunOnTab {
  type: 'run-on-tab';
  tabId: number;
}

/**
 * Page → background: the engine reads passages (each with its context) where it stays warm, off
 * the page's main thread. One message carries several passages: each message costs the page's
 * main thread more than the engine costs the background. Offsets in each answer point into its text.
 */
export interface ExtractRequest {
  type: 'extract';
  texts: string[];
  extraCues: string[];
  /** Also find beliefs, intentions and stances: the reader's choice in the options. */
  beliefs?: boolean;
  /**
   * The article's language as the engine told it from the first passages read, so that every
   * passage of one article is read alike; else what the page declares (`<html lang>`), a hint the
   * engine believes only when the text agrees.
   */
  language?: string;
  declaredLanguage?: string;
}

/**
 * One list of attributions per text asked, in the order asked, and for each text whether it is in
 * a language the engine does not read yet (its list is then empty).
 */
export type ExtractResponse =
  | { attributions: Attribution[][]; otherLanguage: boolean[]; language: string | null }
  | { error: string };

/** The most characters one extract request may carry: the page asks for far fewer at once. */
export const MAX_EXTRACT_CHARS = 500_000;

/**
 * Page → background, as a page starts to read: a background that went to sleep starts (and loads
 * the engine) while the page finds its article, not after, when the page asks for extraction.
 */
export interface WakeUp {
  type: 'wake-up';
}

export type BackgroundMessage = ReportChanged | RunOnTab | ExtractRequest | WakeUp;

export async function askPage<R extends PageRequest>(
  tabId: number,
  request: R,
): Promise<PageResponses[R['type']]> {
  return (await browser.tabs.sendMessage(tabId, request)) as PageResponses[R['type']];
}

export function isMessage<T extends { type: string }>(value: unknown, type: T['type']): value is T {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}
