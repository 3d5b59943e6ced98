import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseError } from '../lib/errors.js';

/**
 * PGlite is one Postgres backend inside this process: a second process opening the same folder would corrupt it.
 * A lock file beside the folder (holding the owner's pid) keeps it to one process; a lock left by a process that
 * died (kill -9) is taken over.
 */
export async function lockDataDir(dataDir: string, waitMs = 10_000): Promise<() => void> {
  const lockPath = `${dataDir}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
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
    if (owner === null || !isAlive(owner)) {
      rmSync(lockPath, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new DatabaseError(
        `the embedded database ${dataDir} is in use by another Vigie process (pid ${owner})`,
        'wait for it to finish, or set DATABASE_URL to a PostgreSQL server to run several processes at once',
      );
    }
    await sleep(200);
  }
}

function readOwner(lockPath: string): number | null {
  try {
    const pid = Number(readFileSync(lockPath, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
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
