/**
 * Readable names for the profile's frames of the minified extension: each frame's position is
 * looked up in the build's hidden source maps (SOURCELIGHT_SOURCEMAPS=1, as `npm run bench:page`
 * builds it) and named after the function and line of our own source it came from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';

export interface CallFrame {
  functionName?: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}

export interface SourcePlace {
  /** "readDirtyPassages session.ts:164"; the minified name and file when no map tells. */
  name: string;
  /** Our source the frame came from ("src/page/session.ts"), or null when no map tells. */
  source: string | null;
}

/** A method, function or arrow declared at the start of a line: `private async read(`, `const at = (`. */
const DECLARED =
  /^(?:(?:export|private|public|protected|static|async|get|set|function\*?|const|let)\s+)*([A-Za-z_$][\w$]*)\s*(?:<[^>]*>)?\s*(?:\(|=\s*(?:async\s*)?\()/;

export class SourceNames {
  private readonly maps = new Map<string, SourceMap | null>();
  private readonly places = new Map<string, SourcePlace>();

  /** `extensionDir`: the built extension the browser loaded; its .js.map files sit beside the scripts. */
  constructor(private readonly extensionDir: string) {}

  /** Whether the build carries source maps (else the names stay minified). */
  get available(): boolean {
    const assets = join(this.extensionDir, 'assets');
    return existsSync(assets) && readdirSync(assets).some((name) => name.endsWith('.js.map'));
  }

  place(frame: CallFrame): SourcePlace {
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}:${frame.functionName}`;
    let place = this.places.get(key);
    if (!place) {
      place = this.lookUp(frame);
      this.places.set(key, place);
    }
    return place;
  }

  private lookUp(frame: CallFrame): SourcePlace {
    const file = (frame.url ?? '').replace(/^[a-z-]+:\/\/[^/]+\//, '');
    // A module's top-level code is an unnamed frame at its very start.
    const topLevel = !frame.functionName && !frame.lineNumber && !frame.columnNumber;
    const fallback = `${topLevel ? '(module evaluation)' : frame.functionName || '(anonymous)'} ${file.slice(file.lastIndexOf('/') + 1)}`;
    const map = file ? this.mapOf(file) : null;
    // An empty object where no mapping is; Node 20's types lack the name it gives.
    const entry = map?.findEntry(frame.lineNumber ?? 0, frame.columnNumber ?? 0) as
      | { originalSource?: string; originalLine: number; name?: string }
      | undefined;
    // Code of no source (the bundler's own helpers) maps to nothing.
    if (!map || !entry?.originalSource) return { name: fallback, source: null };
    const source = entry.originalSource.replace(/^.*?(?=src\/|node_modules\/)/, '');
    const name = entry.name ?? this.declaredName(map, entry.originalSource, entry.originalLine);
    const where = `${source.slice(source.lastIndexOf('/') + 1)}:${entry.originalLine + 1}`;
    return { name: `${name ?? '(anonymous)'} ${where}`, source };
  }

  private declaredName(map: SourceMap, source: string, line: number): string | undefined {
    const { sources, sourcesContent } = map.payload as {
      sources: string[];
      sourcesContent?: (string | null)[];
    };
    const text = sourcesContent?.[sources.indexOf(source)]?.split('\n')[line]?.trim() ?? '';
    return DECLARED.exec(text)?.[1];
  }

  private mapOf(file: string): SourceMap | null {
    let map = this.maps.get(file);
    if (map === undefined) {
      const path = join(this.extensionDir, `${file}.map`);
      map = existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8'))) : null;
      this.maps.set(file, map);
    }
    return map;
  }
}
