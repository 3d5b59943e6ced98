import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `vigie` the tests spawn: the compiled dist/cli/main.js, as `npx vigie` runs it after `npm ci` (whose
 * `prepare` builds dist/). A process started from it costs about a third of the CPU of one started from the
 * sources through tsx, and the suite starts hundreds.
 *
 * A build older than the sources would test yesterday's code, so the suite's global setup calls refreshBuild()
 * first: every source file newer than its compiled file is compiled again, one file at a time (the sources are
 * `isolatedModules`, so a file compiles alone, as tsx itself does it), and the run then tests the tree as it is.
 * Types are `npm run typecheck`'s business, not the build's.
 */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
export const BUILT_CLI = join(DIST, 'cli', 'main.js');

/**
 * V8 compiles PGlite's WebAssembly twice: at once with its baseline compiler (Liftoff), then the hot functions again
 * with its optimising one, in the background. A `vigie` the tests start lives seconds and opens its database once,
 * so the second compilation is most of the CPU it spends on PGlite and rarely pays off: measured on the reliability
 * files, a quarter less CPU for the same runs. The code run is the same; only how V8 compiles it differs.
 */
export const TEST_NODE_FLAGS: readonly string[] = ['--liftoff-only'];

/** Node's arguments to run `vigie ARGS` from the build: `spawn(process.execPath, vigieArgv(args), …)`. */
export function vigieArgv(args: readonly string[]): string[] {
  return [...TEST_NODE_FLAGS, BUILT_CLI, ...args];
}

/** The folders `npm run build` compiles (tsconfig.build.json's include). */
function buildFolders(): string[] {
  const config: unknown = JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8'));
  const include =
    typeof config === 'object' && config !== null && 'include' in config && Array.isArray(config.include)
      ? config.include
      : [];
  return include.filter((entry): entry is string => typeof entry === 'string');
}

function sourcesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.test.ts')
      ? [path]
      : [];
  });
}

export interface BuildRefresh {
  sources: number;
  /** Source files compiled again because their compiled file was missing or older. */
  compiled: string[];
  /** Compiled files removed because their source is gone (a module deleted or renamed since the last build). */
  removed: string[];
}

function compiledPathOf(source: string): string {
  return join(DIST, relative(ROOT, source)).replace(/\.ts$/, '.js');
}

/** The compiled `.js` files under the build's folders, as paths inside dist/. */
function compiledUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return compiledUnder(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/** Brings dist/ up to date with the sources, compiling only the files changed since the last build. */
export async function refreshBuild(): Promise<BuildRefresh> {
  const { transformWithEsbuild } = await import('vite');
  const sources = buildFolders().flatMap((folder) => sourcesUnder(join(ROOT, folder)));
  const compiled: string[] = [];
  // A compiled module whose source was deleted would still load in the spawned CLI, and a test could pass on code
  // that no longer exists: it goes first.
  const removed: string[] = [];
  const expected = new Set(sources.map(compiledPathOf));
  for (const target of buildFolders().flatMap((folder) => compiledUnder(join(DIST, folder)))) {
    if (expected.has(target)) continue;
    rmSync(target, { force: true });
    removed.push(relative(ROOT, target));
  }
  let newest = 0;
  for (const source of sources) {
    const sourceTime = statSync(source).mtimeMs;
    newest = Math.max(newest, sourceTime);
    const target = compiledPathOf(source);
    if (existsSync(target) && statSync(target).mtimeMs >= sourceTime) continue;
    const { code } = await transformWithEsbuild(readFileSync(source, 'utf8'), source, {
      loader: 'ts',
      format: 'esm',
      target: 'es2022',
      sourcemap: false,
    });
    mkdirSync(dirname(target), { recursive: true });
    // Written aside then renamed: two runs refreshing at once never leave a half-written module.
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, code);
    renameSync(temporary, target);
    compiled.push(relative(ROOT, source));
  }
  // bin/vigie.js runs dist/ only when dist/cli/main.js is newer than every source (else the sources through tsx):
  // once every file is current, say so, so that `npx vigie` in a test runs the build too.
  if (existsSync(BUILT_CLI) && statSync(BUILT_CLI).mtimeMs < newest) {
    const now = new Date();
    utimesSync(BUILT_CLI, now, now);
  }
  return { sources: sources.length, compiled, removed };
}
