import type { Command } from 'commander';
import type { LogLevel } from '../lib/logger.js';

/** Options every command accepts, set on the root program: `vigie --db PATH --log-level debug <command>`. */
export interface GlobalOptions {
  /** PGlite data folder; ignored when DATABASE_URL is set. */
  db?: string;
  logLevel?: LogLevel;
}

export function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}
