/**
 * When the card shows: pointer resting on a highlight, a click on one, keyboard focus inside one,
 * a jump from the claims list. Esc, a click elsewhere or scrolling the cue away closes it.
 */
import type { ClaimCard } from './card';
import type { Found } from './found';
import type { Palette } from './highlight-styles';
import { foundAtPoint, type HitSource } from './hit-test';

/** A pointer passing over a highlight does not open the card; one resting on it does. */
const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 400;

export interface CardTriggerSource extends HitSource {
  /** Whether any highlight is painted at all: when none is, the pointer costs nothing. */
  anyShown(): boolean;
  palette(): Palette;
}

export function watchCardTriggers(
  doc: Document,
  card: ClaimCard,
  source: CardTriggerSource,
  signal: AbortSignal,
): void {
  const view = doc.defaultView;
  if (!view) return;
  let point: { x: number; y: number } | null = null;
  let frame = 0;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let overCard = false;
  /** The focused element whose attribution's card is open, when the keyboard opened it. */
  let keyboardAnchor: Element | null = null;

  const open = (found: Found, focus = false) => {
    keyboardAnchor = null;
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    card.show(found, source.palette(), focus);
  };

  const checkPointer = () => {
    frame = 0;
    if (!point || overCard) return;
    const found = foundAtPoint(doc, point.x, point.y, source);
    if (found && found === card.showing) {
      clearTimeout(closeTimer);
      return;
    }
    clearTimeout(openTimer);
    if (found) openTimer = setTimeout(() => open(found), HOVER_OPEN_MS);
    else if (card.showing) {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(() => card.hide(), HOVER_CLOSE_MS);
    }
  };

  const options = { capture: true, passive: true, signal };
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (!source.anyShown() || event.pointerType === 'touch') return;
      overCard = card.contains(event.target);
      if (overCard) clearTimeout(closeTimer);
      point = { x: event.clientX, y: event.clientY };
      frame ||= view.requestAnimationFrame(checkPointer);
    },
    options,
  );

  doc.addEventListener(
    'click',
    (event) => {
      if (card.contains(event.target)) return;
      const found = source.anyShown()
        ? foundAtPoint(doc, event.clientX, event.clientY, source)
        : null;
      if (found) open(found);
      else card.hide();
    },
    options,
  );

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && card.showing) card.hide();
    },
    options,
  );

  // Keyboard readers: focus landing inside an attribution (a link in a claim) shows its card.
  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      if (!(target instanceof Element) || card.contains(target) || card.returningFocus) return;
      if (!source.anyShown()) return;
      const found = source
        .foundsNear(target)
        .find(
          (f) =>
            source.isShown(f) && Object.values(f.ranges).some((r) => r?.intersectsNode(target)),
        );
      if (!found) return;
      open(found);
      keyboardAnchor = target;
    },
    options,
  );

  // From the focused words, Tab goes into their card first (as into a disclosure), then on.
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Tab' || event.shiftKey || !card.showing) return;
      if (!keyboardAnchor || doc.activeElement !== keyboardAnchor) return;
      keyboardAnchor = null;
      event.preventDefault();
      card.focusInside();
    },
    { capture: true, signal },
  );

  let scrollFrame = 0;
  view.addEventListener(
    'scroll',
    () => {
      if (!card.showing || scrollFrame) return;
      scrollFrame = view.requestAnimationFrame(() => {
        scrollFrame = 0;
        if (card.showing && !card.place()) card.hide();
      });
    },
    options,
  );

  signal.addEventListener('abort', () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    view.cancelAnimationFrame(frame);
    card.hide();
  });
}
