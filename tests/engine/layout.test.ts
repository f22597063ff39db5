import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENGINE = resolve('src/engine');

/** Every .ts file under a folder. */
function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The engine files a file imports, type-only imports included: a type loop is a loop too. */
function importsOf(file: string, known: ReadonlySet<string>): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from '(\.[^']*)'/g)].flatMap((match) => {
    const base = resolve(dirname(file), match[1] ?? '');
    return [`${base}.ts`, join(base, 'index.ts')].filter((path) => known.has(path)).slice(0, 1);
  });
}

/** The files that import their way back to themselves, one loop each (depth-first). */
function importLoops(files: readonly string[]): string[][] {
  const known = new Set(files);
  const edges = new Map(files.map((file) => [file, importsOf(file, known)]));
  const done = new Set<string>();
  const path: string[] = [];
  const loops: string[][] = [];
  const visit = (file: string): void => {
    const at = path.indexOf(file);
    if (at >= 0) {
      loops.push(path.slice(at).map((f) => relative(ENGINE, f)));
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const next of edges.get(file) ?? []) visit(next);
    path.pop();
    done.add(file);
  };
  for (const file of files) visit(file);
  return loops;
}

// English's stages in the order its reader runs them; each may use only itself and those before.
const STAGES = ['cues', 'sources', 'claims', 'names', 'chains'];

describe("the engine's layout", () => {
  it('has no import loop, types included', () => {
    expect(importLoops(sources(ENGINE))).toEqual([]);
  });

  it("keeps English's stages in pipeline order: none imports a later stage", () => {
    const english = join(ENGINE, 'english');
    const backward: string[] = [];
    for (const stage of STAGES) {
      for (const file of sources(join(english, stage))) {
        for (const target of importsOf(file, new Set(sources(english)))) {
          const used = relative(english, target).split('/')[0] ?? '';
          if (STAGES.indexOf(used) > STAGES.indexOf(stage)) {
            backward.push(`${relative(english, file)} → ${relative(english, target)}`);
          }
        }
      }
    }
    expect(backward).toEqual([]);
  });
});
