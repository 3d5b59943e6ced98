import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { ReplicaOptions } from '../../replica/index.js';

/** What the replica's request log says, as its process prints it. Times are on the replica's own clock. */
export interface ReplicaLogSummary {
  requests: number;
  byRoute: Record<string, number>;
  rejected429: number;
  /** The most calls the API's rate limiter counts in any one-second window (the token endpoint left out). */
  maxRatePerSecond: number;
  /** The same, every route counted (the token endpoint included). */
  maxRatePerSecondAllRoutes: number;
  firstMs: number;
  lastMs: number;
}

/** Every request's arrival, by route: `timeOrigin + time` is on the epoch clock that other processes share. */
export interface ReplicaArrivals {
  timeOrigin: number;
  byRoute: Record<string, number[]>;
}

export interface ReplicaChild {
  pid: number;
  url: string;
  apiUrl: string;
  tokenUrl: string;
  siteUrl: string;
  stats(): Promise<ReplicaLogSummary>;
  arrivals(): Promise<ReplicaArrivals>;
  /** CPU seconds the replica's process has used so far (Linux /proc). */
  cpuSeconds(): number;
  close(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./replica-process.ts', import.meta.url));

/** A replica in a child process (see replica-process.ts). Options must be JSON (no functions). */
export async function startReplicaChild(options: ReplicaOptions): Promise<ReplicaChild> {
  const child: ChildProcessByStdio<Writable, Readable, null> = spawn(
    process.execPath,
    ['--max-old-space-size=4096', '--import', 'tsx', SCRIPT, JSON.stringify(options)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines: string[] = [];
  const waiters: Array<(line: string) => void> = [];
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      const waiter = waiters.shift();
      if (waiter) waiter(line);
      else lines.push(line);
    }
  });
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      const ready = lines.shift();
      if (ready !== undefined) return resolve(ready);
      waiters.push(resolve);
      child.once('exit', (code) => reject(new Error(`the replica process exited with ${code}`)));
    });
  const urls = JSON.parse(await nextLine()) as Pick<ReplicaChild, 'url' | 'apiUrl' | 'tokenUrl' | 'siteUrl'>;
  return {
    ...urls,
    pid: child.pid ?? 0,
    cpuSeconds: () => processCpuSeconds(child.pid ?? 0),
    async stats() {
      child.stdin.write('stats\n');
      return JSON.parse(await nextLine()) as ReplicaLogSummary;
    },
    async arrivals() {
      child.stdin.write('times\n');
      return JSON.parse(await nextLine()) as ReplicaArrivals;
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** utime + stime of a process, from /proc/PID/stat (in clock ticks, 100 a second on Linux). */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}
