/** The notice that the page's report changed, sent to the background (badge) and the side panel. */
import browser from 'webextension-polyfill';
import type { ReportChanged } from '../shared/messages';

/** What the notice tells: the page's report in brief. */
type Brief = Omit<ReportChanged, 'type'>;

/** Notices go out at most this often while a long page is being read. */
const NOTICE_MS = 250;

export class ReportNotice {
  private sent: Brief | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly current: () => Brief,
    /** The extension was reloaded or removed: this script is an orphan and must clean up. */
    private readonly onOrphaned: () => void,
  ) {}

  /** Something changed: tell the background (badge) and any open side panel, once things settle. */
  changed(): void {
    this.timer ??= setTimeout(() => this.send(), NOTICE_MS);
  }

  private send(): void {
    this.timer = undefined;
    const now = this.current();
    const { sent } = this;
    if (
      sent &&
      sent.count === now.count &&
      sent.state === now.state &&
      sent.capped === now.capped
    ) {
      return;
    }
    this.sent = now;
    const notice: ReportChanged = { type: 'report-changed', ...now };
    browser.runtime.sendMessage(notice).catch((error: unknown) => {
      // Nobody listening is normal (no side panel); a dead extension context is not.
      if (String(error).includes('context invalidated')) this.onOrphaned();
    });
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
