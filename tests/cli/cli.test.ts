import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { vigieArgv } from '../helpers/built-cli.js';

const root = new URL('../..', import.meta.url).pathname;

function vigie(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, vigieArgv(args), {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

describe('the vigie command line', () => {
  it('lists its commands in --help', () => {
    const run = vigie(['--help']);
    expect(run.status).toBe(0);
    for (const command of ['import', 'audits'])
      expect(run.stdout).toMatch(new RegExp(`\\n\\s+${command}\\b`));
  });

  it('teaches each command with examples', () => {
    const run = vigie(['import', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Exemples :');
    expect(vigie(['--lang', 'en', 'import', '--help']).stdout).toContain('Examples:');
  });

  it('answers bad input with a message and exit code 2, never a stack trace', () => {
    const missingArgument = vigie(['import']);
    expect(missingArgument.status).toBe(2);
    expect(missingArgument.stderr).toMatch(/argument obligatoire manquant/);
    expect(vigie(['import'], { VIGIE_LANG: 'en' }).stderr).toMatch(/missing required argument/);

    const missingFile = vigie(['import', '/no/such/file.json'], { VIGIE_DB: 'memory://' });
    expect(missingFile.status).toBe(2);
    expect(missingFile.stderr).toContain('vigie: fichier introuvable : /no/such/file.json');
    expect(missingFile.stderr).not.toMatch(/\bat .*\.[jt]s:\d+/);
  });
});
