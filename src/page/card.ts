/**
 * The card beside a highlighted attribution: the one node Sourcelight adds to a page, a host in a
 * closed shadow root, built on first use and attached only while the card shows.
 */
import browser from 'webextension-polyfill';
import { CARD_STYLES } from './card-styles';
import { renderAttribution } from './card-view';
import type { Found } from './found';
import type { Palette } from './highlight-styles';

const GAP = 6;
const MARGIN = 8;

interface CardParts {
  host: HTMLElement;
  card: HTMLElement;
  body: HTMLElement;
}

export class ClaimCard {
  private parts: CardParts | null = null;
  private shown: Found | null = null;
  private returnFocusTo: HTMLElement | null = null;
  /** True while focus goes back to the page: that focus must not open the card again. */
  returningFocus = false;

  /** `articleLanguage` gives the article's language when known, for the page's words in the card. */
  constructor(
    private readonly doc: Document,
    private readonly articleLanguage: () => string | undefined = () => undefined,
  ) {}

  get showing(): Found | null {
    return this.shown;
  }

  /** Shows the card for an attribution beside its cue; `focus` moves the keyboard into it. */
  show(found: Found, palette: Palette, focus = false): void {
    const { host, card, body } = this.build();
    if (this.shown !== found) {
      body.replaceChildren(
        ...renderAttribution(this.doc, found.attribution, this.articleLanguage()),
      );
      this.shown = found;
    }
    card.classList.toggle('dark', palette === 'dark');
    if (!host.isConnected) this.doc.documentElement.append(host);
    if (!this.place()) {
      this.hide();
      return;
    }
    if (focus) this.focusInside();
  }

  /** Moves the keyboard into the card; Esc or Tab gives it back to where it was. */
  focusInside(): void {
    if (!this.shown || !this.parts) return;
    const active = this.doc.activeElement;
    this.returnFocusTo =
      active instanceof HTMLElement && active !== this.parts.host ? active : null;
    this.parts.card.focus({ preventScroll: true });
  }

  /** Follows the cue as the page scrolls or reflows; false once the cue is out of sight. */
  place(): boolean {
    const cue = this.shown?.ranges.cue;
    const view = this.doc.defaultView;
    if (!cue || !view || !this.parts) return false;
    const { card } = this.parts;
    const anchor = cue.getBoundingClientRect();
    const width = view.innerWidth;
    const height = view.innerHeight;
    if (anchor.bottom < 0 || anchor.top > height || (anchor.width === 0 && anchor.height === 0))
      return false;
    const size = card.getBoundingClientRect();
    const below = anchor.bottom + GAP;
    const top =
      below + size.height <= height - MARGIN
        ? below
        : Math.max(MARGIN, anchor.top - GAP - size.height);
    const left = Math.min(
      Math.max(MARGIN, anchor.left),
      Math.max(MARGIN, width - size.width - MARGIN),
    );
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(left)}px`;
    return true;
  }

  hide(): void {
    if (!this.shown || !this.parts) return;
    const { host } = this.parts;
    const hadFocus = this.doc.activeElement === host;
    this.shown = null;
    host.remove();
    if (hadFocus && this.returnFocusTo) {
      this.returningFocus = true;
      this.returnFocusTo.focus({ preventScroll: true });
      this.returningFocus = false;
    }
    this.returnFocusTo = null;
  }

  /** Whether an event happened in the card (events from a closed shadow root come from its host). */
  contains(target: EventTarget | null): boolean {
    return this.parts !== null && target === this.parts.host;
  }

  /** The host and its closed shadow root, made when a card is first shown: most pages never need one. */
  private build(): CardParts {
    if (this.parts) return this.parts;
    const doc = this.doc;
    const host = doc.createElement('sourcelight-card');
    host.setAttribute('data-sourcelight-host', '');
    const shadow = host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_STYLES);
    shadow.adoptedStyleSheets = [sheet];

    const card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    // The card sits in the page, whose language is the article's: its own words are the reader's.
    card.lang = browser.i18n.getUILanguage();
    card.setAttribute('aria-label', browser.i18n.getMessage('cardLabel') || 'Sourcelight');
    card.tabIndex = -1;
    const close = doc.createElement('button');
    close.className = 'close';
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', browser.i18n.getMessage('cardClose') || 'Close');
    close.addEventListener('click', () => this.hide());
    const body = doc.createElement('div');
    // Announced when it changes: the card opens without taking the reader's focus.
    body.setAttribute('aria-live', 'polite');
    card.append(close, body);
    card.addEventListener('keydown', (event) => {
      // Tabbing out of the card, either way, closes it and returns to the words it belongs to.
      const leaving =
        event.key === 'Tab' && (event.shiftKey ? event.target === card : event.target === close);
      if (event.key === 'Escape' || leaving) {
        event.preventDefault();
        this.hide();
      }
    });
    shadow.append(card);
    this.parts = { host, card, body };
    return this.parts;
  }
}
