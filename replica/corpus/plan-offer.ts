import { Random, streamId, WeightedTable } from '../random.js';
import type { CategoryId, CategoryRates, PartnerPageState, PlantedCategoryId } from '../types.js';
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
import { TRICKY_NEGATIVES } from './data/tricky-negatives.js';
import { FULL_TIME_HOURS, hoursValue, PART_TIME_HOURS, UNDER_24_HOURS } from './data/working-time.js';

/**
 * The plan of one offer: every decision that fixes its categories, drawn from `(seed, index)` alone. The text is
 * written later from the plan (write-offer.ts), so the truth is computed from the decisions, not guessed back
 * from the text.
 */
export interface OfferPlan {
  index: number;
  /** Index of the original this offer copies; its own index when it is not a duplicate. */
  root: number;
  duplicate: boolean;
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
  durationMonths?: number;
  durationDays?: number;
  work: WorkPlan;
  experience: { code: 'D' | 'S' | 'E'; months?: number };
  salary: SalaryPlan;
  createdAt: number;
  planted: Set<PlantedCategoryId>;
  /** Which wording family realises a planted category (see write-offer.ts). */
  variant: Partial<Record<PlantedCategoryId, string>>;
  pageState?: PartnerPageState;
  /** Fields the partner page states differently from the listing. */
  pageContradicts: ('contract' | 'duration' | 'pay' | 'place')[];
  /** A commune used by `place_mismatch` (in the text or on the partner page). */
  otherCommune: number;
  negatives: string[];
}

export interface WorkPlan {
  /** none: no working-time field; full/part: shown with hours; part_no_hours: "temps partiel" alone; full_label: "Temps plein" alone. */
  shown: 'none' | 'full' | 'part' | 'part_no_hours' | 'full_label';
  hours?: string;
}

export interface SalaryPlan {
  stated: boolean;
  unit: 'Horaire' | 'Mensuel' | 'Annuel' | 'Cachet' | 'none';
  min: number;
  max?: number;
  /** A pay the text (or the partner page) states against the listing, for `pay_mismatch`. */
  otherMonthly?: number;
  /** A legal pay that looks like a defect: an apprentice's share of the SMIC, or exactly the SMIC. */
  legalBoundary?: 'apprentice_pay_below_smic' | 'pay_exactly_smic';
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

const APPRENTICE_SHARE = 0.015;
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
  if (!isDuplicate(settings, index)) return planOriginal(settings, index, epochOf(index));
  const root = rootOf(settings, index);
  return planCopy(settings, planOriginal(settings, root, epochOf(root)), index, epochOf(index));
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
  hoursVariant?: string;
  work: WorkPlan;
  experience: OfferPlan['experience'];
  experienceVariant?: string;
  createdAt: number;
}

export function offerCore(
  settings: PlanSettings,
  index: number,
  epochOf: (index: number) => number,
): OfferCore {
  if (!isDuplicate(settings, index)) return coreOriginal(settings, index, epochOf(index));
  const root = rootOf(settings, index);
  const original = coreOriginal(settings, root, epochOf(root));
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
  return {
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
  };
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
  const fixedTermEligible = !notAJob && !apprentice && (contract === 'CDD' || contract === 'MIS');
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
  // A contract of 7 days or less is a legal exception to the 24-hour floor: keep planted offers unambiguous.
  if (core.under24 && durationDays !== undefined && durationDays <= 7) durationDays = 14;
  plant('undated', rates.undated);

  // Pay.
  const salaryMissing = plant('salary_missing', rates.salary_missing);
  const payEligible = !salaryMissing && !apprentice;
  const payShare = (1 - rates.salary_missing) * (1 - (1 - rates.not_a_job) * APPRENTICE_SHARE);
  const belowMinimum =
    payEligible && plant('below_minimum_wage', conditional(rates.below_minimum_wage, payShare));
  const payMismatch = payEligible && plant('pay_mismatch', conditional(rates.pay_mismatch, payShare));
  if (payMismatch) {
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
    belowMinimum,
    payVariant: variant.pay_mismatch,
  });

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

  const otherCommune = pickOtherCommune(random, commune);

  const plan: OfferPlan = {
    index,
    root: index,
    duplicate: false,
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
): { partner: number; anonymous?: boolean; createdAt: number } {
  let partner = random.fromTable(PARTNER_WEIGHTS);
  if (partner === original.partner) partner = (partner + 1) % PARTNERS.length;
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
  return { partner, anonymous, createdAt };
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
  const copy: OfferPlan = {
    ...original,
    index,
    root: original.index,
    duplicate: true,
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
  if (plan.origin !== 2) return;
  const wantsPage =
    plan.variant.contract_mismatch === 'page' ||
    plan.variant.place_mismatch === 'page' ||
    plan.variant.pay_mismatch === 'page';
  if (random.chance(conditional(settings.rates.dead_link, settings.partnerShare))) {
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
  payVariant?: string;
}

function weeklyHours(work: WorkPlan): number {
  return work.hours !== undefined ? hoursValue(work.hours) : 35;
}

function planSalary(random: Random, context: SalaryContext): SalaryPlan {
  if (!context.stated) return { stated: false, unit: 'none', min: 0 };
  const hours = weeklyHours(context.work);
  const partTime = context.work.shown === 'part' || context.work.shown === 'part_no_hours';
  // Compare with the SMIC a little after creation too: a duplicate re-posted after a revaluation must stay legal.
  const atCreation = smicAt(context.createdAt);
  const later = smicAt(context.createdAt + 11 * DAY);
  const floorHourly = Math.max(atCreation.hourly, later.hourly);
  const round2 = (value: number) => Math.round(value * 100) / 100;
  const monthlyFor = (hourly: number) => round2((hourly * hours * 52) / 12);

  if (context.apprentice) {
    const share = random.pick([0.53, 0.61, 0.78, 1]);
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

/** The stability categories, read from the fields as an auditor would. */
export function stabilityCategories(plan: OfferPlan): CategoryId[] {
  const out: CategoryId[] = [];
  // A "CDI intérimaire" is a CDI with the temp agency: it is not counted as precarious.
  if (plan.contract !== 'CDI' && plan.contract !== 'DIN') out.push('not_cdi');
  const partShown = plan.work.shown === 'part' || plan.work.shown === 'part_no_hours';
  const hours = plan.work.hours !== undefined ? hoursValue(plan.work.hours) : undefined;
  if (partShown || (hours !== undefined && hours < 35)) out.push('part_time');
  if (
    FIXED_TERM_CONTRACTS.has(plan.contract) &&
    plan.durationMonths === undefined &&
    plan.durationDays !== undefined
  ) {
    out.push('short_contract');
  }
  return out;
}

export function categoriesOf(plan: OfferPlan): CategoryId[] {
  const categories = new Set<CategoryId>(plan.planted);
  if (plan.duplicate) categories.add('duplicate');
  for (const category of stabilityCategories(plan)) categories.add(category);
  return [...categories].sort();
}
