import { Command, CommanderError, Option } from 'commander';
import { exitCodeFor, VigieError } from '../lib/errors.js';
import { configureLogger, getLogger, redactText } from '../lib/logger.js';
import { loadCommands } from './commands/index.js';

// `vigie audits | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const program = new Command('vigie')
  .description(
    "Audit France Travail's job offers: crawl the listings, flag illegal, misleading and poor offers with " +
      'the quoted evidence and the legal article, and publish a report with honest statistics.',
  )
  .version(process.env.npm_package_version ?? '0.1.0')
  .option(
    '--db <path>',
    'embedded database folder (PGlite); ignored when DATABASE_URL is set (env: VIGIE_DB)',
  )
  .addOption(
    new Option('--log-level <level>', 'how much to log on stderr')
      .choices(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default(process.env.VIGIE_LOG_LEVEL ?? 'info'),
  )
  .hook('preAction', (_program, action) => {
    configureLogger({ level: action.optsWithGlobals().logLevel });
  })
  .addHelpText(
    'after',
    `
Examples:
  $ vigie demo                                  audit a local replica of France Travail, end to end
  $ vigie import offers.jsonl                   load offers saved from the API into a new audit
  $ vigie audits                                list audits with their counts

Environment:
  DATABASE_URL     use this PostgreSQL server instead of the embedded database
  VIGIE_DB         embedded database folder (default: ~/.local/share/vigie/db)
  FT_CLIENT_ID, FT_CLIENT_SECRET   France Travail API credentials (without them, the public website is used)`,
  );

for (const command of await loadCommands(process.argv.slice(2))) program.addCommand(command);
configureErrors(program);

/** Commander copies these settings only to commands made with `.command()`; added ones need them set too. */
function configureErrors(command: Command): void {
  command.exitOverride();
  command.showHelpAfterError('(run the command with --help to see its options and examples)');
  for (const sub of command.commands) configureErrors(sub);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = report(error);
}

function report(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander already printed its message (or the help); only the exit code is left to set.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof VigieError) {
    process.stderr.write(`vigie: ${redactText(error.message)}\n`);
    if (error.hint) process.stderr.write(`  → ${error.hint}\n`);
    return exitCodeFor(error);
  }
  getLogger('cli').error({ err: error }, 'unexpected error');
  process.stderr.write(
    `vigie: unexpected error: ${redactText(error instanceof Error ? error.message : String(error))}\n` +
      '  → run again with --log-level debug, and report it with the log if it persists.\n',
  );
  return 1;
}
