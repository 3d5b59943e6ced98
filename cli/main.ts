import { CommanderError } from 'commander';
import { exitCodeFor, VigieError } from '../lib/errors.js';
import { getLogger, redactText } from '../lib/logger.js';
import { language, languageFrom, messages, setLanguage } from './i18n/index.js';
import { buildProgram } from './program.js';

// `vigie audits | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

setLanguage(languageFrom(process.argv.slice(2), process.env));
const program = await buildProgram(process.argv.slice(2));

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
    // Said in the CLI's language; the error's own message (French) is what logs and the web page use.
    const { message, hint } = error.saidIn(language());
    process.stderr.write(`vigie: ${redactText(message)}\n`);
    if (hint) process.stderr.write(`  → ${hint}\n`);
    return exitCodeFor(error);
  }
  getLogger('cli').error({ err: error }, 'unexpected error');
  process.stderr.write(
    `vigie: ${messages().program.unexpected(redactText(error instanceof Error ? error.message : String(error)))}\n` +
      `  → ${messages().program.unexpectedHint}\n`,
  );
  return 1;
}
