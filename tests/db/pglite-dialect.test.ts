import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../helpers/databases.js';

describe('the PGlite dialect', () => {
  it('lets a timer fire between the queries of a run, not only after the run', async () => {
    const { db } = await openTestDatabase('pglite');
    let done = 0;
    let doneWhenFired = -1;
    setTimeout(() => {
      doneWhenFired = done;
    }, 0);
    for (let i = 0; i < 100; i++) {
      await sql`select ${i}::int as n`.execute(db);
      done++;
    }
    // PGlite's work is synchronous: without a turn of the event loop between queries the timer (the crawler's
    // rate limiter's, say) would wait for all hundred.
    expect(doneWhenFired).toBeGreaterThanOrEqual(0);
    expect(doneWhenFired).toBeLessThan(100);
  });
});
