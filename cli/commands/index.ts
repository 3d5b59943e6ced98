import type { Command } from 'commander';
import { auditCommand } from './audit.js';
import { auditsCommand } from './audits.js';
import { checkCommand } from './check.js';
import { classifyCommand } from './classify.js';
import { crawlCommand } from './crawl.js';
import { demoCommand } from './demo.js';
import { importCommand } from './import.js';
import { replicaCommand } from './replica.js';
import { reportCommand } from './report.js';
import { scheduleCommand } from './schedule.js';
import { serveCommand } from './serve.js';
import { validateCommand } from './validate.js';

/** Every command of the CLI, in the order `vigie --help` lists them. Each module builds its own Command. */
export const commands: Array<() => Command> = [
  demoCommand,
  auditCommand,
  crawlCommand,
  importCommand,
  classifyCommand,
  reportCommand,
  auditsCommand,
  validateCommand,
  checkCommand,
  serveCommand,
  scheduleCommand,
  replicaCommand,
];
