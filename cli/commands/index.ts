import type { Command } from 'commander';
import { auditsCommand } from './audits.js';
import { checkCommand } from './check.js';
import { importCommand } from './import.js';
import { serveCommand } from './serve.js';

/** Every command of the CLI, in the order `vigie --help` lists them. Each module builds its own Command. */
export const commands: Array<() => Command> = [importCommand, auditsCommand, checkCommand, serveCommand];
