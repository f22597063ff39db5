/**
 * One Sourcelight per page, however often the script is injected. An instance cut off from its
 * extension (an update, a removal) gives way to the next injection instead of blocking it.
 */

const RUNNING = Symbol.for('sourcelight.page');

export interface Instance {
  /** Not torn down, and still connected to its extension. */
  running(): boolean;
  /** Leaves the page as it was: no highlight, no card, no listener. */
  stop(): void;
}

type Scope = { [RUNNING]?: Instance };

/** Starts an instance unless one still runs in this scope (the content script's global). */
export function startOnce(scope: object, start: () => Instance): void {
  const registry = scope as Scope;
  const earlier = registry[RUNNING];
  if (earlier?.running()) return;
  // Stopped first: highlights go by name, and its late cleanup would take the new instance's.
  earlier?.stop();
  registry[RUNNING] = start();
}
