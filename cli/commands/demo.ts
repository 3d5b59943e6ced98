import { isAbsolute, relative } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { runDemo } from '../../pipeline/demo.js';
import { describeAudit } from './audit.js';

export function demoCommand(): Command {
  return new Command('demo')
    .description('a whole audit of a local replica of France Travail: no server, no credentials, no network')
    .option('--out <dir>', 'folder for the demo database and its reports', 'vigie-demo')
    .option('--offers <n>', 'offers in the replica', positiveInteger, 1000)
    .option('--seed <n>', "seed of the replica's corpus", positiveInteger, 42)
    .option('--no-progress', 'no progress bar, even on a terminal')
    .addHelpText(
      'after',
      `
The demo starts a replica of France Travail (API, website, partner sites) in this process, takes a census of it,
classifies every offer and writes the report (HTML, PDF when Chromium is installed, Markdown, CSV, JSON).
Run it again: the replica moves on by one "month" and the new report shows what changed.

Examples:
  $ vigie demo
  $ vigie demo --offers 10000 --out /tmp/demo`,
    )
    .action(async (flags: { out: string; offers: number; seed: number; progress?: boolean }) => {
      const started = Date.now();
      const result = await runDemo({
        out: flags.out,
        offers: flags.offers,
        seed: flags.seed,
        progress: flags.progress !== false && process.stderr.isTTY === true,
      });
      process.stdout.write(describeAudit(result.audit));
      process.stdout.write(
        `\nTerminé en ${Math.round((Date.now() - started) / 1000)} s. Le rapport est dans : ${shown(result.reportDir)}\n` +
          `Ouvrez le fichier .html dans un navigateur. Base de la démo : vigie --db ${shown(result.databaseDir)} audits\n`,
      );
    });
}

/** A path as the user would type it: relative when it is below the current folder, absolute otherwise. */
function shown(path: string): string {
  const local = relative(process.cwd(), path);
  return local === '' ? '.' : local.startsWith('..') || isAbsolute(local) ? path : local;
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new InvalidArgumentError('a positive whole number is expected');
  return number;
}
