#!/usr/bin/env node
// Runs the compiled CLI when `npm ci` has built it, and the TypeScript sources otherwise (a fresh checkout). In a
// clone (a .git beside package.json), a build older than any source file is stale (a `git pull` or an edit since
// `npm ci`): the sources are run, so that `npx vigie` always runs the code that is there.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = new URL('../dist/cli/main.js', import.meta.url);

if (existsSync(built) && !(existsSync(`${root}.git`) && newestSource(root) > statSync(built).mtimeMs)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../cli/main.ts', import.meta.url).href);
}

/** The latest modification time of the TypeScript sources the build compiles (tsconfig.build.json). */
function newestSource(folder) {
  const skip = new Set(['node_modules', 'dist', 'tests', 'vigie-demo', 'bench']);
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!skip.has(entry.name)) newest = Math.max(newest, newestSource(path));
    } else if (entry.name.endsWith('.ts')) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}
