/** Cooperative scheduling: long work is cut into slices so that no task of ours blocks the page. */

type Scheduler = { yield?: () => Promise<void> };

/**
 * scheduler.yield lets input and rendering in, but its continuation goes before the page's own
 * timers: on a page read for seconds (issue 12: 17,000 paragraphs) they waited 2.4 s. So at least
 * this often the turn is a timer of ours, queued behind theirs.
 */
const TIMERS_TURN_EVERY_MS = 50;
let timersTurn = 0;

/** Gives the page a turn: input, rendering and its own scripts run before we continue. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  const timersWaited = performance.now() - timersTurn >= TIMERS_TURN_EVERY_MS;
  if (typeof scheduler?.yield === 'function' && !timersWaited) return scheduler.yield();
  return new Promise((resume) =>
    setTimeout(() => {
      timersTurn = performance.now();
      resume();
    }, 0),
  );
}

/** A budget of main-thread time: work checks `spent` between steps and yields once it is. */
export class TimeSlice {
  private started = performance.now();

  constructor(private readonly budgetMs = 8) {}

  /** After waiting elsewhere: the slice starts now. */
  restart(): void {
    this.started = performance.now();
  }

  get spent(): boolean {
    return performance.now() - this.started >= this.budgetMs;
  }

  /**
   * Yields when the slice is spent, then starts a new one; throws when the work was abandoned.
   * Loops over every block ask `spent` first: an await costs a turn of the microtask queue even
   * when nothing yields, and the work cannot be abandoned while nothing yields.
   */
  async next(signal: AbortSignal): Promise<void> {
    if (this.spent) {
      await yieldToPage();
      this.started = performance.now();
    }
    signal.throwIfAborted();
  }
}

/**
 * Resolves once the page has rendered a frame (or after `ms` in a background tab, where frames
 * wait): reading styles then costs nothing, the page's first layout having been its own work.
 */
export function afterRender(view: Window, ms = 200): Promise<void> {
  return new Promise((resume) => {
    const timer = setTimeout(resume, ms);
    view.requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resume, 0);
    });
  });
}
