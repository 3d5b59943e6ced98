import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addCrawlSelectionOptions,
  type CrawlFlags,
  crawlOptionsFromFlags,
} from '../../cli/commands/crawl.js';

/** The flags `vigie crawl` (and `audit`, `schedule`) would get from these arguments and the environment. */
function parsed(args: string[]): CrawlFlags {
  const command = addCrawlSelectionOptions(new Command('crawl'))
    .exitOverride()
    .configureOutput({ writeErr: () => {} })
    .action(() => {});
  command.parse(args, { from: 'user' });
  return command.opts<CrawlFlags>();
}

describe('the first backoff before a retry (--backoff-ms, VIGIE_BACKOFF_MS)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is the crawler’s own default when neither is given', () => {
    vi.stubEnv('VIGIE_BACKOFF_MS', undefined);
    expect(crawlOptionsFromFlags(parsed(['--census']), {})).not.toHaveProperty('baseDelayMs');
  });

  it('reaches the crawler from the flag, and from the environment', () => {
    vi.stubEnv('VIGIE_BACKOFF_MS', undefined);
    expect(crawlOptionsFromFlags(parsed(['--census', '--backoff-ms', '20']), {}).baseDelayMs).toBe(20);
    vi.stubEnv('VIGIE_BACKOFF_MS', '35');
    expect(crawlOptionsFromFlags(parsed(['--census']), {}).baseDelayMs).toBe(35);
    // The flag wins over the environment, as commander's other `.env()` options do.
    expect(crawlOptionsFromFlags(parsed(['--census', '--backoff-ms', '7']), {}).baseDelayMs).toBe(7);
  });

  it('refuses a value that is not a positive whole number of milliseconds', () => {
    vi.stubEnv('VIGIE_BACKOFF_MS', undefined);
    expect(() => parsed(['--census', '--backoff-ms', '0'])).toThrow(/--backoff-ms/);
    expect(() => parsed(['--census', '--backoff-ms', 'vite'])).toThrow(/--backoff-ms/);
  });
});
