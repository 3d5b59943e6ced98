import type { Command } from 'commander';
import { auditsCommand } from './audits.js';
import { importCommand } from './import.js';

/** Every command of the CLI, in the order `vigie --help` lists them. Each module builds its own Command. */
export const commands: Array<() => Command> = [importCommand, auditsCommand];
