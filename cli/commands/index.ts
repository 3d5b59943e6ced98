import type { Command } from 'commander';

/**
 * Every command of the CLI, in the order `vigie --help` lists them. Each is loaded only when needed: `vigie check
 * --file` must answer in well under a second, and loading every command would load PGlite, pg, cheerio and the
 * replica first.
 */
export const commandLoaders: ReadonlyArray<{ name: string; load: () => Promise<Command> }> = [
  { name: 'demo', load: async () => (await import('./demo.js')).demoCommand() },
  { name: 'audit', load: async () => (await import('./audit.js')).auditCommand() },
  { name: 'crawl', load: async () => (await import('./crawl.js')).crawlCommand() },
  { name: 'import', load: async () => (await import('./import.js')).importCommand() },
  { name: 'classify', load: async () => (await import('./classify.js')).classifyCommand() },
  { name: 'report', load: async () => (await import('./report.js')).reportCommand() },
  { name: 'audits', load: async () => (await import('./audits.js')).auditsCommand() },
  { name: 'validate', load: async () => (await import('./validate.js')).validateCommand() },
  { name: 'check', load: async () => (await import('./check.js')).checkCommand() },
  { name: 'serve', load: async () => (await import('./serve.js')).serveCommand() },
  { name: 'schedule', load: async () => (await import('./schedule.js')).scheduleCommand() },
  { name: 'replica', load: async () => (await import('./replica.js')).replicaCommand() },
];

/** Global options that take a value: their value is not the command's name. */
const OPTIONS_WITH_VALUES = new Set(['--db', '--log-level', '--log-format', '--lang']);

/** The commands to load for these arguments: the one named, or all of them (for help and mistakes). */
export async function loadCommands(argv: readonly string[]): Promise<Command[]> {
  let name: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (OPTIONS_WITH_VALUES.has(argument)) index++;
    else if (!argument.startsWith('-')) {
      name = argument;
      break;
    }
  }
  const named = commandLoaders.find((entry) => entry.name === name);
  return Promise.all((named ? [named] : commandLoaders).map((entry) => entry.load()));
}
