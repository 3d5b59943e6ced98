import { DuplicateIndex } from '../classifiers/duplicates/duplicate-index.js';
import {
  type OfferSignature,
  SIGNATURE_BINS,
  signatureOf,
  similarity,
  TITLE_WORDS,
  wordSetSimilarity,
} from '../classifiers/duplicates/offer-signature.js';
import { combine, hashString } from '../classifiers/engine/hash32.js';
import { normaliseText } from '../classifiers/engine/normalise.js';
import type { Offer } from '../model/offer.js';
import type { Benchmark } from './benchmark.js';
import { ensureOfferCache, readOfferCache } from './helpers/offer-cache.js';
import { secondsSince } from './helpers/offers.js';

/** The subset the quadratic baseline runs on: 10,000 offers are 50 million pairs. */
const PAIRWISE_SUBSET = 10_000;

/**
 * Near-duplicate clustering of the whole audit as the classify stage does it: a signature per offer (streamed,
 * so no offer stays in memory), then LSH clustering. Timed: signatures and clustering; reading the offers from the
 * cache is not (in an audit they stream from the database while the other classifiers run).
 * Side by side, in the same process: the exact-hash baseline over every offer (fast, but blind to edited copies)
 * and the pairwise baseline on a 10,000-offer subset, extrapolated quadratically to the full scale.
 */
export const benchmark: Benchmark = {
  name: 'dedup',
  measures: 'near-duplicate clustering, wall time',
  unit: 's',
  target: { value: 60, kind: 'atMost' },
  defaultScale: 1_000_000,
  async run({ scale, seed }) {
    const folder = await ensureOfferCache(scale, seed);
    const index = new DuplicateIndex();
    const subset: OfferSignature[] = [];
    const exact = new Map<number, number>();
    let signatureSeconds = 0;
    // CPU time of the timed work (the loops are synchronous: nothing else runs meanwhile), for a shared machine.
    let cpuMicros = 0;
    let exactSeconds = 0;
    let offers = 0;
    for await (const chunk of readOfferCache(folder)) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      for (const { offer } of chunk) {
        const signature = signatureOf(offer);
        index.addSignature(signature);
        if (subset.length < PAIRWISE_SUBSET) subset.push(signature);
      }
      cpuMicros += cpuSince(cpu);
      signatureSeconds += secondsSince(started);
      const exactStarted = performance.now();
      for (const { offer } of chunk) {
        const key = exactKey(offer);
        exact.set(key, (exact.get(key) ?? 0) + 1);
      }
      exactSeconds += secondsSince(exactStarted);
      offers += chunk.length;
    }
    const signatureCpuMicros = cpuMicros;
    const clustered = performance.now();
    const clusterCpu = process.cpuUsage();
    const clusters = index.cluster();
    cpuMicros += cpuSince(clusterCpu);
    const clusterSeconds = secondsSince(clustered);
    const memberCount = clusters.reduce((sum, cluster) => sum + cluster.members.length, 0);
    let exactCopies = 0;
    for (const count of exact.values()) exactCopies += count - 1;

    // The same subset both ways: the quadratic baseline, and the index.
    const pairwiseStarted = performance.now();
    const pairwiseLinks = pairwise(subset);
    const pairwiseSeconds = secondsSince(pairwiseStarted);
    const subsetStarted = performance.now();
    const subsetIndex = new DuplicateIndex();
    for (const signature of subset) subsetIndex.addSignature(signature);
    const subsetClusters = subsetIndex.cluster();
    const subsetSeconds = secondsSince(subsetStarted);
    const subsetCopies = subsetClusters.reduce((sum, cluster) => sum + cluster.members.length - 1, 0);

    const total = signatureSeconds + clusterSeconds;
    const pairwiseExtrapolated = pairwiseSeconds * (offers / subset.length) ** 2;
    return {
      value: total,
      extra: {
        offers,
        signatureSeconds,
        clusterSeconds,
        signaturesPerCpuSecond: offers / (signatureCpuMicros / 1e6),
        offersPerCpuSecond: offers / (cpuMicros / 1e6),
        clusters: clusters.length,
        copiesFound: memberCount - clusters.length,
        exactOnlySeconds: exactSeconds,
        exactOnlyCopiesFound: exactCopies,
        pairwiseSubsetSeconds: pairwiseSeconds,
        pairwiseSubsetCopiesFound: pairwiseLinks,
        indexSubsetSeconds: subsetSeconds,
        indexSubsetCopiesFound: subsetCopies,
        pairwiseExtrapolatedSeconds: pairwiseExtrapolated,
        speedupOverPairwise: pairwiseExtrapolated / total,
        costOverExactOnly: total / exactSeconds,
      },
    };
  },
};

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

/** What the exact baseline groups by: the normalised text and the place (as the index's exact pass does). */
function exactKey(offer: Offer): number {
  const text = `${normaliseText(offer.title)}\n${normaliseText(offer.description)}`;
  const place = offer.place.commune ?? offer.place.departement ?? offer.place.label ?? '';
  return combine(combine(hashString(text), hashString(text, 0x1b873593)), hashString(place));
}

/**
 * Every pair compared with the index's own tests (same place, employers and contracts compatible, text and title
 * similarity at the default thresholds, or one appellation named two ways), linked with union-find. Returns the copies found (members − clusters).
 */
function pairwise(signatures: readonly OfferSignature[]): number {
  const n = signatures.length;
  const text = new Uint16Array(n * SIGNATURE_BINS);
  const title = new Uint32Array(n * TITLE_WORDS);
  signatures.forEach((signature, i) => {
    text.set(signature.text, i * SIGNATURE_BINS);
    title.set(signature.title, i * TITLE_WORDS);
  });
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  let links = 0;
  for (let i = 0; i < n; i++) {
    const a = signatures[i]!;
    for (let j = 0; j < i; j++) {
      const b = signatures[j]!;
      if (a.place !== b.place) continue;
      if (a.employer !== 0 && b.employer !== 0 && a.employer !== b.employer) continue;
      if (a.contract !== 0 && b.contract !== 0 && a.contract !== b.contract) continue;
      const textSimilarity = similarity(text, text, i * SIGNATURE_BINS, j * SIGNATURE_BINS, SIGNATURE_BINS);
      if (textSimilarity < 0.8) continue;
      // Titles: the same words, or one ROME appellation named two ways over near-identical texts.
      const sameAppellation =
        textSimilarity >= 0.9 &&
        a.appellation !== 0 &&
        a.appellation === b.appellation &&
        a.titleRest === b.titleRest;
      if (!sameAppellation && wordSetSimilarity(title, title, i * TITLE_WORDS, j * TITLE_WORDS) < 0.8)
        continue;
      const ri = find(i);
      const rj = find(j);
      if (ri !== rj) {
        parent[Math.max(ri, rj)] = Math.min(ri, rj);
        links++;
      }
    }
  }
  return links;
}
