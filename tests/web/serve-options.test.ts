import { CommanderError } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { runServe, type ServeHandle } from '../../cli/commands/serve.js';
import { buildProgram } from '../../cli/program.js';
import { type Replica, startReplica } from '../../replica/index.js';

/** `vigie serve --max-checks N --max-checks-per-client M`: the bounds reach the server, wrong values are refused. */
describe('vigie serve’s bounds on checks running at once', () => {
  const started: Array<{ close(): Promise<void> }> = [];
  afterAll(async () => {
    for (const handle of started.reverse()) await handle.close().catch(() => {});
  });

  it('refuses a bound that is not a positive whole number, in French, before starting', async () => {
    const program = await buildProgram(['serve', '--max-checks-per-client', '0']);
    let stderr = '';
    program.exitOverride();
    for (const command of [program, ...program.commands]) {
      command.exitOverride();
      command.configureOutput({ writeErr: (chunk) => (stderr += chunk), writeOut: () => {} });
    }
    const failure = await program.parseAsync(['node', 'vigie', 'serve', '--max-checks-per-client', '0']).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(CommanderError);
    expect(stderr).toContain('--max-checks-per-client');
    expect(stderr).toMatch(/entier positif/);
  });

  it('with one check per client, a second check from the same client is told to come back (503)', async () => {
    // Every website page takes 1.5 s: the first check is still running when the second arrives.
    const replica: Replica = await startReplica({
      offers: 50,
      seed: 3,
      rateLimit: false,
      faults: { latencyMs: 1_500, routes: ['site'] },
    });
    started.push(replica);
    const server: ServeHandle = await runServe({
      port: 0,
      siteUrl: replica.siteUrl,
      browser: false,
      ratePerSecond: 500,
      perMinute: 600,
      maxChecks: 4,
      maxChecksPerClient: 1,
      env: { FT_CLIENT_ID: '', FT_CLIENT_SECRET: '' },
    });
    started.push({ close: () => server.stop() });
    const [first, second] = [...replica.ids()];
    const slow = fetch(`${server.url}/api/check?q=${first}`);
    // The first check is running once the replica has been asked for its page.
    for (let waited = 0; replica.stats().requests === 0 && waited < 100; waited++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const busy = await fetch(`${server.url}/api/check?q=${second}`);
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBeTruthy();
    const body = (await busy.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('busy');
    expect(body.error.message).toMatch(/vérifications/);
    expect((await slow).status).toBe(200);
  });
});
