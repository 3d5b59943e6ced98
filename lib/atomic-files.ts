import { randomBytes } from 'node:crypto';
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Files written whole or not at all: each is written under a hidden temporary name in the same folder (so that
 * the rename stays on one file system), and `commit` renames them all into place once every one is complete.
 * A process killed before that leaves the previous files untouched; `discard` removes the temporary files of a
 * failed run, and `sweepStaleTemporaries` those a killed process left behind.
 */
export class AtomicFiles {
  private readonly staged: Array<{ temp: string; final: string }> = [];

  /** The temporary path to write `final`'s content to. */
  stage(final: string): string {
    const temp = join(
      dirname(final),
      `.${basename(final)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
    );
    this.staged.push({ temp, final });
    return temp;
  }

  /** Renames every staged file into place, in the order staged. */
  async commit(): Promise<void> {
    for (const { temp, final } of this.staged.splice(0)) await rename(temp, final);
  }

  /** Removes what is still staged (a failed or interrupted run). Never throws. */
  async discard(): Promise<void> {
    await Promise.all(this.staged.splice(0).map(({ temp }) => rm(temp, { force: true }).catch(() => {})));
  }
}

/** Removes the temporary files left in `folder` by processes that are no longer running (killed mid-write). */
export async function sweepStaleTemporaries(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const match = TEMP.exec(name);
    if (!match || isAlive(Number(match[2]))) continue;
    await rm(join(folder, name), { force: true }).catch(() => {});
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
