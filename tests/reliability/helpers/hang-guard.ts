import { Worker } from 'node:worker_threads';
import { machineSlowness } from '../../helpers/machine-speed.js';

export { machineSlowness };

/** Work that might hang on hostile input, described as data so that a worker thread can do it. */
export type GuardedJob =
  | { kind: 'regex'; source: string; flags: string; text: string }
  | { kind: 'rule'; ruleId: string; text: string; sample: unknown }
  | { kind: 'classify'; text: string; sample: unknown }
  | { kind: 'mask'; text: string; names: string[] }
  | { kind: 'labels'; text: string }
  | { kind: 'pages'; parser: 'detail' | 'partner' | 'search'; text: string };

/**
 * Runs jobs in a worker thread and gives each `limitMs` of wall-clock time (scaled by the machine's measured
 * slowness): a regex that backtracks catastrophically never returns, and only terminating its thread stops it. A
 * job over its limit is run once more in a fresh worker (a moment of load does not strike twice; a real hang
 * does); over its limit again, it rejects (naming the job), and the worker is replaced, so one hang does not hide
 * the next.
 */
export class HangGuard {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private nextId = 0;
  readonly limitMs: number;

  constructor(baseLimitMs: number, slowness = machineSlowness()) {
    this.limitMs = Math.round(baseLimitMs * slowness);
  }

  private start(): Promise<void> {
    const worker = new Worker(new URL('./hang-guard-boot.mjs', import.meta.url));
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (message: { ready?: boolean }) => {
        if (!message.ready) return;
        worker.off('message', onMessage);
        resolve();
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    return this.ready;
  }

  /** Resolves with the job's duration in milliseconds; rejects if it throws or outlives the limit twice. */
  async run(job: GuardedJob, what: string): Promise<number> {
    try {
      return await this.runOnce(job, what);
    } catch (error) {
      if (!(error instanceof HangTimeout)) throw error;
      return this.runOnce(job, `${what} (second try)`);
    }
  }

  private async runOnce(job: GuardedJob, what: string): Promise<number> {
    if (!this.worker) await this.start();
    else await this.ready;
    const worker = this.worker!;
    const id = this.nextId++;
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.off('message', onMessage);
        this.worker = undefined;
        void worker.terminate();
        reject(
          new HangTimeout(
            `${what}: still running after ${this.limitMs} ms, a hang (catastrophic backtracking?)`,
          ),
        );
      }, this.limitMs);
      const onMessage = (message: { id?: number; ms?: number; error?: string }) => {
        if (message.id !== id) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        if (message.error !== undefined) reject(new Error(`${what}: threw ${message.error}`));
        else resolve(message.ms ?? 0);
      };
      worker.on('message', onMessage);
      worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}

class HangTimeout extends Error {}
