#!/usr/bin/env node
// Runs the compiled CLI when `npm ci` has built it, and the TypeScript sources otherwise (a fresh checkout).
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../cli/main.ts', import.meta.url).href);
}
