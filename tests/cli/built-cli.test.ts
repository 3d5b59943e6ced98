import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_CLI, ROOT, refreshBuild } from '../helpers/built-cli.js';

describe('the build the tests spawn', () => {
  it('removes a compiled module whose source is gone, and keeps the others', async () => {
    // A module deleted from the sources but still in dist/ would keep loading in the spawned CLI.
    const folder = join(ROOT, 'dist', 'lib', 'removed-for-test');
    mkdirSync(folder, { recursive: true });
    const stale = join(folder, `gone-${process.pid}.js`);
    writeFileSync(stale, 'export const gone = true;\n');

    const { removed } = await refreshBuild().finally(() => rmSync(folder, { recursive: true, force: true }));

    expect(removed).toContain(`dist/lib/removed-for-test/gone-${process.pid}.js`);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(BUILT_CLI)).toBe(true);
    expect(existsSync(join(ROOT, 'dist', 'lib', 'http', 'transport.js'))).toBe(true);
  });
});
