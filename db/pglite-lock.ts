import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseError } from '../lib/errors.js';
import { DB_MESSAGES } from './messages.js';

export interface LockOptions {
  /** How long to wait for a holder that will finish on its own (an import, a report). @default 10000 */
  waitMs?: number;
  /**
   * This process keeps the folder for its whole life (`vigie serve`): another opener is told at once who holds it,
   * rather than waiting for a release that will not come.
   */
  longLived?: boolean;
}

/** What a lock file says of its holder. Older Vigie versions wrote the pid alone. */
interface LockOwner {
  pid: number;
  command: string | null;
  longLived: boolean;
  since: string | null;
}

/**
 * PGlite is one Postgres backend inside this process: a second process opening the same folder would corrupt it.
 * A lock file beside the folder (holding the owner's pid, command line and start time) keeps it to one process; a
 * lock left by a process that died (kill -9) is taken over. A holder that keeps the folder for its life
 * (`vigie serve`) is named at once; another one is waited for `waitMs`, then named.
 */
export async function lockDataDir(dataDir: string, options: LockOptions | number = {}): Promise<() => void> {
  const { waitMs = 10_000, longLived = false } = typeof options === 'number' ? { waitMs: options } : options;
  const lockPath = `${dataDir}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  const deadline = Date.now() + waitMs;
  const content = JSON.stringify({
    pid: process.pid,
    command: commandLine(),
    longLived,
    since: new Date().toISOString(),
  });
  for (;;) {
    try {
      writeFileSync(lockPath, content, { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(lockPath, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(lockPath);
    if (owner === null || !isAlive(owner.pid)) {
      rmSync(lockPath, { force: true });
      continue;
    }
    if (owner.longLived || Date.now() > deadline) throw heldBy(dataDir, owner);
    await sleep(200);
  }
}

function heldBy(dataDir: string, owner: LockOwner): DatabaseError {
  return new DatabaseError(
    DB_MESSAGES.folderInUse({
      dataDir,
      pid: owner.pid,
      command: owner.command,
      since: owner.since,
      longLived: owner.longLived,
    }),
  );
}

/** "vigie serve --port 3000": the command as its user typed it, without the runtime's own arguments. */
function commandLine(): string {
  const script = process.argv[1] ? basename(process.argv[1]) : '';
  const args = process.argv.slice(2).join(' ');
  return /^(vigie|main)(\.[cm]?[jt]s)?$/.test(script) ? `vigie ${args}`.trim() : `${script} ${args}`.trim();
}

function readOwner(lockPath: string): LockOwner | null {
  let text: string;
  try {
    text = readFileSync(lockPath, 'utf8').trim();
  } catch {
    return null;
  }
  if (/^\d+$/.test(text)) return { pid: Number(text), command: null, longLived: false, since: null };
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    const pid = Number(parsed.pid);
    if (!Number.isInteger(pid) || pid <= 0) return null;
    return {
      pid,
      command: typeof parsed.command === 'string' ? parsed.command.slice(0, 200) : null,
      longLived: parsed.longLived === true,
      since: typeof parsed.since === 'string' ? parsed.since : null,
    };
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
