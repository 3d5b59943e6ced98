import type { Command } from 'commander';
import { auditsCommand } from './audits.js';
import { checkCommand } from './check.js';
import { classifyCommand } from './classify.js';
import { crawlCommand } from './crawl.js';
import { importCommand } from './import.js';
import { replicaCommand } from './replica.js';
import { reportCommand } from './report.js';
import { serveCommand } from './serve.js';
import { validateCommand } from './validate.js';

/** Every command of the CLI, in the order `vigie --help` lists them. Each module builds its own Command. */
export const commands: Array<() => Command> = [
  crawlCommand,
  importCommand,
  classifyCommand,
  auditsCommand,
  reportCommand,
  validateCommand,
  checkCommand,
  serveCommand,
  replicaCommand,
];
