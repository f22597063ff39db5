/** Cooperative scheduling: long work is cut into slices so that no task of ours blocks the page. */

type Scheduler = { yield?: () => Promise<void> };

/** Gives the page a turn: input, rendering and its own scripts run before we continue. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
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
