/** Answers the popup's and side panel's requests to the page (src/shared/messages.ts). */
import browser from 'webextension-polyfill';
import { isMessage, type PageReport, type PageRequest } from '../shared/messages';

export interface PageAnswers {
  report(): PageReport;
  /** Starts the page's session if it waits for the reader; resolves once the page is read. */
  runNow(): Promise<PageReport>;
  jumpToClaim(index: number): boolean;
}

type JumpToClaim = Extract<PageRequest, { type: 'jump-to-claim' }>;

export function answerPageRequests(answers: PageAnswers, signal: AbortSignal): void {
  const listener = (message: unknown) => {
    if (isMessage<PageRequest>(message, 'get-report')) return Promise.resolve(answers.report());
    if (isMessage<PageRequest>(message, 'run-now')) return answers.runNow();
    if (isMessage<JumpToClaim>(message, 'jump-to-claim') && Number.isInteger(message.index)) {
      return Promise.resolve(answers.jumpToClaim(message.index));
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
