/**
 * Main-thread time of the extension, from a Chromium trace with V8's sampling profiler: every
 * sample whose stack holds a frame of the extension's scripts counts as the extension's time (so
 * does layout or style work our code forces, which runs under our frames; rendering the page does
 * later is the page's), and each task of the page's main thread is charged with the extension
 * samples inside it.
 */
import type { Page } from 'puppeteer-core';
import type { SourceNames } from './source-names';

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
  /** The thread's CPU time in the event: the wall time less the time the thread waited for a core. */
  tdur?: number;
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
  /**
   * The same as CPU time of the page's thread: each task's share of extension samples times the
   * task's CPU time. On a shared machine the thread waits for a core amid our code, and wall time
   * charges us for the wait; this does not.
   */
  cpuMs: number;
  /** The longest task in which the extension's code ran, and how much of it was the extension's. */
  longestTaskMs: number;
  longestTaskExtensionMs: number;
  /**
   * Every task of the page's main thread once its DOM was ready (when the content script may
   * start), whatever ran in it: rendering the highlights is the browser's work but the reader feels
   * it. Compared with the same page in a browser without the extension, it tells what we add.
   */
  afterDomReady: PageTasks;
  /** The most extension code in any one task: the extension's longest task of its own. */
  mostInOneTaskMs: number;
  /** Tasks in which the extension's code ran. */
  tasks: number;
  /** Tasks over 50 ms in which the extension's code ran. */
  longTasks: number;
  /** Where the extension's time went: the functions (or browser work under them) with the most self time. */
  hotspots: { frame: string; ms: number }[];
  /** The same time by part of the extension: engine, page, libraries, loading. */
  areas: { frame: string; ms: number }[];
}

export interface PageTasks {
  longestMs: number;
  /** Tasks over 50 ms. */
  longTasks: number;
}

export async function traced<T>(
  page: Page,
  run: () => Promise<T>,
  names: SourceNames | null = null,
): Promise<{ result: T; time: ExtensionTime }> {
  await page.tracing.start({ categories: CATEGORIES });
  const result = await run().catch(async (error: unknown) => {
    await page.tracing.stop();
    throw error;
  });
  const buffer = await page.tracing.stop();
  if (!buffer) throw new Error('the trace came back empty');
  const trace = JSON.parse(new TextDecoder().decode(buffer)) as { traceEvents: TraceEvent[] };
  return { result, time: extensionTime(trace.traceEvents, names) };
}

const isExtensionUrl = (url: string | undefined) =>
  !!url && (url.startsWith('chrome-extension://') || url.startsWith('moz-extension://'));

export function extensionTime(
  events: TraceEvent[],
  names: SourceNames | null = null,
): ExtensionTime {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // A profile may carry samples from before this trace began (an earlier trace's profiler): not ours to count.
  const began = events.find((e) => e.name === 'TracingStartedInBrowser')?.ts ?? 0;
  const byThread = new Map<string, Sample[]>();
  for (const sample of samplesOf(events, names)) {
    // Only the pages' main threads: the extension's service worker runs elsewhere and is not the page's cost.
    if (!mainThreads.has(sample.thread) || sample.ts < began) continue;
    const list = byThread.get(sample.thread) ?? [];
    list.push(sample);
    byThread.set(sample.thread, list);
  }
  const tasksByThread = new Map<string, TraceEvent[]>();
  for (const task of events) {
    const thread = `${task.pid}:${task.tid}`;
    if (task.ph !== 'X' || task.name !== 'RunTask' || !mainThreads.has(thread)) continue;
    tasksByThread.set(thread, [...(tasksByThread.get(thread) ?? []), task]);
  }

  const afterDomReady = pageTasksAfter(domReadyAt(events), tasksByThread);

  let totalUs = 0;
  const byFrame = new Map<string, number>();
  const byArea = new Map<string, number>();
  const perTask = new Map<TraceEvent, number>();
  for (const [thread, samples] of byThread) {
    samples.sort((a, b) => a.ts - b.ts);
    const tasks = (tasksByThread.get(thread) ?? []).sort((a, b) => a.ts - b.ts);
    let taskAt = 0;
    const taskOf = samples.map((sample) => {
      while (taskAt < tasks.length && end(tasks[taskAt] as TraceEvent) <= sample.ts) taskAt++;
      const task = tasks[taskAt];
      return task && task.ts <= sample.ts ? task : undefined;
    });
    samples.forEach((sample, i) => {
      const next = samples[i + 1];
      if (!next || !isOurs(samples, taskOf, i)) return;
      const inTask = taskOf[i];
      // Each sample stands for the time until the next (at most 2 ms), never past the end of its task.
      const until = Math.min(
        next.ts,
        sample.ts + 2_000,
        inTask ? end(inTask) : Number.POSITIVE_INFINITY,
      );
      const us = Math.max(0, until - sample.ts);
      totalUs += us;
      byFrame.set(sample.frame, (byFrame.get(sample.frame) ?? 0) + us);
      byArea.set(sample.area, (byArea.get(sample.area) ?? 0) + us);
      if (inTask) perTask.set(inTask, (perTask.get(inTask) ?? 0) + us);
    });
  }

  let longestTaskMs = 0;
  let longestTaskExtensionMs = 0;
  let longTasks = 0;
  let mostInOneTaskMs = 0;
  for (const [task, us] of perTask) {
    mostInOneTaskMs = Math.max(mostInOneTaskMs, us / 1000);
    const ms = (task.dur ?? 0) / 1000;
    if (ms > 50) longTasks++;
    if (ms > longestTaskMs) {
      longestTaskMs = ms;
      longestTaskExtensionMs = us / 1000;
    }
  }
  const ranked = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([frame, us]) => ({ frame, ms: us / 1000 }));
  return {
    totalMs: totalUs / 1000,
    cpuMs: cpuUs(perTask) / 1000,
    longestTaskMs,
    longestTaskExtensionMs,
    afterDomReady,
    mostInOneTaskMs,
    tasks: perTask.size,
    longTasks,
    hotspots: ranked(byFrame, 8),
    areas: ranked(byArea, 8),
  };
}

interface Sample {
  ts: number;
  thread: string;
  /** Whether the stack holds a frame of the extension's scripts. */
  extension: boolean;
  /** The garbage collector or the engine's own native work, on behalf of whatever JavaScript ran around it. */
  native: boolean;
  /** The sample's own frame: where the time was spent. */
  frame: string;
  /** Which part of the extension: its innermost frame's source folder. */
  area: string;
}

/** Samples of every profile: nodes arrive in chunks; times are start + cumulative deltas. */
function samplesOf(events: TraceEvent[], names: SourceNames | null): Sample[] {
  const samples: Sample[] = [];
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
      const node = profile.nodes.get(id);
      const ours = innermostOurs(profile.nodes, id);
      const place = ours && names ? names.place(ours.callFrame) : null;
      samples.push({
        ts: profile.time,
        thread: profile.thread,
        extension: ours !== null,
        native: NATIVE.has(node?.callFrame.functionName ?? ''),
        frame: node && ours === node && names ? (place?.name ?? '?') : frameName(node),
        area: ours ? areaOf(place?.source ?? null) : 'V8 (collections, compiling) amid our code',
      });
    });
  }
  return samples;
}

/** V8's own work with no JavaScript frame: charged to the code it interrupts. */
const NATIVE = new Set(['(garbage collector)', '(program)']);

/**
 * A sample is the extension's when its stack holds an extension frame, or when it is V8's native
 * work (a collection, a compilation) between two of the extension's samples in the same task: work
 * our code caused. Native work in a task of the page's own (parsing, style, layout while our module
 * loads) is the page's, even when our code ran in the tasks before and after.
 */
function isOurs(
  samples: readonly Sample[],
  taskOf: readonly (TraceEvent | undefined)[],
  i: number,
): boolean {
  const sample = samples[i] as Sample;
  if (sample.extension) return true;
  const task = taskOf[i];
  if (!sample.native || !task) return false;
  let before = i - 1;
  while (before >= 0 && samples[before]?.native) before--;
  let after = i + 1;
  while (after < samples.length && samples[after]?.native) after++;
  return (
    !!samples[before]?.extension &&
    taskOf[before] === task &&
    !!samples[after]?.extension &&
    taskOf[after] === task
  );
}

function cpuUs(perTask: Map<TraceEvent, number>): number {
  let sum = 0;
  for (const [task, us] of perTask) {
    const wall = task.dur ?? 0;
    sum += wall > 0 && task.tdur !== undefined ? us * Math.min(1, task.tdur / wall) : us;
  }
  return sum;
}

/** When the last document of the trace finished parsing (its DOMContentLoaded). */
function domReadyAt(events: TraceEvent[]): number {
  return events
    .filter((e) => e.name === 'MarkDOMContent')
    .reduce((latest, e) => Math.max(latest, e.ts), 0);
}

function pageTasksAfter(from: number, tasksByThread: Map<string, TraceEvent[]>): PageTasks {
  let longestMs = 0;
  let longTasks = 0;
  for (const tasks of tasksByThread.values()) {
    for (const task of tasks) {
      if (task.ts < from) continue;
      const ms = (task.dur ?? 0) / 1000;
      longestMs = Math.max(longestMs, ms);
      if (ms > 50) longTasks++;
    }
  }
  return { longestMs, longTasks };
}

const end = (task: TraceEvent) => task.ts + (task.dur ?? 0);

function areaOf(source: string | null): string {
  if (!source) return 'loading and glue';
  if (source.startsWith('src/engine/')) return 'engine';
  if (source.startsWith('src/page/')) return 'page';
  if (source.startsWith('node_modules/')) return 'libraries';
  return source.split('/').slice(0, 2).join('/');
}

function innermostOurs(nodes: Map<number, ProfileNode>, id: number): ProfileNode | null {
  for (
    let node = nodes.get(id);
    node;
    node = node.parent === undefined ? undefined : nodes.get(node.parent)
  ) {
    if (isExtensionUrl(node.callFrame.url)) return node;
  }
  return null;
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

/** The biggest hotspots (or areas), for a table cell. */
export function describeHotspots(hotspots: ExtensionTime['hotspots'], count = 3): string {
  return hotspots
    .slice(0, count)
    .map((spot) => `${spot.frame} ${spot.ms.toFixed(1)} ms`)
    .join(', ');
}
