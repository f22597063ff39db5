/**
 * Main-thread time of the extension, from a Chromium trace with V8's sampling profiler: every
 * sample whose stack holds a frame of the extension's scripts counts as the extension's time, and
 * each task of the page's main thread is charged with the extension samples inside it.
 */
import type { Page } from 'puppeteer-core';

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'v8.execute',
];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

export interface ExtensionTime {
  /** Milliseconds of main-thread time spent in the extension's code. */
  totalMs: number;
  /** The longest task in which the extension's code ran, and how much of it was the extension's. */
  longestTaskMs: number;
  longestTaskExtensionMs: number;
  /** The most extension code in any one task: the extension's longest task of its own. */
  mostInOneTaskMs: number;
  /** Tasks in which the extension's code ran. */
  tasks: number;
  /** Tasks over 50 ms in which the extension's code ran. */
  longTasks: number;
  /** Where the extension's time went: the functions (or browser work under them) with the most self time. */
  hotspots: { frame: string; ms: number }[];
}

export async function traced<T>(
  page: Page,
  run: () => Promise<T>,
): Promise<{ result: T; time: ExtensionTime }> {
  await page.tracing.start({ categories: CATEGORIES });
  const result = await run().catch(async (error: unknown) => {
    await page.tracing.stop();
    throw error;
  });
  const buffer = await page.tracing.stop();
  if (!buffer) throw new Error('the trace came back empty');
  const trace = JSON.parse(new TextDecoder().decode(buffer)) as { traceEvents: TraceEvent[] };
  return { result, time: extensionTime(trace.traceEvents) };
}

const isExtensionUrl = (url: string | undefined) =>
  !!url && (url.startsWith('chrome-extension://') || url.startsWith('moz-extension://'));

export function extensionTime(events: TraceEvent[]): ExtensionTime {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // Samples: per profile, nodes arrive in chunks; times are start + cumulative deltas.
  const samples: { ts: number; thread: string; extension: boolean; frame: string }[] = [];
  const profiles = new Map<
    string,
    { nodes: Map<number, ProfileNode>; time: number; thread: string }
  >();
  for (const event of events) {
    const data = event.args?.data as
      | {
          startTime?: number;
          cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
          timeDeltas?: number[];
        }
      | undefined;
    const key = `${event.pid}:${event.id}`;
    if (event.name === 'Profile') {
      profiles.set(key, {
        nodes: new Map(),
        time: data?.startTime ?? event.ts,
        thread: `${event.pid}:${event.tid}`,
      });
    }
    if (event.name !== 'ProfileChunk') continue;
    const profile = profiles.get(key);
    if (!profile) continue;
    for (const node of data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    ids.forEach((id, i) => {
      profile.time += deltas[i] ?? 0;
      samples.push({
        ts: profile.time,
        thread: profile.thread,
        extension: inExtension(profile.nodes, id),
        frame: frameName(profile.nodes.get(id)),
      });
    });
  }
  samples.sort((a, b) => a.ts - b.ts);
  // A profile may carry samples from before this trace began (an earlier trace's profiler): not ours to count.
  const began = events.find((e) => e.name === 'TracingStartedInBrowser')?.ts ?? 0;

  // Each sample stands for the time until the next sample on its thread (at most 2 ms).
  let totalUs = 0;
  const extensionSamples: { ts: number; us: number }[] = [];
  const lastByThread = new Map<string, { ts: number; extension: boolean; frame: string }>();
  const byFrame = new Map<string, number>();
  for (const sample of samples) {
    // Only the pages' main threads: the extension's service worker runs elsewhere and is not the page's cost.
    if (!mainThreads.has(sample.thread) || sample.ts < began) continue;
    const last = lastByThread.get(sample.thread);
    if (last?.extension) {
      const us = Math.min(sample.ts - last.ts, 2_000);
      totalUs += us;
      extensionSamples.push({ ts: last.ts, us });
      byFrame.set(last.frame, (byFrame.get(last.frame) ?? 0) + us);
    }
    lastByThread.set(sample.thread, sample);
  }

  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && mainThreads.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts);
  let longestTaskMs = 0;
  let longestTaskExtensionMs = 0;
  let withExtension = 0;
  let longTasks = 0;
  let mostInOneTaskMs = 0;
  let cursor = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    while (cursor < extensionSamples.length && (extensionSamples[cursor]?.ts ?? 0) < task.ts)
      cursor++;
    let us = 0;
    for (let i = cursor; i < extensionSamples.length && (extensionSamples[i]?.ts ?? 0) < end; i++) {
      us += extensionSamples[i]?.us ?? 0;
    }
    if (us === 0) continue;
    withExtension++;
    mostInOneTaskMs = Math.max(mostInOneTaskMs, us / 1000);
    const ms = (task.dur ?? 0) / 1000;
    if (ms > 50) longTasks++;
    if (ms > longestTaskMs) {
      longestTaskMs = ms;
      longestTaskExtensionMs = us / 1000;
    }
  }
  return {
    totalMs: totalUs / 1000,
    longestTaskMs,
    longestTaskExtensionMs,
    mostInOneTaskMs,
    tasks: withExtension,
    longTasks,
    hotspots: [...byFrame]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([frame, us]) => ({ frame, ms: us / 1000 })),
  };
}

function inExtension(nodes: Map<number, ProfileNode>, id: number): boolean {
  for (
    let node = nodes.get(id);
    node;
    node = node.parent === undefined ? undefined : nodes.get(node.parent)
  ) {
    if (isExtensionUrl(node.callFrame.url)) return true;
  }
  return false;
}

function frameName(node: ProfileNode | undefined): string {
  if (!node) return '?';
  const { functionName, url, lineNumber, columnNumber } = node.callFrame as {
    functionName?: string;
    url?: string;
    lineNumber?: number;
    columnNumber?: number;
  };
  const file = url ? url.slice(url.lastIndexOf('/') + 1) : '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber ?? 0}:${columnNumber ?? 0}` : ''}`;
}

/** The three biggest hotspots, for a table cell. */
export function describeHotspots(hotspots: ExtensionTime['hotspots']): string {
  return hotspots
    .slice(0, 3)
    .map((spot) => `${spot.frame.replace(/\s.*$/, '')} ${spot.ms.toFixed(1)} ms`)
    .join(', ');
}
