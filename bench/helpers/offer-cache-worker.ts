import { workerData } from 'node:worker_threads';
import { parseApiOffer } from '../../model/from-api-offer.js';
import { Corpus } from '../../replica/index.js';
import { writeLines } from './offer-cache.js';
import { OFFLINE_BASE_URL } from './offers.js';

/** One half of the offer cache: offers `start`…`end - 1`, normalised, with their duplicate truth. */
const { scale, seed, start, end, path } = workerData as {
  scale: number;
  seed: number;
  start: number;
  end: number;
  path: string;
};
const corpus = new Corpus({ offers: scale, seed });

function* lines(): Generator<string> {
  for (let index = start; index < end; index++) {
    const parsed = parseApiOffer(corpus.offer(index, OFFLINE_BASE_URL));
    if (!parsed.ok) continue;
    // The truth's `duplicateOf`, read from the offer's plan as Corpus.truth reads it (the whole truth would write
    // the offer again): the offer copied, which is not the plan's root for a copy of a sibling (its root is the
    // sibling's first ad, another post).
    const plan = corpus.plan(index);
    yield `${JSON.stringify([parsed.offer, plan.duplicate ? corpus.idOf(plan.copyOf ?? plan.root) : null])}\n`;
  }
}

await writeLines(path, lines());
