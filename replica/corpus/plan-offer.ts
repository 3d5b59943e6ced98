import { Random, streamId, WeightedTable } from '../random.js';
import type {
  ApplicationLinkState,
  CategoryId,
  CategoryRates,
  PartnerPageState,
  PlantedCategoryId,
} from '../types.js';
import { APPLICATION_SITES } from './data/application-sites.js';
import { COMMUNES, departementOfInsee } from './data/communes.js';
import {
  DURATION_DAYS,
  DURATION_MONTHS,
  FIXED_TERM_CONTRACTS,
  NON_SALARIED_CONTRACT_MIX,
  SALARIED_CONTRACT_MIX,
} from './data/contracts.js';
import { JOBS } from './data/jobs.js';
import { PARTNERS } from './data/partners.js';
import { smicAt } from './data/smic.js';
import {
  HOUSEHOLD_SECTORS,
  PLACEHOLDER_MONTHLY,
  PUBLIC_SECTORS,
  TRAP_RATES,
  UNDER_24_TEXT_HOURS,
} from './data/traps.js';
import { TRICKY_NEGATIVES } from './data/tricky-negatives.js';
import { FULL_TIME_HOURS, hoursValue, PART_TIME_HOURS, UNDER_24_HOURS } from './data/working-time.js';

/**
 * The plan of one offer: every decision that fixes its categories, drawn from `(seed, index)` alone. The text is
 * written later from the plan (write-offer.ts), so the truth is computed from the decisions, not guessed back
 * from the text.
 */
export interface OfferPlan {
  index: number;
  /**
   * Index of the offer whose text stream this one reads (and whose employer it names): its own index, the
   * original's for a duplicate, the first ad's for a sibling.
   */
  root: number;
  duplicate: boolean;
  /** For a duplicate: the index of the offer it copies (a sibling can be copied too). */
  copyOf?: number | undefined;
  /** One employer's same ad for another town (tutoring) or another season (a hotel): not a duplicate. */
  sibling: boolean;
  /** Who employs: a company, a public employer, a private school (State-paid teacher), a tutoring firm, a household. */
  employerKind: EmployerKind;
  /** Where the employer is named: `entreprise.nom`, only the text, only its description, as the partner, nowhere. */
  naming: 'field' | 'text' | 'description' | 'partner' | 'anonymous';
  /** The town the text names (tutoring: where the pupils live); the listing's commune otherwise. */
  textCommune: number;
  /** A hotel's or restaurant's seasonal ad: which season the text names. */
  season?: 'summer' | 'winter' | undefined;
  /** For a duplicate: re-posted 33 s after the original, or wrapped in another company blurb. */
  copyStyle?: 'repost_seconds' | 'other_blurb' | undefined;
  /** Traps of real offers planted on this offer (truth.traps). */
  traps: string[];
  epoch: number;
  origin: 1 | 2;
  /** Index in PARTNERS, or -1 for France Travail's own offers. */
  partner: number;
  commune: number;
  placeForm: 'commune' | 'coordinates' | 'departement';
  job: number;
  anonymous: boolean;
  tempAgency: boolean;
  contract: string;
  nature: string;
  apprentice: boolean;
  durationMonths?: number | undefined;
  durationDays?: number | undefined;
  work: WorkPlan;
  experience: { code: 'D' | 'S' | 'E'; months?: number | undefined };
  salary: SalaryPlan;
  createdAt: number;
  planted: Set<PlantedCategoryId>;
  /** Which wording family realises a planted category (see write-offer.ts). */
  variant: Partial<Record<PlantedCategoryId, string>>;
  pageState?: PartnerPageState | undefined;
  /** One of France Travail's own offers that sends candidates to an application site: which, and its state. */
  applicationLink?: { site: number; state: ApplicationLinkState } | undefined;
  /** Fields the partner page states differently from the listing. */
  pageContradicts: ('contract' | 'duration' | 'pay' | 'place')[];
  /** A commune used by `place_mismatch` (in the text or on the partner page). */
  otherCommune: number;
  negatives: string[];
}

export type EmployerKind = 'company' | 'public' | 'school' | 'tutoring' | 'household' | 'household_agency';

export interface WorkPlan {
  /** none: no working-time field; full/part: shown with hours; part_no_hours: "temps partiel" alone; full_label: "Temps plein" alone. */
  shown: 'none' | 'full' | 'part' | 'part_no_hours' | 'full_label';
  hours?: string | undefined;
  /** Working time said only in the text (with `shown: 'none'`): part-time of 24 h or more, under 24 h, full time. */
  text?: 'part' | 'under24' | 'full' | undefined;
  /** The weekly hours the text states, for `text` part and under24. */
  textHours?: string | undefined;
}

export interface SalaryPlan {
  stated: boolean;
  unit: 'Horaire' | 'Mensuel' | 'Annuel' | 'Cachet' | 'none';
  min: number;
  max?: number | undefined;
  /** A pay the text (or the partner page) states against the listing, for `pay_mismatch`. */
  otherMonthly?: number | undefined;
  /** A legal pay that looks like a defect: an apprentice's share of the SMIC, or exactly the SMIC. */
  legalBoundary?: 'apprentice_pay_below_smic' | 'pay_exactly_smic' | 'apprentice_pay_scale_range' | undefined;
  /** False when the pay is stated only in the text, without `salaire.libelle` ("Salaire minimum : 2300"). */
  labelShown?: boolean | undefined;
  /** The hourly rate the text states beside a placeholder monthly label ("12.88€ de l'heure"). */
  textHourly?: number | undefined;
  /** Two hourly rates the text states below the label's SMIC rate. */
  textRates?: [number, number] | undefined;
}

export interface PlanSettings {
  seed: number;
  rates: CategoryRates;
  /** Share of partner offers among all offers. */
  partnerShare: number;
  /** Share of partner pages rendered only by JavaScript, among live consistent ones. */
  jsOnlyShare: number;
  /** Start and end (ms) of the creation window of each epoch. */
  epochWindow: (epoch: number) => { start: number; end: number };
}

const DAY = 86_400_000;
const DUP_STREAM = streamId('duplicate');
const PLAN_STREAM = streamId('plan');
const COPY_STREAM = streamId('copy');
const CORE_STREAM = streamId('core');
const TRAP_STREAM = streamId('traps');
const PAY_TRAP_STREAM = streamId('pay-traps');
const SIBLING_STREAM = streamId('sibling');
const APPLICATION_STREAM = streamId('application-link');

/** Share of France Travail's own offers that carry an application site (francetravail.md §6: about 40 %). */
export const APPLICATION_LINK_SHARE = 0.4;
/**
 * Share of the `dead_link` rate planted as dead application sites, the rest as dead partner pages: the category's
 * overall rate stays the one asked for.
 */
const APPLICATION_DEAD_SHARE = 0.25;
/** Share of offers with no working-time field (before the text-only traps), measured on the default corpus. */
const NO_HOURS_FIELD_SHARE = 0.5;
/** Share of jobs whose sector a public employer (or a household) hires in. */
const PUBLIC_SECTOR_SHARE = 0.3;
const HOUSEHOLD_SECTOR_SHARE = 0.14;

const APPRENTICE_SHARE = 0.015;
const APPRENTICE_SCALE_SHARE = TRAP_RATES.apprenticeScale;
const PLACE_FORMS = [
  ['commune', 95],
  ['coordinates', 2.8],
  ['departement', 2.2],
] as const;
const EXPERIENCE_CODES = [
  ['D', 50],
  ['S', 8],
  ['E', 42],
] as const;
/** Offer age in days: most offers are recent, a tail is months old. */
const AGE_BANDS = [
  [30, 75],
  [120, 20],
  [400, 5],
] as const;
const HOURS_VARIANTS = ['full_shown_part_text', 'part_without_hours', 'part_shown_full_text'];
const EXPERIENCE_MONTHS = [6, 12, 12, 24, 24, 36, 48, 60];
const PAY_VARIANTS_OWN = ['wide_range', 'commission_only', 'other_amount_in_text', 'unit_error'];
const PAY_VARIANTS_PARTNER = [...PAY_VARIANTS_OWN, 'page'];
const TEXT_CATEGORIES = [
  'age_limit',
  'discrimination',
  'privacy',
  'fee_requested',
  'unpaid_work',
  'disguised_self_employment',
  'foreign_language',
] as const;
const FIXED_TERM_SHARE = shareOf(SALARIED_CONTRACT_MIX, ['CDD', 'MIS']);
const COMMUNE_WEIGHTS = new WeightedTable(COMMUNES.map((c) => c.weight));
const JOB_WEIGHTS = new WeightedTable(JOBS.map((j) => j.weight));
const PARTNER_WEIGHTS = new WeightedTable(PARTNERS.map((p) => p.weight));
const APPLICATION_SITE_TABLE = new WeightedTable(APPLICATION_SITES.map((site) => site.weight));
const SALARIED_WEIGHTS = new WeightedTable(SALARIED_CONTRACT_MIX.map((entry) => entry[1]));
const MONTH_WEIGHTS = new WeightedTable(DURATION_MONTHS.map((entry) => entry[1]));
const FULL_HOURS_WEIGHTS = new WeightedTable(FULL_TIME_HOURS.map((entry) => entry[1]));

function shareOf(mix: readonly (readonly [string, number])[], codes: string[]): number {
  const total = mix.reduce((sum, entry) => sum + entry[1], 0);
  return mix.filter((entry) => codes.includes(entry[0])).reduce((sum, entry) => sum + entry[1], 0) / total;
}

/** The chance to use on an eligible offer so that the share among all offers is `rate`. */
function conditional(rate: number, eligibleShare: number): number {
  return eligibleShare <= 0 ? 0 : Math.min(1, rate / eligibleShare);
}

export function isDuplicate(settings: PlanSettings, index: number): boolean {
  return index > 0 && new Random(settings.seed, index, DUP_STREAM).chance(settings.rates.duplicate);
}

/** The original a duplicate copies: an earlier, non-duplicate offer, usually a recent one. */
export function rootOf(settings: PlanSettings, index: number): number {
  let current = index;
  while (isDuplicate(settings, current)) {
    const random = new Random(settings.seed, current, DUP_STREAM);
    random.next();
    const window = Math.min(current, 5000);
    current = current - 1 - random.int(window);
  }
  return current;
}

export function planOffer(
  settings: PlanSettings,
  index: number,
  epochOf: (index: number) => number,
): OfferPlan {
  if (!isDuplicate(settings, index)) return planBase(settings, index, epochOf);
  const root = rootOf(settings, index);
  return planCopy(settings, planBase(settings, root, epochOf), index, epochOf(index));
}

/** An offer that copies nothing: an original, or a sibling of an earlier ad. */
function planBase(settings: PlanSettings, index: number, epochOf: (index: number) => number): OfferPlan {
  const source = siblingSource(settings, index, epochOf);
  if (source === undefined) return planOriginal(settings, index, epochOf(index));
  return planSibling(settings, planOriginal(settings, source, epochOf(source)), index, epochOf);
}

/** Only ads a recruiter really repeats: tutoring for other towns, a hotel's or restaurant's other season. */
function siblingQualifies(core: OfferCore): boolean {
  return core.employerKind === 'tutoring' || core.season !== undefined;
}

/**
 * The earlier ad a sibling repeats, if offer `index` is one: a non-duplicate, non-sibling original that
 * qualifies, searched back from a drawn start, and that no earlier sibling repeats with the same change. Two
 * siblings of one ad for the same town or season would be one post published twice, word for word at one place
 * (a duplicate, not two posts): real distinct posts are not byte-identical, so the later one is no sibling.
 */
function siblingSource(
  settings: PlanSettings,
  index: number,
  epochOf: (index: number) => number,
): number | undefined {
  const found = drawnSiblingSource(settings, index, epochOf);
  if (found === undefined) return undefined;
  const change = siblingChanges(settings, found.core, index);
  for (let other = found.source + 1; other < index; other++) {
    if (drawnSiblingSource(settings, other, epochOf)?.source !== found.source) continue;
    const theirs = siblingChanges(settings, found.core, other);
    if (theirs.textCommune === change.textCommune && theirs.season === change.season) return undefined;
  }
  return found.source;
}

/** The sibling source offer `index` draws, before siblings of one ad are told apart. */
function drawnSiblingSource(
  settings: PlanSettings,
  index: number,
  epochOf: (index: number) => number,
): { source: number; core: OfferCore } | undefined {
  if (index === 0) return undefined;
  const random = new Random(settings.seed, index, SIBLING_STREAM);
  if (!random.chance(TRAP_RATES.sibling) || isDuplicate(settings, index)) return undefined;
  const start = index - 1 - random.int(Math.min(index, 2000));
  for (let candidate = start; candidate >= 0 && candidate > start - 150; candidate--) {
    if (isDuplicate(settings, candidate)) continue;
    const candidateRandom = new Random(settings.seed, candidate, SIBLING_STREAM);
    if (candidate > 0 && candidateRandom.chance(TRAP_RATES.sibling)) continue;
    const core = coreOriginal(settings, candidate, epochOf(candidate));
    if (siblingQualifies(core)) return { source: candidate, core };
  }
  return undefined;
}

function siblingChanges(
  settings: PlanSettings,
  source: {
    commune: number;
    textCommune: number;
    season?: 'summer' | 'winter' | undefined;
    employerKind: EmployerKind;
  },
  index: number,
): { textCommune: number; season?: 'summer' | 'winter' | undefined } {
  const random = new Random(settings.seed, index, SIBLING_STREAM);
  random.next();
  if (source.employerKind === 'tutoring') {
    const departement = departementOfInsee(COMMUNES[source.commune]!.insee);
    const others = COMMUNES.map((commune, i) => ({ commune, i })).filter(
      ({ commune, i }) => i !== source.textCommune && departementOfInsee(commune.insee) === departement,
    );
    const other = others.length > 0 ? random.pick(others).i : pickOtherCommune(random, source.commune);
    return { textCommune: other, season: source.season };
  }
  return { textCommune: source.textCommune, season: source.season === 'summer' ? 'winter' : 'summer' };
}

/** The same employer's ad for another town or season: the source's plan, its own id, date and truth. */
function planSibling(
  settings: PlanSettings,
  source: OfferPlan,
  index: number,
  epochOf: (index: number) => number,
): OfferPlan {
  const own = coreOriginal(settings, index, epochOf(index));
  const random = new Random(settings.seed, index, PLAN_STREAM);
  const sibling: OfferPlan = {
    ...source,
    ...siblingChanges(settings, source, index),
    index,
    root: source.root,
    sibling: true,
    epoch: own.epoch,
    createdAt: Math.max(own.createdAt, source.createdAt + 3_600_000),
    planted: new Set(source.planted),
    variant: { ...source.variant },
    traps: [...source.traps, 'sibling_not_duplicate'],
    pageContradicts: [],
  };
  sibling.planted.delete('dead_link');
  if (sibling.variant.contract_mismatch === 'page') sibling.variant.contract_mismatch = 'text';
  if (sibling.variant.place_mismatch === 'page') sibling.variant.place_mismatch = 'text';
  if (sibling.variant.pay_mismatch === 'page') sibling.planted.delete('pay_mismatch');
  drawPageState(settings, random, sibling);
  return sibling;
}

/**
 * The decisions search and aggregations need (place, job, contract, origin, date, working time, experience),
 * drawn from their own stream: indexing a million offers computes only these, not the whole plan.
 */
export interface OfferCore {
  index: number;
  root: number;
  duplicate: boolean;
  epoch: number;
  origin: 1 | 2;
  partner: number;
  commune: number;
  placeForm: OfferPlan['placeForm'];
  job: number;
  notAJob: boolean;
  apprentice: boolean;
  contract: string;
  nature: string;
  under24: boolean;
  hoursVariant?: string | undefined;
  work: WorkPlan;
  experience: OfferPlan['experience'];
  experienceVariant?: string | undefined;
  createdAt: number;
  employerKind: EmployerKind;
  textCommune: number;
  season?: 'summer' | 'winter' | undefined;
  traps: string[];
}

export function offerCore(
  settings: PlanSettings,
  index: number,
  epochOf: (index: number) => number,
): OfferCore {
  if (!isDuplicate(settings, index)) return coreBase(settings, index, epochOf);
  const root = rootOf(settings, index);
  const original = coreBase(settings, root, epochOf);
  const epoch = epochOf(index);
  const copy = copyDraws(settings, original, epoch, new Random(settings.seed, index, COPY_STREAM));
  return {
    ...original,
    index,
    root,
    duplicate: true,
    epoch,
    origin: 2,
    partner: copy.partner,
    createdAt: copy.createdAt,
  };
}

function coreBase(settings: PlanSettings, index: number, epochOf: (index: number) => number): OfferCore {
  const source = siblingSource(settings, index, epochOf);
  if (source === undefined) return coreOriginal(settings, index, epochOf(index));
  const original = coreOriginal(settings, source, epochOf(source));
  const own = coreOriginal(settings, index, epochOf(index));
  return {
    ...original,
    ...siblingChanges(settings, original, index),
    index,
    root: source,
    epoch: own.epoch,
    createdAt: Math.max(own.createdAt, original.createdAt + 3_600_000),
  };
}

function coreOriginal(settings: PlanSettings, index: number, epoch: number): OfferCore {
  const { rates } = settings;
  const random = new Random(settings.seed, index, CORE_STREAM);
  const dupShare = rates.duplicate;
  const originalPartnerShare =
    dupShare >= settings.partnerShare ? 0 : (settings.partnerShare - dupShare) / (1 - dupShare);
  const origin: 1 | 2 = random.chance(originalPartnerShare) ? 2 : 1;
  const partner = origin === 2 ? random.fromTable(PARTNER_WEIGHTS) : -1;
  const job = random.fromTable(JOB_WEIGHTS);
  const commune = random.fromTable(COMMUNE_WEIGHTS);
  const placeForm = origin === 2 ? random.weighted(PLACE_FORMS) : 'commune';

  // Contract: offers that are no job carry non-salaried contracts, and only they do.
  const notAJob = random.chance(rates.not_a_job);
  const apprentice = !notAJob && random.chance(APPRENTICE_SHARE);
  let contract: string;
  let nature = 'Contrat travail';
  if (notAJob) {
    contract = random.weighted(NON_SALARIED_CONTRACT_MIX);
    nature = 'Emploi non salarié';
  } else if (apprentice) {
    contract = 'CDD';
    nature = 'Contrat apprentissage';
  } else {
    contract = SALARIED_CONTRACT_MIX[random.fromTable(SALARIED_WEIGHTS)]![0];
    if (contract === 'DDI') nature = "Insertion par l'activ.éco.";
  }

  // Working time.
  const shownByOrigin = origin === 1 ? random.chance(0.99) : random.chance(0.08);
  const under24 = random.chance(rates.part_time_under_24h);
  const hoursMismatch = random.chance(rates.hours_mismatch);
  let hoursVariant: string | undefined;
  let work: WorkPlan;
  if (under24) {
    work = { shown: 'part', hours: random.pick(UNDER_24_HOURS) };
  } else if (!shownByOrigin && !hoursMismatch) {
    work = { shown: 'none' };
  } else if (origin === 2 && !hoursMismatch && random.chance(0.7)) {
    work = { shown: 'full_label' };
  } else {
    const partTime = random.chance(origin === 1 ? 0.17 : 0.3);
    work = partTime
      ? { shown: 'part', hours: random.pick(PART_TIME_HOURS) }
      : { shown: 'full', hours: FULL_TIME_HOURS[random.fromTable(FULL_HOURS_WEIGHTS)]![0] };
  }
  if (hoursMismatch) {
    if (under24) hoursVariant = 'part_shown_full_text';
    else {
      hoursVariant = random.pick(HOURS_VARIANTS);
      if (hoursVariant === 'full_shown_part_text') work = { shown: 'full', hours: '35' };
      else if (hoursVariant === 'part_without_hours') work = { shown: 'part_no_hours' };
      else work = { shown: 'part', hours: random.pick(PART_TIME_HOURS) };
    }
  }

  // Experience.
  const experienceCode = random.weighted(EXPERIENCE_CODES);
  let experienceMonths: number | undefined;
  if (experienceCode === 'E' && random.chance(0.85)) experienceMonths = random.pick(EXPERIENCE_MONTHS);
  let experienceVariant: string | undefined;
  if (random.chance(rates.experience_mismatch)) {
    experienceVariant = random.chance(0.5) ? 'required_shown_beginner_text' : 'beginner_shown_required_text';
  }
  const experience: OfferPlan['experience'] =
    experienceVariant === 'required_shown_beginner_text'
      ? { code: 'E', months: random.pick([24, 36, 60]) }
      : experienceVariant === 'beginner_shown_required_text'
        ? { code: 'D' }
        : { code: experienceCode, months: experienceMonths };

  // Dates.
  const window = settings.epochWindow(epoch);
  let createdAt: number;
  if (epoch === 0) {
    const ageDays = random.weighted(AGE_BANDS);
    const floor = ageDays === 30 ? 0 : ageDays === 120 ? 30 : 120;
    createdAt = Math.floor(window.end - (floor + random.next() * (ageDays - floor)) * DAY);
  } else {
    createdAt = Math.floor(window.start + random.next() * (window.end - window.start));
  }
  createdAt -= createdAt % 1000;
  return withCoreTraps(settings, {
    index,
    root: index,
    duplicate: false,
    epoch,
    origin,
    partner,
    commune,
    placeForm,
    job,
    notAJob,
    apprentice,
    contract,
    nature,
    under24,
    hoursVariant,
    work,
    experience,
    experienceVariant,
    createdAt,
    employerKind: 'company',
    textCommune: commune,
    traps: [],
  });
}

/**
 * The traps that change what search indexes (employer kind, contract, place form, working time), drawn from their
 * own stream so that the rest of the offer keeps its draws.
 */
function withCoreTraps(settings: PlanSettings, core: OfferCore): OfferCore {
  const random = new Random(settings.seed, core.index, TRAP_STREAM);
  const job = JOBS[core.job]!;
  const out: OfferCore = { ...core, traps: [] };
  // A partner that is itself an employer posts only its own trades' jobs.
  const partnerRow = core.partner >= 0 ? PARTNERS[core.partner] : undefined;
  if (partnerRow?.employer && !partnerRow.employer.sectors.includes(job.sector)) out.partner = 0;
  const salaried = !core.notAJob && !core.apprentice;
  const plainWork = !core.under24 && !core.hoursVariant;

  // Teachers: a State-paid teacher of a private school under contract (18 h is a full service), or tutoring.
  if (job.sector === 'enseignement' && salaried) {
    out.under24 = false;
    out.hoursVariant = undefined;
    out.contract = 'CDD';
    if (core.origin === 1) {
      out.employerKind = 'school';
      out.work = { shown: 'part', hours: '18' };
      out.traps.push('teacher_18h_service');
    } else {
      out.employerKind = 'tutoring';
      out.placeForm = 'departement';
      out.work = { shown: 'none' };
      out.traps.push('tutoring_towns_in_text');
    }
    return out;
  }
  const fixedOrPermanent = core.contract === 'CDI' || core.contract === 'CDD';
  if (
    salaried &&
    plainWork &&
    fixedOrPermanent &&
    PUBLIC_SECTORS.has(job.sector) &&
    random.chance(conditional(TRAP_RATES.publicEmployer, PUBLIC_SECTOR_SHARE * 0.75))
  ) {
    out.employerKind = 'public';
    out.traps.push('public_employer');
    if (random.chance(0.55)) {
      const hours = random.pick(['10', '12', '17H30', '20', '8', '15']);
      out.work = random.chance(0.8)
        ? { shown: 'part', hours }
        : { shown: 'none', text: 'under24', textHours: random.pick(UNDER_24_TEXT_HOURS) };
      out.traps.push('public_employer_under_24h');
    }
    return out;
  }
  if (
    salaried &&
    plainWork &&
    fixedOrPermanent &&
    HOUSEHOLD_SECTORS.has(job.sector) &&
    random.chance(conditional(TRAP_RATES.household, HOUSEHOLD_SECTOR_SHARE * 0.75))
  ) {
    // A household posting directly has no company name: only on France Travail's own offers, where an
    // unnamed employer is not `anonymous_employer`; on a partner, an agency recruits for it and is named.
    out.employerKind = core.origin === 1 && random.chance(0.5) ? 'household' : 'household_agency';
    out.traps.push(out.employerKind);
    const hours = random.pick(['2', '4', '6', '8', '10', '12']);
    out.work = random.chance(0.6)
      ? { shown: 'part', hours }
      : { shown: 'none', text: 'under24', textHours: hours };
    return out;
  }
  // Hours said only in the text.
  if (core.under24 && !core.hoursVariant && random.chance(TRAP_RATES.under24InTextOnly)) {
    out.work = { shown: 'none', text: 'under24', textHours: random.pick(UNDER_24_TEXT_HOURS) };
    out.traps.push('hours_in_text_only');
  } else if (core.work.shown === 'none' && !core.hoursVariant) {
    const draw = random.next();
    const part = TRAP_RATES.partTimeInTextOnly / NO_HOURS_FIELD_SHARE;
    const full = TRAP_RATES.fullTimeInTextOnly / NO_HOURS_FIELD_SHARE;
    if (draw < part) {
      out.work = { shown: 'none', text: 'part', textHours: random.pick(['24', '25', '28', '30', '32']) };
      out.traps.push('part_time_in_text_only');
    } else if (draw < part + full) {
      out.work = { shown: 'none', text: 'full' };
      out.traps.push('full_time_in_text_only');
    }
  }
  if (core.experienceVariant && random.chance(0.25)) {
    out.experienceVariant = 'years_differ';
    out.experience = { code: 'E', months: 12 };
  }
  // Seasonal hotels and restaurants name their season.
  if (core.contract === 'SAI' && (job.sector === 'hotellerie' || job.sector === 'restauration'))
    out.season = random.chance(0.5) ? 'summer' : 'winter';
  return out;
}

function planOriginal(settings: PlanSettings, index: number, epoch: number): OfferPlan {
  const { rates } = settings;
  const core = coreOriginal(settings, index, epoch);
  const { origin, job, contract, apprentice, notAJob, commune } = core;
  const random = new Random(settings.seed, index, PLAN_STREAM);
  const planted = new Set<PlantedCategoryId>();
  const variant: OfferPlan['variant'] = {};
  const plant = (category: PlantedCategoryId, chance: number) => {
    if (random.chance(chance)) planted.add(category);
    return planted.has(category);
  };
  if (notAJob) planted.add('not_a_job');
  if (core.under24) planted.add('part_time_under_24h');
  if (core.hoursVariant) {
    planted.add('hours_mismatch');
    variant.hours_mismatch = core.hoursVariant;
  }
  if (core.experienceVariant) {
    planted.add('experience_mismatch');
    variant.experience_mismatch = core.experienceVariant;
  }

  const salariedShare = (1 - rates.not_a_job) * (1 - APPRENTICE_SHARE);
  const company = core.employerKind === 'company';
  // Public employers' contracts are public law: no CDD rules (nor a school's or a household's, kept apart).
  const fixedTermEligible = company && !notAJob && !apprentice && (contract === 'CDD' || contract === 'MIS');
  const fixedTermShare = FIXED_TERM_SHARE * salariedShare;
  let durationMonths: number | undefined;
  let durationDays: number | undefined;
  if (apprentice) durationMonths = random.pick([12, 24, 36]);
  else if (FIXED_TERM_CONTRACTS.has(contract)) {
    if (contract === 'SAI') durationMonths = random.between(1, 6);
    else if ((contract === 'CDD' || contract === 'MIS') && random.chance(0.08))
      durationDays = random.pick(DURATION_DAYS);
    else durationMonths = DURATION_MONTHS[random.fromTable(MONTH_WEIGHTS)]![0];
  }
  if (fixedTermEligible && plant('cdd_rules', conditional(rates.cdd_rules, fixedTermShare))) {
    variant.cdd_rules = contract === 'MIS' && random.chance(0.4) ? 'long_mission' : 'towards_cdi';
    if (variant.cdd_rules === 'long_mission') {
      durationDays = undefined;
      durationMonths = random.pick([24, 30, 36]);
    }
  }
  if (fixedTermEligible && plant('duration_missing', conditional(rates.duration_missing, fixedTermShare))) {
    durationMonths = undefined;
    durationDays = undefined;
    if (variant.cdd_rules === 'long_mission') variant.cdd_rules = 'towards_cdi';
  }
  if (!planted.has('duration_missing') && contract === 'CDD') {
    if (core.employerKind === 'public' && random.chance(0.3)) {
      durationDays = undefined;
      durationMonths = 36;
    } else if (core.employerKind === 'school') {
      durationDays = undefined;
      durationMonths = random.pick([9, 10]);
    } else if (core.employerKind === 'tutoring') {
      durationDays = undefined;
      durationMonths = 12;
    }
  }
  // A contract of 7 days or less is a legal exception to the 24-hour floor: keep planted offers unambiguous.
  if (core.under24 && durationDays !== undefined && durationDays <= 7) durationDays = 14;
  plant('undated', rates.undated);

  // Pay.
  const salaryMissing = plant('salary_missing', rates.salary_missing);
  const payEligible = !salaryMissing && !apprentice;
  const payShare = (1 - rates.salary_missing) * (1 - (1 - rates.not_a_job) * APPRENTICE_SHARE);
  // Pay traps (own stream): they realise `pay_mismatch` and `below_minimum_wage` in the ways real offers do, so
  // the plain draws below plant the rest of each rate.
  const payTraps = new Random(settings.seed, index, PAY_TRAP_STREAM);
  const trapShare = Math.min(rates.pay_mismatch, rates.below_minimum_wage) * 0.45;
  const placeholderShare = Math.min(TRAP_RATES.placeholderPay, trapShare * 0.66);
  const belowLabelShare = Math.min(TRAP_RATES.textBelowLabel, trapShare * 0.34);
  const hoursInTextPart = core.work.text === 'part' || core.work.text === 'under24';
  const partShown = core.work.shown === 'part' || core.work.shown === 'part_no_hours';
  const payTrapEligible = payEligible && company && !notAJob;
  let payTrap: 'placeholder' | 'below_label' | undefined;
  const trapDraw = payTraps.next();
  if (payTrapEligible && origin === 2 && !partShown && !hoursInTextPart) {
    if (trapDraw < conditional(placeholderShare, settings.partnerShare * payShare * 0.6))
      payTrap = 'placeholder';
  } else if (payTrapEligible && origin === 1 && !partShown && !hoursInTextPart) {
    if (trapDraw < conditional(belowLabelShare, (1 - settings.partnerShare) * payShare * 0.6))
      payTrap = 'below_label';
  }
  if (payTrap) {
    planted.add('pay_mismatch');
    planted.add('below_minimum_wage');
    variant.pay_mismatch = payTrap;
    variant.below_minimum_wage = payTrap;
  }
  const regular = (rate: number, share: number) => conditional(Math.max(0, rate - share), payShare);
  const belowMinimum =
    payEligible &&
    (payTrap !== undefined ||
      plant('below_minimum_wage', regular(rates.below_minimum_wage, placeholderShare + belowLabelShare)));
  const payMismatch =
    payEligible &&
    (payTrap !== undefined ||
      plant('pay_mismatch', regular(rates.pay_mismatch, placeholderShare + belowLabelShare)));

  if (payMismatch && !payTrap) {
    variant.pay_mismatch = random.pick(origin === 2 ? PAY_VARIANTS_PARTNER : PAY_VARIANTS_OWN);
    if (belowMinimum && variant.pay_mismatch !== 'commission_only' && variant.pay_mismatch !== 'page')
      variant.pay_mismatch = 'commission_only';
  }
  const salary = planSalary(random, {
    stated: !salaryMissing,
    job: JOBS[job]!,
    work: core.work,
    createdAt: core.createdAt,
    apprentice,
    belowMinimum: belowMinimum && !payTrap,
    payVariant: payTrap ? undefined : variant.pay_mismatch,
  });
  const traps = [...core.traps];
  applyPayTraps(payTraps, { salary, payTrap, core, planted, traps, payVariant: variant.pay_mismatch });

  // Text-only defects.
  for (const category of TEXT_CATEGORIES) plant(category, rates[category]);
  if (planted.has('discrimination')) variant.discrimination = random.chance(0.3) ? 'gendered_title' : 'text';
  if (planted.has('privacy') && JOBS[job]!.flags?.security) variant.privacy = 'photo';

  const contractMismatch =
    !notAJob && plant('contract_mismatch', conditional(rates.contract_mismatch, 1 - rates.not_a_job));
  const placeMismatch = plant('place_mismatch', rates.place_mismatch);

  // Employer.
  const anonymous =
    origin === 2 && random.chance(conditional(rates.anonymous_employer, settings.partnerShare));
  if (anonymous) planted.add('anonymous_employer');
  const tempAgency = contract === 'MIS' || contract === 'DIN';
  let naming: OfferPlan['naming'] = anonymous ? 'anonymous' : 'field';
  if (!anonymous && origin === 2) {
    if (PARTNERS[core.partner]?.employer) naming = 'partner';
    else if (
      company &&
      payTraps.chance(
        conditional(TRAP_RATES.namedElsewhere, settings.partnerShare - rates.anonymous_employer),
      )
    )
      naming = payTraps.chance(0.55) ? 'text' : 'description';
  }
  if (naming !== 'field' && naming !== 'anonymous') traps.push(`named_in_${naming}`);
  if (
    variant.cdd_rules === 'towards_cdi' &&
    origin === 2 &&
    payTraps.chance(TRAP_RATES.cddRulesInDescription)
  ) {
    variant.cdd_rules = 'towards_cdi_description';
    traps.push('cdd_rules_in_description');
  }
  if (core.under24 && company && payTraps.chance(TRAP_RATES.cesuPerk)) traps.push('cesu_perk');
  if (core.experienceVariant === 'years_differ') traps.push('experience_years_differ');
  // Consistent experience wordings that read like a requirement or its contradiction: a negated requirement on a
  // beginner's offer ("Aucune expérience requise !"), the field's years in a range or an "au moins".
  if (!core.experienceVariant && payTraps.chance(0.15)) {
    const { code, months } = core.experience;
    if (code === 'D') traps.push('negated_experience');
    else if (code === 'E' && months !== undefined && months >= 24) traps.push('experience_range');
  }

  const otherCommune = pickOtherCommune(random, commune);

  const plan: OfferPlan = {
    index,
    root: index,
    duplicate: false,
    sibling: false,
    employerKind: core.employerKind,
    naming,
    textCommune: core.textCommune,
    season: core.season,
    traps,
    epoch,
    origin,
    partner: core.partner,
    commune,
    placeForm: core.placeForm,
    job,
    anonymous,
    tempAgency,
    contract,
    nature: core.nature,
    apprentice,
    durationMonths,
    durationDays,
    work: core.work,
    experience: core.experience,
    salary,
    createdAt: core.createdAt,
    planted,
    variant,
    pageContradicts: [],
    otherCommune,
    negatives: [],
  };
  if (contractMismatch) variant.contract_mismatch = 'text';
  if (placeMismatch) variant.place_mismatch = 'text';
  // On a partner offer, a mismatch is stated on the partner page half of the time.
  if (origin === 2) {
    if (contractMismatch && random.chance(0.5)) variant.contract_mismatch = 'page';
    if (placeMismatch && random.chance(0.5)) variant.place_mismatch = 'page';
  }
  drawPageState(settings, random, plan);
  plan.negatives = pickNegatives(random, plan);
  return plan;
}

/** The first draws of a copy's own stream, shared by the index and the full plan so both agree. */
function copyDraws(
  settings: PlanSettings,
  original: { origin: 1 | 2; partner: number; createdAt: number },
  epoch: number,
  random: Random,
): {
  partner: number;
  anonymous?: boolean | undefined;
  createdAt: number;
  copyStyle?: OfferPlan['copyStyle'];
} {
  let partner = random.fromTable(PARTNER_WEIGHTS);
  if (partner === original.partner) partner = (partner + 1) % PARTNERS.length;
  // A partner that is an employer posts its own offers, never copies of others'.
  while (PARTNERS[partner]!.employer || partner === original.partner)
    partner = (partner + 1) % PARTNERS.length;
  // A copy of France Travail's own offer by a partner may drop the employer's name, as aggregators do.
  const anonymous =
    original.origin === 1
      ? random.chance(conditional(settings.rates.anonymous_employer, settings.partnerShare))
      : undefined;
  // Later than the original, so the original stays the earliest copy; a copy posted in a later epoch is dated
  // in that epoch.
  const window = settings.epochWindow(epoch);
  const base = epoch > 0 ? Math.max(original.createdAt, window.start) : original.createdAt;
  const room = Math.max(60_000, Math.min(10 * DAY, window.end - base));
  let createdAt = base + 60_000 + Math.floor(random.next() * room);
  createdAt -= createdAt % 1000;
  // Drawn after the others so that a copy keeps its earlier draws.
  const style = random.next();
  let copyStyle: OfferPlan['copyStyle'];
  if (style < TRAP_RATES.repostSeconds && base === original.createdAt) {
    copyStyle = 'repost_seconds';
    createdAt = original.createdAt + 33_000;
  } else if (style < TRAP_RATES.repostSeconds + TRAP_RATES.otherBlurb) copyStyle = 'other_blurb';
  return { partner, anonymous, createdAt, copyStyle };
}

/** A duplicate: the original re-posted later by another partner, under a new id. */
function planCopy(settings: PlanSettings, original: OfferPlan, index: number, epoch: number): OfferPlan {
  const random = new Random(settings.seed, index, COPY_STREAM);
  const draws = copyDraws(settings, original, epoch, random);
  const planted = new Set(original.planted);
  planted.delete('dead_link');
  const variant = { ...original.variant };
  const anonymous = draws.anonymous ?? original.anonymous;
  if (anonymous) planted.add('anonymous_employer');
  else planted.delete('anonymous_employer');
  // An aggregator copying an employer's own post names the employer in its feed.
  const naming: OfferPlan['naming'] = anonymous
    ? 'anonymous'
    : original.naming === 'partner' || original.naming === 'anonymous'
      ? 'field'
      : original.naming;
  const traps = original.traps.filter(
    (trap) => !trap.startsWith('named_in_') && trap !== 'sibling_not_duplicate',
  );
  if (naming === 'text' || naming === 'description') traps.push(`named_in_${naming}`);
  if (draws.copyStyle) traps.push(`duplicate_${draws.copyStyle}`);
  const copy: OfferPlan = {
    ...original,
    index,
    root: original.root,
    copyOf: original.index,
    duplicate: true,
    sibling: false,
    naming,
    traps,
    copyStyle: draws.copyStyle,
    epoch,
    origin: 2,
    partner: draws.partner,
    anonymous,
    createdAt: draws.createdAt,
    planted,
    variant,
    pageContradicts: [],
  };
  // A partner-page contradiction of the original is carried over only if the copy came from a partner too.
  if (original.origin === 1) {
    if (variant.contract_mismatch === 'page') variant.contract_mismatch = 'text';
    if (variant.place_mismatch === 'page') variant.place_mismatch = 'text';
  }
  drawPageState(settings, random, copy);
  return copy;
}

function drawPageState(settings: PlanSettings, random: Random, plan: OfferPlan): void {
  plan.pageState = undefined;
  plan.pageContradicts = [];
  plan.applicationLink = undefined;
  if (plan.origin !== 2) {
    drawApplicationLink(settings, plan);
    return;
  }
  const wantsPage =
    plan.variant.contract_mismatch === 'page' ||
    plan.variant.place_mismatch === 'page' ||
    plan.variant.pay_mismatch === 'page';
  if (
    random.chance(conditional(settings.rates.dead_link * (1 - APPLICATION_DEAD_SHARE), settings.partnerShare))
  ) {
    plan.pageState = random.pick(['expired_410', 'expired_text', 'redirect_home'] as const);
    plan.planted.add('dead_link');
    // A dead page states nothing: a mismatch it was to carry moves into the text.
    if (plan.variant.contract_mismatch === 'page') plan.variant.contract_mismatch = 'text';
    if (plan.variant.place_mismatch === 'page') plan.variant.place_mismatch = 'text';
    if (plan.variant.pay_mismatch === 'page') plan.variant.pay_mismatch = 'other_amount_in_text';
    return;
  }
  if (wantsPage) {
    plan.pageState = 'contradicting';
    if (plan.variant.contract_mismatch === 'page') {
      plan.pageContradicts.push(
        FIXED_TERM_CONTRACTS.has(plan.contract) && plan.durationMonths !== undefined
          ? 'duration'
          : 'contract',
      );
    }
    if (plan.variant.place_mismatch === 'page') plan.pageContradicts.push('place');
    if (plan.variant.pay_mismatch === 'page') plan.pageContradicts.push('pay');
    return;
  }
  plan.pageState = random.chance(settings.jsOnlyShare) ? 'js_only' : 'live';
}

/**
 * An own offer's application site, from its own stream so that every other draw of the offer is unchanged. A dead
 * one is a planted `dead_link`: the listing sends candidates to a page that no longer takes applications.
 */
function drawApplicationLink(settings: PlanSettings, plan: OfferPlan): void {
  const random = new Random(settings.seed, plan.index, APPLICATION_STREAM);
  if (!random.chance(APPLICATION_LINK_SHARE)) return;
  const site = random.fromTable(APPLICATION_SITE_TABLE);
  const eligible = (1 - settings.partnerShare) * APPLICATION_LINK_SHARE;
  const dead = random.chance(conditional(settings.rates.dead_link * APPLICATION_DEAD_SHARE, eligible));
  const state: ApplicationLinkState = dead
    ? random.pick(['gone_404', 'expired_410', 'redirect_home'] as const)
    : 'live';
  plan.applicationLink = { site, state };
  if (dead) plan.planted.add('dead_link');
}

function pickOtherCommune(random: Random, commune: number): number {
  const departement = departementOfInsee(COMMUNES[commune]!.insee);
  for (;;) {
    const candidate = random.int(COMMUNES.length);
    if (departementOfInsee(COMMUNES[candidate]!.insee) !== departement) return candidate;
  }
}

/** Negatives that would blur a planted defect on the same offer (or make it an exception) are left out. */
const NEGATIVE_CONFLICTS: Record<string, PlantedCategoryId[]> = {
  no_age_limit: ['age_limit'],
  open_to_seniors: ['age_limit'],
  criminal_record_extract: ['privacy'],
  criminal_record_childcare: ['privacy'],
  paid_training: ['fee_requested', 'unpaid_work'],
  travel_expenses: ['fee_requested'],
  replacement_cdd: ['cdd_rules', 'part_time_under_24h', 'contract_mismatch'],
  both_genders: ['discrimination'],
  trial_period: ['unpaid_work'],
  legal_minimum_age_alcohol: ['age_limit'],
};

function pickNegatives(random: Random, plan: OfferPlan): string[] {
  if (!random.chance(0.2)) return [];
  const context = { job: JOBS[plan.job]!, contract: plan.contract };
  const candidates = TRICKY_NEGATIVES.filter(
    (negative) =>
      negative.applies(context) &&
      !(NEGATIVE_CONFLICTS[negative.id] ?? []).some((category) => plan.planted.has(category)),
  );
  // "Formation rémunérée" and the like stay off offers that are no job, where they would read as a sales pitch.
  if (plan.planted.has('not_a_job') || candidates.length === 0) return [];
  return random.sample(candidates, random.chance(0.2) ? 2 : 1).map((negative) => negative.id);
}

interface SalaryContext {
  stated: boolean;
  job: (typeof JOBS)[number];
  work: WorkPlan;
  createdAt: number;
  apprentice: boolean;
  belowMinimum: boolean;
  payVariant?: string | undefined;
}

/** The weekly hours the offer states, in its fields or only in its text; 35 when it states none. */
export function weeklyHours(work: WorkPlan): number {
  if (work.hours !== undefined) return hoursValue(work.hours);
  if (work.textHours !== undefined) return hoursValue(work.textHours);
  return 35;
}

function planSalary(random: Random, context: SalaryContext): SalaryPlan {
  if (!context.stated) return { stated: false, unit: 'none', min: 0 };
  const hours = weeklyHours(context.work);
  const partTime =
    context.work.shown === 'part' ||
    context.work.shown === 'part_no_hours' ||
    context.work.text === 'part' ||
    context.work.text === 'under24';
  // Compare with the SMIC a little after creation too: a duplicate re-posted after a revaluation must stay legal.
  const atCreation = smicAt(context.createdAt);
  const later = smicAt(context.createdAt + 11 * DAY);
  const floorHourly = Math.max(atCreation.hourly, later.hourly);
  const round2 = (value: number) => Math.round(value * 100) / 100;
  const monthlyFor = (hourly: number) => round2((hourly * hours * 52) / 12);

  if (context.apprentice) {
    const share = random.pick([0.53, 0.61, 0.78, 1]);
    // The legal scale itself as a range (27 % to 100 % of the SMIC): not an absurd range.
    if (random.chance(APPRENTICE_SCALE_SHARE)) {
      return {
        stated: true,
        unit: 'Mensuel',
        min: round2(later.monthly * 0.27),
        max: later.monthly,
        legalBoundary: 'apprentice_pay_scale_range',
      };
    }
    const min = Math.round(later.monthly * share * (hours / 35));
    return {
      stated: true,
      unit: 'Mensuel',
      min,
      ...(share < 1 ? { legalBoundary: 'apprentice_pay_below_smic' as const } : {}),
    };
  }
  if (context.belowMinimum) {
    const hourly = round2(atCreation.hourly * (0.72 + random.next() * 0.2));
    if (partTime || random.chance(0.5)) {
      const max = random.chance(0.5) ? round2(Math.min(hourly * 1.05, atCreation.hourly - 0.05)) : undefined;
      return { stated: true, unit: 'Horaire', min: hourly, max };
    }
    if (random.chance(0.8))
      return {
        stated: true,
        unit: 'Mensuel',
        min: Math.round(atCreation.monthly * (0.6 + random.next() * 0.32)),
      };
    return {
      stated: true,
      unit: 'Annuel',
      min: Math.round(atCreation.monthly * 12 * (0.6 + random.next() * 0.3)),
    };
  }
  const [low, high] = context.job.pay;
  let hourly = round2(floorHourly * (low + random.next() * (high - low)));
  const atSmic = low === 1 && random.chance(0.15);
  if (atSmic) hourly = floorHourly;
  const range = random.chance(0.55);
  const spread = 1 + random.next() * 0.3;
  const unit: SalaryPlan['unit'] =
    context.job.flags?.artist && random.chance(0.5)
      ? 'Cachet'
      : partTime
        ? random.weighted([
            ['Horaire', 70],
            ['Mensuel', 30],
          ] as const)
        : random.weighted([
            ['Mensuel', 45],
            ['Horaire', 33],
            ['Annuel', context.job.pay[1] > 1.5 ? 40 : 12],
          ] as const);
  let min: number;
  if (unit === 'Horaire') min = hourly;
  else if (unit === 'Mensuel') min = Math.ceil(monthlyFor(hourly));
  else if (unit === 'Annuel') min = Math.ceil((monthlyFor(hourly) * 12) / 500) * 500;
  else min = Math.round(hourly * 12);
  let max = range
    ? unit === 'Horaire'
      ? round2(min * spread)
      : Math.round((min * spread) / 50) * 50
    : undefined;
  if (max !== undefined && max < min) max = min;
  const salary: SalaryPlan = { stated: true, unit, min, max };
  if (atSmic && unit === 'Horaire' && !context.payVariant) salary.legalBoundary = 'pay_exactly_smic';
  if (context.payVariant === 'wide_range')
    salary.max = unit === 'Horaire' ? round2(min * 3.6) : Math.round((min * 3.6) / 100) * 100;
  if (context.payVariant === 'unit_error') {
    salary.unit = 'Mensuel';
    salary.min = random.pick([35000, 40000, 45000]);
    salary.max = salary.min + random.pick([10000, 20000]);
  }
  if (context.payVariant === 'other_amount_in_text' || context.payVariant === 'page') {
    const shownMonthly = unit === 'Horaire' ? monthlyFor(min) : unit === 'Annuel' ? min / 12 : min;
    salary.otherMonthly = Math.round((shownMonthly * (1.35 + random.next() * 0.3)) / 50) * 50;
  }
  return salary;
}

interface PayTrapContext {
  salary: SalaryPlan;
  payTrap?: 'placeholder' | 'below_label' | undefined;
  core: OfferCore;
  planted: Set<PlantedCategoryId>;
  traps: string[];
  payVariant?: string | undefined;
}

/** The pay traps of real offers, applied to the planned salary. */
function applyPayTraps(random: Random, context: PayTrapContext): void {
  const { salary, core, traps } = context;
  if (!salary.stated || salary.unit === 'none') return;
  const round2 = (value: number) => Math.round(value * 100) / 100;
  const atCreation = smicAt(core.createdAt);
  const floorHourly = Math.max(atCreation.hourly, smicAt(core.createdAt + 11 * DAY).hourly);
  if (context.payTrap === 'placeholder') {
    // "Mensuel de 1764,00 Euros" from the feed, "12.88€ de l'heure" in the text: both below nothing but the
    // label, which is under the monthly SMIC for 35 h; the lower figure is what the SMIC check judges.
    salary.unit = 'Mensuel';
    salary.min = random.pick(PLACEHOLDER_MONTHLY);
    salary.max = undefined;
    salary.legalBoundary = undefined;
    salary.textHourly = round2(floorHourly * (1.02 + random.next() * 0.12));
    traps.push('placeholder_pay_label');
    return;
  }
  if (context.payTrap === 'below_label') {
    // The label shows the SMIC rate, the text two lower rates (a trial-period one, then a "polyvalence" one).
    salary.unit = 'Horaire';
    salary.min = floorHourly;
    salary.max = undefined;
    salary.legalBoundary = undefined;
    const high = round2(atCreation.hourly - 0.08 - random.int(5) * 0.01);
    salary.textRates = [round2(high - 0.15), high];
    traps.push('text_rates_below_label');
    return;
  }
  if (context.planted.has('pay_mismatch') || context.planted.has('below_minimum_wage')) return;
  // A placeholder label that agrees with the text: part-time said only in the text, its hourly rate legal.
  if (core.origin === 2 && core.work.text === 'part' && random.chance(0.5)) {
    const hours = weeklyHours(core.work);
    const label = random.pick(PLACEHOLDER_MONTHLY);
    const hourly = round2(label / ((hours * 52) / 12));
    if (hourly >= floorHourly + 0.02) {
      salary.unit = 'Mensuel';
      salary.min = label;
      salary.max = undefined;
      salary.legalBoundary = undefined;
      salary.textHourly = hourly;
      traps.push('placeholder_pay_agrees');
      return;
    }
  }
  // Pay said only in the text, without a label or a € sign.
  if (
    (salary.unit === 'Mensuel' || salary.unit === 'Horaire') &&
    !salary.legalBoundary &&
    random.chance(TRAP_RATES.amountWithoutEuro / 0.4)
  ) {
    salary.labelShown = false;
    traps.push('amount_without_euro');
  }
}

/** The stability categories, read from the fields as an auditor would. */
export function stabilityCategories(plan: OfferPlan): CategoryId[] {
  const out: CategoryId[] = [];
  // A "CDI intérimaire" is a CDI with the temp agency: it is not counted as precarious.
  if (plan.contract !== 'CDI' && plan.contract !== 'DIN') out.push('not_cdi');
  const partShown = plan.work.shown === 'part' || plan.work.shown === 'part_no_hours';
  const hours = plan.work.hours !== undefined ? hoursValue(plan.work.hours) : undefined;
  // Part-time said only in the text ("CDI à 80%", "contrat 11h/semaine") is part-time too (ANNOTATION.md).
  const partInText = plan.work.text === 'part' || plan.work.text === 'under24';
  if (partShown || partInText || (hours !== undefined && hours < 35)) out.push('part_time');
  if (
    FIXED_TERM_CONTRACTS.has(plan.contract) &&
    plan.durationMonths === undefined &&
    plan.durationDays !== undefined
  ) {
    out.push('short_contract');
  }
  return out;
}

/**
 * `hours_missing`: no working time at all, neither a field nor the text (weekly hours, full/part time, a
 * schedule). The text states working time only through the plan's `work.text`, the planted hours mismatches and
 * the trap lines that carry hours (households), so this is read from the plan.
 */
export function hoursMissing(plan: OfferPlan): boolean {
  return plan.work.shown === 'none' && plan.work.text === undefined && plan.work.textHours === undefined;
}

export function categoriesOf(plan: OfferPlan): CategoryId[] {
  const categories = new Set<CategoryId>(plan.planted);
  if (plan.duplicate) categories.add('duplicate');
  for (const category of stabilityCategories(plan)) categories.add(category);
  if (hoursMissing(plan)) categories.add('hours_missing');
  return [...categories].sort();
}
