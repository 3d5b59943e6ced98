import type { DuplicateCluster } from '../../model/duplicate-cluster.js';
import type { Flag } from '../../model/flag.js';
import type { Offer } from '../../model/offer.js';
import * as hash32 from '../engine/hash32.js';
import { flagOf } from '../rule.js';
import { duplicateRules } from '../rules/duplicate.js';
import {
  FACT_WORDS,
  factsDiffer,
  type OfferSignature,
  SIGNATURE_BINS,
  signatureOf,
  TITLE_WORDS,
  titlesNameOneJob,
  wordSetSimilarity,
} from './offer-signature.js';

export type { DuplicateCluster };

export interface DuplicateOptions {
  /** Minimum share of agreeing MinHash bins of the descriptions (≈ Jaccard of word 3-shingles). Default 0.8. */
  textThreshold?: number;
  /** Minimum Jaccard similarity of the titles' words: different jobs sharing an employer's boilerplate differ here. Default 0.8. */
  titleThreshold?: number;
  /**
   * Titles may name the job differently when both offers are filed under one ROME appellation, their titles leave
   * the same words once the appellation's are set aside, and their descriptions agree at least this much (share of
   * MinHash bins). Default 0.9.
   */
  appellationTextThreshold?: number;
  /** Pairs compared per LSH bucket and member, so one huge bucket (a template) cannot make the run quadratic. Default 40. */
  bucketComparisons?: number;
  /**
   * A copy that wraps the same text in more words (another partner's company blurb): the share of the shorter
   * description's shingles the longer one holds, estimated from the MinHash and the two sizes, for offers of one
   * place with the same title. Default 0.95.
   */
  containmentThreshold?: number;
  /**
   * Seconds within which one employer re-posting a near-identical text (share of bins ≥ repostTextThreshold) at one
   * place, for one contract, is correcting its post (a new title) rather than opening a second job. Default 60.
   */
  repostSeconds?: number;
  repostTextThreshold?: number;
  /**
   * A copy under another title, through another feed (another partner's layout and title): one named employer,
   * one place,
   * one contract, descriptions that agree at least `retitledTextThreshold` (share of bins) with the shorter held at
   * least `retitledContainment` in the longer, no name or period apart, and titles that name one job in two ways
   * (titlesNameOneJob). Defaults 0.6 and 0.75.
   */
  retitledTextThreshold?: number;
  retitledContainment?: number;
}

const combine = hash32.combine;

/** 16 bands of 4 rows: pairs above ≈ 0.5 similarity become candidates, then are checked against the thresholds. */
const BANDS = 16;
const ROWS = SIGNATURE_BINS / BANDS;
/** A wrapped copy still shares this share of bins with its original (a text and a blurb as long). */
const WRAPPED_MIN_JACCARD = 0.35;
/** And the wrapped text is a real description, not three lines any offer holds. */
const WRAPPED_MIN_SHINGLES = 40;

/**
 * Finds the same job published more than once, across a whole audit. Add offers (or their signatures) one at a
 * time, then cluster: memory is a few hundred bytes per offer in typed arrays, so a million offers fit in a few
 * hundred megabytes, and no offer needs to stay in memory.
 */
export class DuplicateIndex {
  #size = 0;
  #ids: string[] = [];
  #created = new Float64Array(1024);
  #exactHi = new Uint32Array(1024);
  #exactLo = new Uint32Array(1024);
  #place = new Uint32Array(1024);
  #employer = new Uint32Array(1024);
  #contract = new Uint32Array(1024);
  #source = new Uint32Array(1024);
  #text = new Uint16Array(1024 * SIGNATURE_BINS);
  #title = new Uint32Array(1024 * TITLE_WORDS);
  #appellation = new Uint32Array(1024);
  #titleRest = new Uint32Array(1024);
  #shingles = new Uint32Array(1024);
  #facts = new Uint32Array(1024 * FACT_WORDS);
  /** Ids already added: the same offer read twice is one offer, never its own copy. */
  readonly #seen = new Set<string>();
  readonly #options: Required<DuplicateOptions>;
  #rootEmployer = new Uint32Array(0);
  #rootContract = new Uint32Array(0);

  constructor(options: DuplicateOptions = {}) {
    this.#options = {
      textThreshold: 0.8,
      titleThreshold: 0.8,
      appellationTextThreshold: 0.9,
      bucketComparisons: 40,
      containmentThreshold: 0.95,
      repostSeconds: 60,
      repostTextThreshold: 0.95,
      retitledTextThreshold: 0.6,
      retitledContainment: 0.75,
      ...options,
    };
  }

  get size(): number {
    return this.#size;
  }

  add(offer: Offer): void {
    this.addSignature(signatureOf(offer));
  }

  addSignature(signature: OfferSignature): void {
    if (this.#seen.has(signature.id)) return;
    this.#seen.add(signature.id);
    if (this.#size === this.#created.length) this.#grow();
    const at = this.#size++;
    this.#ids.push(signature.id);
    this.#created[at] = signature.createdAt;
    this.#exactHi[at] = signature.exactHi;
    this.#exactLo[at] = signature.exactLo;
    this.#place[at] = signature.place;
    this.#employer[at] = signature.employer;
    this.#contract[at] = signature.contract;
    this.#source[at] = signature.source;
    this.#text.set(signature.text, at * SIGNATURE_BINS);
    this.#title.set(signature.title, at * TITLE_WORDS);
    this.#appellation[at] = signature.appellation;
    this.#titleRest[at] = signature.titleRest;
    this.#shingles[at] = signature.shingles;
    this.#facts.set(signature.facts, at * FACT_WORDS);
  }

  #grow(): void {
    const capacity = this.#created.length * 2;
    const grow = <T extends Float64Array | Uint32Array | Uint16Array>(array: T, factor = 1): T => {
      const next = new (array.constructor as new (length: number) => T)(capacity * factor);
      next.set(array);
      return next;
    };
    this.#created = grow(this.#created);
    this.#exactHi = grow(this.#exactHi);
    this.#exactLo = grow(this.#exactLo);
    this.#place = grow(this.#place);
    this.#employer = grow(this.#employer);
    this.#contract = grow(this.#contract);
    this.#source = grow(this.#source);
    this.#text = grow(this.#text, SIGNATURE_BINS);
    this.#title = grow(this.#title, TITLE_WORDS);
    this.#appellation = grow(this.#appellation);
    this.#titleRest = grow(this.#titleRest);
    this.#shingles = grow(this.#shingles);
    this.#facts = grow(this.#facts, FACT_WORDS);
  }

  /** Groups the copies. Offers with no copy are in no cluster. */
  cluster(): DuplicateCluster[] {
    const n = this.#size;
    const parent = new Int32Array(n);
    for (let i = 0; i < n; i++) parent[i] = i;
    // A cluster's employer and contract, so an anonymous copy cannot join two different employers' jobs.
    this.#rootEmployer = this.#employer.slice(0, n);
    this.#rootContract = this.#contract.slice(0, n);
    const exactLinked = new Uint8Array(n);
    this.#linkExact(parent, exactLinked);
    this.#linkNear(parent);
    // Near matching switched off (a threshold above 1) switches this off too.
    if (this.#options.textThreshold <= 1 && this.#options.containmentThreshold <= 1)
      this.#linkWrapped(parent);
    return this.#collect(parent, exactLinked);
  }

  #linkExact(parent: Int32Array, exactLinked: Uint8Array): void {
    const first = new Map<number, number>();
    const next = new Int32Array(this.#size).fill(-1);
    for (let i = 0; i < this.#size; i++) {
      // The same text in another place is another position (one employer hiring in several towns), not a copy.
      const key = combine(combine(this.#exactHi[i]!, this.#exactLo[i]!), this.#place[i]!);
      const head = first.get(key);
      if (head === undefined) {
        first.set(key, i);
        continue;
      }
      for (let j = head; j >= 0; j = next[j]!) {
        if (
          this.#exactHi[j] === this.#exactHi[i] &&
          this.#exactLo[j] === this.#exactLo[i] &&
          this.#place[j] === this.#place[i] &&
          this.#employersAgree(i, j)
        ) {
          if (this.#union(parent, i, j)) {
            exactLinked[i] = 1;
            exactLinked[j] = 1;
            break;
          }
        }
      }
      next[i] = next[head]!;
      next[head] = i;
    }
  }

  #linkNear(parent: Int32Array): void {
    const n = this.#size;
    const text = this.#text;
    const limit = this.#options.bucketComparisons;
    const next = new Int32Array(n);
    // Each band's buckets in an open-addressing table of typed arrays (key → latest member), reused across
    // bands: a Map of a million numbers per band cost more than all the comparisons together.
    let capacity = 1024;
    while (capacity < n * 2) capacity *= 2;
    const mask = capacity - 1;
    const keys = new Uint32Array(capacity);
    const heads = new Int32Array(capacity);
    for (let band = 0; band < BANDS; band++) {
      heads.fill(-1);
      for (let i = 0; i < n; i++) {
        const base = i * SIGNATURE_BINS + band * ROWS;
        let key = combine(this.#place[i]!, band);
        for (let row = 0; row < ROWS; row += 2)
          key = combine(key, (text[base + row]! << 16) | text[base + row + 1]!);
        key >>>= 0;
        let slot = key & mask;
        while (heads[slot] !== -1 && keys[slot] !== key) slot = (slot + 1) & mask;
        next[i] = heads[slot]!;
        keys[slot] = key;
        heads[slot] = i;
        let compared = 0;
        for (let j = next[i]!; j >= 0 && compared < limit; j = next[j]!, compared++) {
          if (find(parent, i) === find(parent, j)) continue;
          if (this.#place[i] !== this.#place[j] || !this.#employersAgree(i, j)) continue;
          const text = this.#textSimilarity(i, j);
          if (text < this.#options.textThreshold) {
            // Below a near copy's similarity, only the employer ties two texts: an anonymous side leaves two
            // employers' posts built from one template (same job, same town) linked by their common paragraphs.
            if (
              text >= this.#options.retitledTextThreshold &&
              this.#employer[i] !== 0 &&
              this.#employer[j] !== 0 &&
              this.#retitled(i, j)
            )
              this.#union(parent, i, j);
            continue;
          }
          // Within a minute, one employer re-posting its text is correcting it (a new title, a new heading).
          if (this.#reposted(i, j, text)) this.#union(parent, i, j);
          else if (!this.#factsDiffer(i, j) && (this.#titlesAgree(i, j, text) || this.#retitled(i, j)))
            this.#union(parent, i, j);
        }
      }
    }
  }

  /**
   * Copies that wrap one text in more words: offers of one place with the same title words, bucketed by those, whose
   * shorter description the longer holds almost whole (the same post through a job board and the employer's own
   * listing with its group presentation).
   */
  #linkWrapped(parent: Int32Array): void {
    const n = this.#size;
    const limit = this.#options.bucketComparisons;
    const heads = new Map<number, number>();
    const next = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      if (this.#title[i * TITLE_WORDS] === 0 || this.#shingles[i] === 0) continue;
      let key = combine(this.#place[i]!, 0x5bd1e995);
      for (let word = 0; word < TITLE_WORDS; word++) key = combine(key, this.#title[i * TITLE_WORDS + word]!);
      const head = heads.get(key);
      next[i] = head ?? -1;
      heads.set(key, i);
      let compared = 0;
      for (let j = next[i]!; j >= 0 && compared < limit; j = next[j]!, compared++) {
        if (find(parent, i) === find(parent, j)) continue;
        if (this.#place[i] !== this.#place[j] || !this.#employersAgree(i, j)) continue;
        if (this.#containment(i, j) >= this.#options.containmentThreshold && !this.#factsDiffer(i, j))
          this.#union(parent, i, j);
      }
    }
  }

  /** The share of the shorter description's shingles in the longer, from the Jaccard estimate and both sizes. */
  #containment(i: number, j: number): number {
    const a = this.#shingles[i]!;
    const b = this.#shingles[j]!;
    const jaccard = this.#textSimilarity(i, j);
    // Under a third of the bins, the estimate is noise: a short generic text "inside" any long one.
    if (jaccard < WRAPPED_MIN_JACCARD || Math.min(a, b) < WRAPPED_MIN_SHINGLES) return 0;
    return Math.min(1, (jaccard * (a + b)) / ((1 + jaccard) * Math.min(a, b)));
  }

  #factsDiffer(i: number, j: number): boolean {
    return factsDiffer(this.#facts, this.#facts, i * FACT_WORDS, j * FACT_WORDS);
  }

  /**
   * The same post through another partner under another title ("Super U - Vendeur / Vendeuse en charcuterie" and
   * "Conseiller vendeur en charcuterie fromagerie"): two known feeds, a named employer, one contract, the shorter
   * text held in the longer, no name or period apart, and titles naming one job. Place and employers were checked
   * by the caller. One feed's two titles are two posts ("Soutien scolaire" and "Soutien scolaire - Maths").
   */
  #retitled(i: number, j: number): boolean {
    return (
      this.#source[i] !== 0 &&
      this.#source[j] !== 0 &&
      this.#source[i] !== this.#source[j] &&
      (this.#employer[i] !== 0 || this.#employer[j] !== 0) &&
      this.#contract[i] !== 0 &&
      this.#contract[i] === this.#contract[j] &&
      this.#containment(i, j) >= this.#options.retitledContainment &&
      !this.#factsDiffer(i, j) &&
      titlesNameOneJob(this.#title, this.#title, i * TITLE_WORDS, j * TITLE_WORDS)
    );
  }

  /** One named employer re-posting a near-identical text at one place within a minute: one post, corrected. */
  #reposted(i: number, j: number, text: number): boolean {
    const employer = this.#employer[i]!;
    return (
      employer !== 0 &&
      employer === this.#employer[j] &&
      this.#contract[i] !== 0 &&
      this.#contract[i] === this.#contract[j] &&
      text >= this.#options.repostTextThreshold &&
      Math.abs(this.#created[i]! - this.#created[j]!) <= this.#options.repostSeconds * 1000
    );
  }

  /** Joins two offers' clusters unless their employers or contracts conflict; says whether it did. */
  #union(parent: Int32Array, i: number, j: number): boolean {
    const ri = find(parent, i);
    const rj = find(parent, j);
    if (ri === rj) return true;
    const ei = this.#rootEmployer[ri]!;
    const ej = this.#rootEmployer[rj]!;
    const ci = this.#rootContract[ri]!;
    const cj = this.#rootContract[rj]!;
    if ((ei !== 0 && ej !== 0 && ei !== ej) || (ci !== 0 && cj !== 0 && ci !== cj)) return false;
    const root = Math.min(ri, rj);
    parent[Math.max(ri, rj)] = root;
    this.#rootEmployer[root] = ei || ej;
    this.#rootContract[root] = ci || cj;
    return true;
  }

  /** Two named employers must be the same; an anonymous copy (a job board hiding the name) may match either. */
  #employersAgree(i: number, j: number): boolean {
    const a = this.#employer[i]!;
    const b = this.#employer[j]!;
    const c = this.#contract[i]!;
    const d = this.#contract[j]!;
    return (a === 0 || b === 0 || a === b) && (c === 0 || d === 0 || c === d);
  }

  #textSimilarity(i: number, j: number): number {
    let same = 0;
    const a = i * SIGNATURE_BINS;
    const b = j * SIGNATURE_BINS;
    for (let bin = 0; bin < SIGNATURE_BINS; bin++) if (this.#text[a + bin] === this.#text[b + bin]) same++;
    return same / SIGNATURE_BINS;
  }

  /**
   * The same job by its title: the same words (Jaccard), or, for near-identical descriptions, one ROME appellation
   * named two ways ("Chauffeur poids lourd" and "Conducteur / Conductrice poids lourd", "Plongeur" and "Plongeur /
   * Plongeuse en restauration") with no other word apart ("Enseignant soutien scolaire" and "… - Maths" differ).
   */
  #titlesAgree(i: number, j: number, text: number): boolean {
    if (
      wordSetSimilarity(this.#title, this.#title, i * TITLE_WORDS, j * TITLE_WORDS) >=
      this.#options.titleThreshold
    )
      return true;
    return (
      text >= this.#options.appellationTextThreshold &&
      this.#appellation[i] !== 0 &&
      this.#appellation[i] === this.#appellation[j] &&
      this.#titleRest[i] === this.#titleRest[j]
    );
  }

  #collect(parent: Int32Array, exactLinked: Uint8Array): DuplicateCluster[] {
    const groups = new Map<number, number[]>();
    for (let i = 0; i < this.#size; i++) {
      const root = find(parent, i);
      const group = groups.get(root);
      if (group) group.push(i);
      else groups.set(root, [i]);
    }
    const clusters: DuplicateCluster[] = [];
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      members.sort(
        (a, b) => this.#created[a]! - this.#created[b]! || compareIds(this.#ids[a]!, this.#ids[b]!),
      );
      const ids = members.map((index) => this.#ids[index]!);
      clusters.push({
        clusterId: ids[0]!,
        originalId: ids[0]!,
        members: ids,
        kind: members.every((index) => exactLinked[index] === 1) ? 'exact' : 'near',
      });
    }
    return clusters.sort((a, b) => compareIds(a.clusterId, b.clusterId));
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function find(parent: Int32Array, i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root]!;
  let node = i;
  while (parent[node] !== root) {
    const up = parent[node]!;
    parent[node] = root;
    node = up;
  }
  return root;
}

/** The `duplicate` flag of every copy but the original, keyed by offer id. */
export function duplicateFlags(clusters: readonly DuplicateCluster[]): Map<string, Flag> {
  const rule = duplicateRules[0]!;
  const flags = new Map<string, Flag>();
  for (const cluster of clusters) {
    for (const id of cluster.members.slice(1)) {
      flags.set(
        id,
        flagOf(rule, {
          rule: cluster.kind === 'exact' ? 'duplicate.exact_copy' : 'duplicate.near_copy',
          evidence: `doublon de l'offre ${cluster.originalId} (${cluster.members.length} annonces pour un même poste)`,
          explanation: `Cette annonce reprend ${cluster.kind === 'exact' ? 'mot pour mot' : 'presque mot pour mot'} l'offre ${cluster.originalId}, publiée plus tôt pour le même employeur et le même lieu : c'est le même poste, compté plusieurs fois.`,
          details: {
            duplicateOf: cluster.originalId,
            clusterId: cluster.clusterId,
            clusterSize: cluster.members.length,
          },
        }),
      );
    }
  }
  return flags;
}

/** Convenience for a set that fits in memory. */
export function findDuplicates(offers: Iterable<Offer>, options?: DuplicateOptions): DuplicateCluster[] {
  const index = new DuplicateIndex(options);
  for (const offer of offers) index.add(offer);
  return index.cluster();
}
