/**
 * Stepping through claims: the list is one tab stop; ArrowDown/ArrowUp (or j/k) move to the
 * next/previous claim and take the page there, Home/End to the first/last, Enter or a click again.
 */
export interface ClaimSteps {
  /** Moves to the claim before or after the current one (toolbar buttons use this too). */
  step(direction: 1 | -1): void;
  /** Makes the first claim the list's tab stop after a redraw, unless the current one is still shown. */
  reset(): void;
  /** Makes a claim the current one again after a redraw, without taking the page anywhere. */
  restore(button: HTMLButtonElement, focus: boolean): void;
}

const CLAIM = 'button.claim';

export function enableClaimSteps(
  list: HTMLElement,
  options: {
    /** The reader chose this claim: take the page to it. */
    onChoose(button: HTMLButtonElement): void;
    /** Draw the claims not yet in the document (the keyboard reached the end of what is drawn). */
    drawAll(): void;
  },
): ClaimSteps {
  const claims = () => [...list.querySelectorAll<HTMLButtonElement>(CLAIM)];
  // The claim last chosen; a filter may take it out of the list and a later one bring it back.
  let chosen: HTMLButtonElement | null = null;
  const current = () => (chosen && list.contains(chosen) ? chosen : null);

  const makeCurrent = (button: HTMLButtonElement, focus: boolean) => {
    for (const other of list.querySelectorAll<HTMLButtonElement>(`${CLAIM}[tabindex="0"]`)) {
      other.tabIndex = -1;
    }
    chosen?.removeAttribute('aria-current');
    chosen = button;
    button.tabIndex = 0;
    button.setAttribute('aria-current', 'true');
    if (focus) button.focus();
  };
  const choose = (button: HTMLButtonElement, focus: boolean) => {
    makeCurrent(button, focus);
    options.onChoose(button);
  };

  const move = (from: HTMLButtonElement | null, to: 'next' | 'previous' | 'first' | 'last') => {
    if (to === 'last' || to === 'next') options.drawAll();
    const all = claims();
    const at = from ? all.indexOf(from) : -1;
    const target = {
      first: all[0],
      last: all[all.length - 1],
      next: all[Math.min(at + 1, all.length - 1)],
      previous: all[Math.max(at - 1, 0)],
    }[to];
    if (target && target !== from) choose(target, true);
  };

  const KEYS: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
    ArrowDown: 'next',
    j: 'next',
    ArrowUp: 'previous',
    k: 'previous',
    Home: 'first',
    End: 'last',
  };

  list.addEventListener('keydown', (event) => {
    const target = (event.target as Element).closest<HTMLButtonElement>(CLAIM);
    const to = KEYS[event.key];
    if (!target || !to || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    move(target, to);
  });
  list.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLButtonElement>(CLAIM);
    if (target) choose(target, false);
  });

  return {
    restore: makeCurrent,
    step(direction) {
      const from = current();
      if (from) move(from, direction === 1 ? 'next' : 'previous');
      else move(null, direction === 1 ? 'first' : 'last');
    },
    reset() {
      const shown = current();
      for (const other of list.querySelectorAll<HTMLButtonElement>(`${CLAIM}[tabindex="0"]`)) {
        if (other !== shown) other.tabIndex = -1;
      }
      if (chosen && !shown) chosen.tabIndex = -1;
      const stop = shown ?? list.querySelector<HTMLButtonElement>(CLAIM);
      if (stop) stop.tabIndex = 0;
    },
  };
}
