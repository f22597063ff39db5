/**
 * Live pages: a MutationObserver notes which article blocks changed, which elements may hold new
 * blocks and whether blocks left, and hands that over in batches. Ranges over changed text are
 * dropped at once (before the page repaints), their passages are read again later.
 */
import { BLOCK_SELECTOR } from './article-blocks';

export interface PageChanges {
  /** Known blocks whose text may have changed. */
  touched: Set<Element>;
  /** Added elements that are or hold blocks not known yet. */
  added: Set<Element>;
  /** Some element that held blocks left the page. */
  removals: boolean;
}

export interface LiveHooks {
  isBlock(element: Element): boolean;
  /** A known block changed: its highlights must go now, before they paint over other words. */
  onTouched(block: Element): void;
  /** A batch of changes, at most once per `throttleMs`. */
  onChanges(changes: PageChanges): void;
  /** Called with every batch of mutations: client-side navigation shows up as one. */
  onMutations(): void;
}

const holdsBlocks = (element: Element) =>
  element.matches(BLOCK_SELECTOR) || element.querySelector(BLOCK_SELECTOR) !== null;

export function watchPage(
  root: Element,
  hooks: LiveHooks,
  signal: AbortSignal,
  throttleMs = 400,
): void {
  let changes: PageChanges | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const ownerBlock = (node: Node): Element | null => {
    for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
      if (at.nodeType === 1 && hooks.isBlock(at as Element)) return at as Element;
    }
    return null;
  };

  const flush = () => {
    timer = undefined;
    const batch = changes;
    changes = null;
    if (batch && !signal.aborted) hooks.onChanges(batch);
  };

  const observer = new MutationObserver((records) => {
    hooks.onMutations();
    if (signal.aborted) return;
    for (const record of records) {
      const owner = ownerBlock(record.target);
      const batch = owner || record.addedNodes.length || record.removedNodes.length ? note() : null;
      if (!batch) continue;
      if (owner && !batch.touched.has(owner)) {
        batch.touched.add(owner);
        hooks.onTouched(owner);
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && holdsBlocks(node as Element)) batch.added.add(node as Element);
      }
      for (const node of record.removedNodes) {
        if (node.nodeType === 1 && holdsBlocks(node as Element)) batch.removals = true;
      }
    }
    if (changes && isEmpty(changes)) changes = null;
    if (changes && timer === undefined) timer = setTimeout(flush, throttleMs);
  });

  function note(): PageChanges {
    changes ??= { touched: new Set(), added: new Set(), removals: false };
    return changes;
  }

  observer.observe(root, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

const isEmpty = (changes: PageChanges) =>
  changes.touched.size === 0 && changes.added.size === 0 && !changes.removals;
