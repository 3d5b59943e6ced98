import type { Command } from 'commander';

/** Every command of the CLI, in the order `vigie --help` lists them. Each module builds its own Command. */
export const commands: Array<() => Command> = [];
