import { element } from './dom';

/** A polite live region: screen readers read what changed without moving the reader's focus. */
export interface Announcer {
  element: HTMLElement;
  say(message: string): void;
}

/** `visible` shows the words to everyone too (the options page's "Saved."). */
export function createAnnouncer({ visible = false } = {}): Announcer {
  const region = element('div', {
    className: visible ? 'status-line' : 'visually-hidden',
    attrs: { role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' },
  });
  let alternate = false;
  return {
    element: region,
    say(message) {
      // The same words twice in a row change nothing in the DOM; a trailing space makes them new.
      alternate = !alternate;
      region.textContent = alternate ? message : `${message}\u00a0`;
    },
  };
}
