import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandLoaders } from '../../cli/commands/index.js';
import { describeReplica, replicaCommand, replicaOptionsFrom } from '../../cli/commands/replica.js';
import { startReplica } from '../../replica/index.js';

const defaults = {
  port: '8080',
  host: '127.0.0.1',
  offers: '100000',
  seed: '42',
  rateLimit: '10',
  tokenTtl: '1499',
  epoch: '0',
};

describe('vigie replica', () => {
  it('is registered, with examples in its help', () => {
    expect(commandLoaders.map((entry) => entry.name)).toContain('replica');
    const help = replicaCommand().helpInformation() + replicaCommand().name();
    expect(help).toContain('--faults');
  });

  it('turns flags into options', async () => {
    const options = await replicaOptionsFrom({
      ...defaults,
      faults: 'latency=200,5xx=0.05,drift=rename',
      rateLimit: '3',
      rates: 'age_limit=0.05',
    });
    expect(options).toMatchObject({
      port: 8080,
      offers: 100000,
      seed: 42,
      rateLimit: { perSecond: 3, burst: 3 },
      faults: { latencyMs: 200, error5xx: 0.05, drift: 'rename' },
      rates: { age_limit: 0.05 },
    });
    expect((await replicaOptionsFrom({ ...defaults, rateLimit: 'off' })).rateLimit).toBe(false);
    await expect(replicaOptionsFrom({ ...defaults, port: 'eighty' })).rejects.toThrow(/port/);
    await expect(replicaOptionsFrom({ ...defaults, faults: 'nonsense=1' })).rejects.toThrow(/faults/);
    await expect(replicaOptionsFrom({ ...defaults, rates: 'age_limit=2' })).rejects.toThrow(/rates/);
  });

  it('prints its URLs and credentials, and writes the truth file', async () => {
    const replica = await startReplica({ offers: 300, seed: 1 });
    try {
      const text = describeReplica(replica);
      expect(text).toContain(`FT_API_URL=${replica.apiUrl}`);
      expect(text).toContain('FT_CLIENT_ID=vigie-demo');
      expect(text).toContain('FT_CLIENT_SECRET=vigie-demo-secret');
      const file = join(mkdtempSync(join(tmpdir(), 'vigie-replica-')), 'truth.jsonl');
      await replica.writeTruth(file);
      const lines = readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string });
      expect(lines).toHaveLength(300);
      expect(lines[7]).toEqual(replica.truth(lines[7]!.id));
    } finally {
      await replica.close();
    }
  });
});
