/**
 * The card beside a highlighted attribution: the one node Sourcelight adds to a page, a host in a
 * closed shadow root, attached only while the card shows.
 */
import browser from 'webextension-polyfill';
import { CARD_STYLES } from './card-styles';
import { renderAttribution } from './card-view';
import type { Found } from './found';
import type { Palette } from './highlight-styles';

const GAP = 6;
const MARGIN = 8;

export class ClaimCard {
  readonly host: HTMLElement;
  private readonly card: HTMLElement;
  private readonly body: HTMLElement;
  private shown: Found | null = null;
  private returnFocusTo: HTMLElement | null = null;

  constructor(private readonly doc: Document) {
    this.host = doc.createElement('sourcelight-card');
    this.host.setAttribute('data-sourcelight-host', '');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_STYLES);
    shadow.adoptedStyleSheets = [sheet];

    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-label', browser.i18n.getMessage('cardLabel') || 'Sourcelight');
    this.card.tabIndex = -1;
    const close = doc.createElement('button');
    close.className = 'close';
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', browser.i18n.getMessage('cardClose') || 'Close');
    close.addEventListener('click', () => this.hide());
    this.body = doc.createElement('div');
    this.card.append(close, this.body);
    this.card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.hide();
    });
    shadow.append(this.card);
  }

  get showing(): Found | null {
    return this.shown;
  }

  /** Shows the card for an attribution beside its cue; `focus` moves the keyboard into it. */
  show(found: Found, palette: Palette, focus = false): void {
    if (this.shown !== found) {
      this.body.replaceChildren(...renderAttribution(this.doc, found.attribution));
      this.shown = found;
    }
    this.card.classList.toggle('dark', palette === 'dark');
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    if (!this.place()) {
      this.hide();
      return;
    }
    if (focus) {
      const active = this.doc.activeElement;
      this.returnFocusTo = active instanceof HTMLElement && active !== this.host ? active : null;
      this.card.focus({ preventScroll: true });
    }
  }

  /** Follows the cue as the page scrolls or reflows; false once the cue is out of sight. */
  place(): boolean {
    const cue = this.shown?.ranges.cue;
    const view = this.doc.defaultView;
    if (!cue || !view) return false;
    const anchor = cue.getBoundingClientRect();
    const width = view.innerWidth;
    const height = view.innerHeight;
    if (anchor.bottom < 0 || anchor.top > height || (anchor.width === 0 && anchor.height === 0))
      return false;
    const size = this.card.getBoundingClientRect();
    const below = anchor.bottom + GAP;
    const top =
      below + size.height <= height - MARGIN
        ? below
        : Math.max(MARGIN, anchor.top - GAP - size.height);
    const left = Math.min(
      Math.max(MARGIN, anchor.left),
      Math.max(MARGIN, width - size.width - MARGIN),
    );
    this.card.style.top = `${Math.round(top)}px`;
    this.card.style.left = `${Math.round(left)}px`;
    return true;
  }

  hide(): void {
    if (!this.shown) return;
    const hadFocus = this.host.matches(':focus-within') || this.doc.activeElement === this.host;
    this.shown = null;
    this.host.remove();
    if (hadFocus) this.returnFocusTo?.focus({ preventScroll: true });
    this.returnFocusTo = null;
  }

  /** Whether an event happened in the card (events from a closed shadow root come from its host). */
  contains(target: EventTarget | null): boolean {
    return target === this.host;
  }
}
