import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { redactText, redactUrl } from '../../lib/logger.js';

describe('secrets in logs', () => {
  it('removes passwords from connection URLs and tokens from text', () => {
    expect(redactUrl('postgres://vigie:s3cret@db.example:5432/vigie')).toBe(
      'postgres://vigie:***@db.example:5432/vigie',
    );
    // A secret may hold `&`: the rest of the query goes with it.
    expect(redactUrl('https://x/token?client_secret=abc&x=1')).toBe('https://x/token?client_secret=***');
    expect(redactText('Authorization: Bearer eyJhbGciOi.abc-def')).toBe('Authorization: Bearer ***');
  });

  it('redacts secret fields and secrets inside messages in the JSON log stream', () => {
    const script = `
      import { configureLogger } from './lib/logger.ts';
      const log = configureLogger({ level: 'info', pretty: false });
      log.info({ clientSecret: 'TOPSECRET1', headers: { authorization: 'Bearer TOPSECRET2' } }, 'token request');
      log.info({ request: { password: 'TOPSECRET3' } }, 'connecting to postgres://u:TOPSECRET4@h/db');
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: new URL('../..', import.meta.url).pathname,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(run.stderr).not.toMatch(/TOPSECRET/);
    expect(run.stderr).toContain('***');
  });
});
