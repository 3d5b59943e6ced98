import { isAbsolute, relative } from 'node:path';
import { Command } from 'commander';
import { runDemo } from '../../pipeline/demo.js';
import { messages } from '../i18n/index.js';
import { positiveInteger } from '../option-parsers.js';
import { describeAudit, stageLine } from './audit.js';

export function demoCommand(): Command {
  return new Command('demo')
    .description(messages().demo.description)
    .option('--out <dir>', messages().demo.out, 'vigie-demo')
    .option('--offers <n>', messages().demo.offers, positiveInteger, 1000)
    .option('--seed <n>', messages().demo.seed, positiveInteger, 42)
    .option('--no-progress', messages().demo.noProgress)
    .addHelpText('after', messages().demo.footer)
    .action(async (flags: { out: string; offers: number; seed: number; progress?: boolean }) => {
      const started = Date.now();
      const result = await runDemo({
        out: flags.out,
        offers: flags.offers,
        seed: flags.seed,
        progress: flags.progress !== false && process.stderr.isTTY === true,
        words: { ...messages().demo, stage: stageLine, progress: messages().crawlProgress },
      });
      process.stdout.write(describeAudit(result.audit));
      const html = result.audit.report.files.find((file) => file.format === 'html')?.path;
      process.stdout.write(
        `\nTerminé en ${Math.round((Date.now() - started) / 1000)} s.\n${nextSteps({
          reportDir: result.reportDir,
          databaseDir: result.databaseDir,
          ...(html ? { html } : {}),
          vigie: vigieCommand(process.env),
          out: flags.out,
        })}`,
      );
    });
}

/**
 * The demo's last lines: how to open the report, list the audits, report again, browse them with `vigie serve`,
 * and run a real audit, as commands that work as typed from where the demo ran (`npx vigie` from a clone, where
 * `vigie` is not on the PATH).
 */
export function nextSteps(options: {
  reportDir: string;
  databaseDir: string;
  html?: string;
  vigie: string;
  /** The demo's --out, as typed. */
  out?: string;
}): string {
  const db = `${options.vigie} --db ${shellWord(shown(options.databaseDir))}`;
  const html = options.html ? shellWord(shown(options.html)) : undefined;
  return [
    html
      ? `Le rapport : ${html} — ouvrez-le dans un navigateur (xdg-open ${html} sous Linux, open ${html} sous macOS).`
      : `Le rapport est dans : ${shellWord(shown(options.reportDir))}`,
    'La suite, depuis ce dossier :',
    `  ${db} audits`,
    '      les audits de la démo (la base de la démo est dans ce dossier, pas dans celle de vos audits)',
    `  ${db} report --audit latest --out ${shellWord(shown(options.reportDir))}`,
    '      le rapport du dernier audit, à nouveau (HTML, Markdown, CSV, JSON)',
    `  ${db} serve`,
    '      le parcourir sur http://127.0.0.1:3000/audits/latest, avec la page de vérification d’une offre (Ctrl+C pour arrêter)',
    `  ${options.vigie} audit --sample 2000 --strata departement --out rapports`,
    '      un vrai audit de France Travail : avec FT_CLIENT_ID et FT_CLIENT_SECRET (API), sinon par le site public, plus lent',
    `  ${options.vigie} demo${options.out && options.out !== 'vigie-demo' ? ` --out ${shellWord(options.out)}` : ''}`,
    '      le « mois » suivant de la réplique : le nouveau rapport montre ce qui a changé',
    '',
  ].join('\n');
}

/** `npx vigie` when run through npm (npm run demo, npx vigie demo): `vigie` is then not on the PATH. */
export function vigieCommand(env: NodeJS.ProcessEnv): string {
  return env.npm_command || env.npm_lifecycle_event ? 'npx vigie' : 'vigie';
}

/** A path as one shell word: quoted when it holds anything a shell would split or expand. */
function shellWord(text: string): string {
  return /^[\w./@%+=:,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A path as the user would type it: relative when it is below the current folder, absolute otherwise. */
function shown(path: string): string {
  const local = relative(process.cwd(), path);
  return local === '' ? '.' : local.startsWith('..') || isAbsolute(local) ? path : local;
}
