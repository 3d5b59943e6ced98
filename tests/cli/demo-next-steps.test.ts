import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT } from '../helpers/built-cli.js';
import { startVigie, type VigieProcess, waitFor } from '../helpers/vigie-process.js';

/**
 * A newcomer's path after `npm run demo`: the demo's last lines are commands, and each works as typed from the
 * clone (`npx vigie …`, since `vigie` is not on a clone's PATH): list the audits, report again, browse them with
 * `vigie serve`. While `vigie serve` holds the embedded database, a CLI command on it says at once who holds it
 * and what to do, exit 3.
 */
const root = new URL('../..', import.meta.url).pathname;
// npm_config_ignore_scripts: npx's first run of a folder's bin installs the folder into its cache, which runs the
// package's `prepare` (tsc), and tsc rewrites dist/ in place, file by file, while the other test files spawn it: a
// CI run once caught dist/cli/messages.js half written ("does not provide an export named 'CLI_MESSAGES'"). The
// build the suite tests is the one its global setup refreshed; npx must only run it.
const env = {
  ...process.env,
  VIGIE_LOG_LEVEL: 'error',
  DATABASE_URL: '',
  VIGIE_DB: '',
  npm_config_ignore_scripts: 'true',
};

/** `npx ARGS` from the clone, as a user types it. */
function npx(args: string[]) {
  return spawnSync('npx', args, { cwd: root, encoding: 'utf8', env, timeout: 400_000 });
}

/** The demo's "next steps": each command line the demo printed, split into words (its paths have no spaces). */
function commandsOf(output: string): string[][] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('  npx vigie '))
    .map((line) => line.trim().split(/\s+/));
}

const OFFERS = 100;

// Each step is a whole CLI process on the demo's embedded database; they assert outputs, never durations.
vi.setConfig({ testTimeout: 240_000 });

describe('after the demo, the commands it prints', () => {
  let demo: ReturnType<typeof npx>;
  let commands: string[][];
  let out: string;
  /** A compiled module other test files load while this one runs: npx must not rebuild it under them. */
  const compiledModule = join(ROOT, 'dist', 'cli', 'messages.js');
  let compiledAt: number;

  beforeAll(() => {
    compiledAt = statSync(compiledModule).mtimeMs;
    mkdirSync(join(root, 'tests', 'artifacts'), { recursive: true });
    out = relative(root, join(mkdtempSync(join(root, 'tests', 'artifacts', 'demo-')), 'vigie-demo'));
    // A small replica: the next steps are the same for any size, and the demo's census, classification and report
    // (PDF included) grow with it.
    demo = npx(['vigie', 'demo', '--offers', String(OFFERS), '--out', out, '--no-progress']);
    commands = commandsOf(demo.stdout);
    // A whole demo (census, classification, report with its PDF): minutes on a loaded 2-core machine.
  }, 420_000);

  it('the demo ends with how to open the report, browse it, and run a real audit', () => {
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(
      new RegExp(`Le rapport : ${out}/rapports/vigie-audit-1\\.html — ouvrez-le dans un navigateur`),
    );
    const typed = commands.map((words) => words.join(' '));
    expect(typed).toEqual([
      `npx vigie --db ${out}/db audits`,
      `npx vigie --db ${out}/db report --audit latest --out ${out}/rapports`,
      `npx vigie --db ${out}/db serve`,
      'npx vigie audit --sample 2000 --strata departement --out rapports',
      `npx vigie demo --out ${out}`,
    ]);
    expect(demo.stdout).toMatch(/FT_CLIENT_ID et FT_CLIENT_SECRET/);
    expect(statSync(compiledModule).mtimeMs, 'npx rebuilt dist/ under the other test files').toBe(compiledAt);
  });

  it('`npx vigie --db … audits` lists the demo’s audit', () => {
    const run = npx(commands[0]!);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Démo — réplique de France Travail, mois 1/);
    expect(run.stdout).toMatch(new RegExp(`\\b${OFFERS}\\b`));
  });

  it('`npx vigie --db … report --audit latest` writes the report again', () => {
    const run = npx(commands[1]!);
    expect(run.status, run.stderr).toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/vigie-audit-1\.html/);
  });

  describe('`vigie serve` on the demo’s data', () => {
    let serve: VigieProcess;
    let url: string;

    beforeAll(async () => {
      // The demo's serve line, on a free port (3000 may be taken on a shared machine).
      const [, ...args] = commands[2]!;
      serve = startVigie([...args.slice(1), '--port', '0'], { DATABASE_URL: '', VIGIE_DB: '' });
      url = await waitFor(
        'vigie serve to listen',
        async () => /écoute sur (http:\/\/\S+)/.exec(serve.output())?.[1],
      );
    });

    afterAll(async () => {
      serve?.child.kill('SIGTERM');
      await serve?.exited;
    });

    it('shows the demo’s report and lists its audit', async () => {
      const report = await fetch(`${url}/audits/latest`);
      expect(report.status).toBe(200);
      expect(await report.text()).toMatch(/<html/);
      const audits = await (await fetch(`${url}/audits`)).text();
      expect(audits).toMatch(/Démo — réplique de France Travail, mois 1/);
    });

    it('a CLI command on the database it holds says at once who holds it and what to do, exit 3', () => {
      const run = npx(commands[0]!);
      expect(run.status, run.stdout).toBe(3);
      expect(run.stderr).toMatch(
        /est utilisée par un autre processus Vigie : « vigie --db \S+ serve --port 0 »/,
      );
      expect(run.stderr).toContain(`(pid ${serve.child.pid})`);
      expect(run.stderr).toContain('qui la garde ouverte tant qu’il tourne');
      expect(run.stderr).toMatch(/arrêtez-le \(Ctrl\+C dans son terminal, ou kill \d+\)/);
      expect(run.stderr).toMatch(/utilisez PostgreSQL : DATABASE_URL=/);
    });
  });

  it('once `vigie serve` stops, the CLI opens the database again', () => {
    const run = npx(commands[0]!);
    expect(run.status, run.stderr).toBe(0);
  });
});
