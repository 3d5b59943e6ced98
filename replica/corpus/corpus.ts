import { Random, streamId } from '../random.js';
import type { ApiOffer, CategoryRates, OfferTruth } from '../types.js';
import { DEFAULT_CATEGORY_RATES } from './data/category-rates.js';
import { COMMUNES, departementOfInsee } from './data/communes.js';
import { NATURES_CONTRATS, TYPES_CONTRATS } from './data/contracts.js';
import { DEPARTEMENTS } from './data/departements.js';
import { JOBS } from './data/jobs.js';
import { OfferIds } from './offer-ids.js';
import { partnerPageFacts } from './partner-page-facts.js';
import { categoriesOf, type OfferPlan, offerCore, type PlanSettings, planOffer } from './plan-offer.js';
import { applicationUrl, type WriteContext, writeOffer } from './write-offer.js';

export interface CorpusOptions {
  /** Offers online at start. @default 10000 */
  offers?: number | undefined;
  /** @default 42 */
  seed?: number | undefined;
  /** Planting rates (share of all offers) by category; missing ones keep their defaults. */
  rates?: Partial<CategoryRates> | undefined;
  /**
   * The corpus's "now": creation dates fall before it, `publieeDepuis` counts back from it. Fixed by default so
   * that a seed gives the same corpus on any day. @default '2026-11-15T12:00:00Z'
   */
  referenceDate?: string | undefined;
  /** Share of partner offers (origine 2). @default 0.57 */
  partnerShare?: number | undefined;
  /** Share of live, consistent partner pages that only a browser can read. @default 0.1 */
  jsOnlyShare?: number | undefined;
  /** Days between two epochs of `advance()`. @default 30 */
  epochDays?: number | undefined;
}

export interface AdvanceOptions {
  /** Share of online offers that expire. @default 0.1 */
  expire?: number;
  /** New offers, as a share of the current count. @default 0.1 */
  add?: number;
  /** Share of online offers that are modified (new text, new dateActualisation). @default 0.05 */
  modify?: number;
}

const DAY = 86_400_000;
const ADVANCE_STREAM = streamId('advance');
const CONTRACT_CODES = TYPES_CONTRATS.map((type) => type.code);
const NATURE_LABELS = NATURES_CONTRATS.map((nature) => nature.libelle);

/** The column of a département, per commune (communes are few, so the lookup is a small table). */
export const COMMUNE_DEPARTEMENT: readonly string[] = COMMUNES.map((commune) =>
  departementOfInsee(commune.insee),
);
export const COMMUNE_REGION: readonly string[] = COMMUNE_DEPARTEMENT.map(
  (code) => DEPARTEMENTS.find((departement) => departement.code === code)?.region ?? '',
);

/**
 * A corpus of offers generated on demand: offer i is a pure function of (seed, i). Only a few bytes per offer are
 * kept, in typed arrays, for what search and aggregations must scan (place, contract, origin, date…); the text
 * is written when an offer is asked for.
 */
export class Corpus {
  readonly seed: number;
  readonly rates: CategoryRates;
  readonly referenceTime: number;
  readonly epochDays: number;
  readonly ids: OfferIds;
  private readonly settings: PlanSettings;
  private readonly epochStarts: number[] = [0];
  size = 0;
  epoch = 0;

  commune = new Uint8Array(0);
  contract = new Uint8Array(0);
  origin = new Uint8Array(0);
  partner = new Uint8Array(0);
  /** Creation time in seconds since 1970. */
  created = new Uint32Array(0);
  /** 1 less than a year, 2 one to three years, 3 more (the API's `experience` values). */
  experience = new Uint8Array(0);
  qualification = new Uint8Array(0);
  nature = new Uint8Array(0);
  /** 0 unknown, 1 full time, 2 part time. */
  workTime = new Uint8Array(0);
  job = new Uint8Array(0);
  /** 1 when the listing names its commune (lieuTravail.commune), 0 when it gives only a département or coordinates. */
  namedCommune = new Uint8Array(0);
  expired = new Uint8Array(0);
  modifications = new Uint8Array(0);
  modifiedEpoch = new Uint8Array(0);

  constructor(options: CorpusOptions = {}) {
    this.seed = options.seed ?? 42;
    this.rates = { ...DEFAULT_CATEGORY_RATES, ...options.rates };
    this.referenceTime = Date.parse(options.referenceDate ?? '2026-11-15T12:00:00Z');
    this.epochDays = options.epochDays ?? 30;
    this.ids = new OfferIds(this.seed);
    this.settings = {
      seed: this.seed,
      rates: this.rates,
      partnerShare: options.partnerShare ?? 0.57,
      jsOnlyShare: options.jsOnlyShare ?? 0.1,
      epochWindow: (epoch) => ({
        start: this.referenceTime + (epoch - 1) * this.epochDays * DAY,
        end: this.referenceTime + epoch * this.epochDays * DAY,
      }),
    };
    this.grow(options.offers ?? 10_000);
  }

  /** The corpus's current time: the reference date, moved on by each epoch. */
  now(): number {
    return this.referenceTime + this.epoch * this.epochDays * DAY;
  }

  epochOf(index: number): number {
    let epoch = 0;
    for (let e = 0; e < this.epochStarts.length; e++) if (this.epochStarts[e]! <= index) epoch = e;
    return epoch;
  }

  plan(index: number): OfferPlan {
    return planOffer(this.settings, index, (i) => this.epochOf(i));
  }

  idOf(index: number): string {
    return this.ids.encode(index, this.origin[index] as 1 | 2);
  }

  /** The index of an id, if the id belongs to this corpus (expired offers included). */
  indexOf(id: string): number | undefined {
    const decoded = this.ids.decode(id);
    if (!decoded || decoded.index >= this.size || this.origin[decoded.index] !== decoded.origin)
      return undefined;
    return decoded.index;
  }

  isOnline(index: number): boolean {
    return index < this.size && this.expired[index] === 0;
  }

  offer(index: number, baseUrl: string): ApiOffer {
    const plan = this.plan(index);
    return writeOffer(plan, this.writeContext(index, baseUrl));
  }

  writeContext(index: number, baseUrl: string): WriteContext {
    const modifications = this.modifications[index]!;
    return {
      seed: this.seed,
      baseUrl,
      id: (i: number) => this.idOf(i),
      modifications,
      now: this.now(),
      ...(modifications > 0
        ? { modifiedAt: this.referenceTime + this.modifiedEpoch[index]! * this.epochDays * DAY - DAY }
        : {}),
    };
  }

  truth(index: number, baseUrl = 'http://replica'): OfferTruth {
    const plan = this.plan(index);
    const truth: OfferTruth = { id: this.idOf(index), categories: categoriesOf(plan) };
    if (plan.duplicate) truth.duplicateOf = this.idOf(plan.copyOf ?? plan.root);
    if (plan.pageState) truth.partnerPageState = plan.pageState;
    const application = applicationUrl(this.writeContext(index, baseUrl), plan);
    if (plan.applicationLink && application !== undefined) {
      const { state } = plan.applicationLink;
      truth.applicationLink = { url: application, state, dead: state !== 'live' };
    }
    if (plan.pageContradicts.length > 0) {
      const { contradiction } = partnerPageFacts(plan, writeOffer(plan, this.writeContext(index, baseUrl)));
      if (contradiction) truth.contradiction = contradiction;
    }
    const negatives = plan.salary.legalBoundary
      ? [...plan.negatives, plan.salary.legalBoundary]
      : plan.negatives;
    if (negatives.length > 0) truth.trickyNegatives = [...negatives];
    if (plan.traps.length > 0) truth.traps = [...plan.traps];
    if (this.expired[index]) truth.expired = true;
    return truth;
  }

  /** Moves to the next epoch: some offers expire, some are added, some change. Deterministic for a seed. */
  advance(options: AdvanceOptions = {}): { expired: number; added: number; modified: number } {
    const expire = options.expire ?? 0.1;
    const add = options.add ?? 0.1;
    const modify = options.modify ?? 0.05;
    this.epoch += 1;
    const random = new Random(this.seed, this.epoch, ADVANCE_STREAM);
    let expired = 0;
    let modified = 0;
    for (let i = 0; i < this.size; i++) {
      if (this.expired[i]) continue;
      if (random.chance(expire)) {
        this.expired[i] = 1;
        expired++;
      } else if (random.chance(modify)) {
        this.modifications[i] = Math.min(255, this.modifications[i]! + 1);
        this.modifiedEpoch[i] = this.epoch;
        modified++;
      }
    }
    const added = Math.round(this.size * add);
    this.epochStarts.push(this.size);
    this.grow(added);
    return { expired, added, modified };
  }

  private grow(count: number): void {
    const start = this.size;
    const end = start + count;
    this.ensureCapacity(end);
    for (let index = start; index < end; index++) this.indexOffer(index);
    this.size = end;
  }

  private indexOffer(index: number): void {
    const plan = offerCore(this.settings, index, (i) => this.epochOf(i));
    this.commune[index] = plan.commune;
    this.contract[index] = CONTRACT_CODES.indexOf(plan.contract);
    this.origin[index] = plan.origin;
    this.partner[index] = plan.partner < 0 ? 255 : plan.partner;
    this.created[index] = Math.floor(plan.createdAt / 1000);
    const months = plan.experience.months;
    this.experience[index] =
      plan.experience.code !== 'E' ? 1 : months === undefined ? 2 : months < 12 ? 1 : months <= 36 ? 2 : 3;
    this.qualification[index] = JOBS[plan.job]!.qualification === '9' ? 9 : 0;
    this.nature[index] = Math.max(0, NATURE_LABELS.indexOf(plan.nature));
    const shown = plan.work.shown;
    this.workTime[index] = shown === 'part' || shown === 'part_no_hours' ? 2 : shown === 'none' ? 0 : 1;
    this.job[index] = plan.job;
    this.namedCommune[index] = plan.placeForm === 'commune' ? 1 : 0;
  }

  private ensureCapacity(needed: number): void {
    if (this.commune.length >= needed) return;
    const capacity = Math.max(needed, Math.ceil(this.commune.length * 1.5));
    const growU8 = (array: Uint8Array) => {
      const next = new Uint8Array(capacity);
      next.set(array);
      return next;
    };
    this.commune = growU8(this.commune);
    this.contract = growU8(this.contract);
    this.origin = growU8(this.origin);
    this.partner = growU8(this.partner);
    this.experience = growU8(this.experience);
    this.qualification = growU8(this.qualification);
    this.nature = growU8(this.nature);
    this.workTime = growU8(this.workTime);
    this.job = growU8(this.job);
    this.namedCommune = growU8(this.namedCommune);
    this.expired = growU8(this.expired);
    this.modifications = growU8(this.modifications);
    this.modifiedEpoch = growU8(this.modifiedEpoch);
    const created = new Uint32Array(capacity);
    created.set(this.created);
    this.created = created;
  }
}

export { CONTRACT_CODES, NATURE_LABELS };
