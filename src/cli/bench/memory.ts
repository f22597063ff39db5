import { MB } from './linearity';
import { collectGarbage } from './measure';
import type { Extract } from './shipped-engine';

export interface MemoryResult {
  inputMb: number;
  /** Heap the attributions still hold after a full collection, per MB of input. */
  retainedPerMb: number;
  /** Heap growth while extracting, before any forced collection (garbage included), per MB of input. */
  grownPerMb: number;
}

/** Heap per MB of input when every text's attributions are kept; null without --expose-gc. */
export function heapPerMb(texts: readonly string[], extract: Extract): MemoryResult | null {
  if (!(globalThis as { gc?: unknown }).gc) return null;
  const inputMb = texts.reduce((sum, text) => sum + text.length, 0) / MB;
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const kept = texts.map((text) => extract(text));
  const grown = process.memoryUsage().heapUsed - before;
  collectGarbage();
  const retained = process.memoryUsage().heapUsed - before;
  // Read the results after the collection, so they are still alive when it is measured.
  if (kept.length !== texts.length) throw new Error('lost a text while measuring memory');
  return { inputMb, retainedPerMb: retained / MB / inputMb, grownPerMb: grown / MB / inputMb };
}
