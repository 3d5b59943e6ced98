import { Random, streamId } from '../random.js';
import type { ApiOffer } from '../types.js';
import { APPLICATION_SITES } from './data/application-sites.js';
import { COMMUNES, departementOfInsee } from './data/communes.js';
import { FIXED_TERM_CONTRACTS, LONG_LABELS, SHORT_LABELS } from './data/contracts.js';
import type { Wording } from './data/defect-wordings.js';
import * as defects from './data/defect-wordings.js';
import { DEPARTEMENTS } from './data/departements.js';
import {
  ABOUT_PARAGRAPHS,
  BENEFIT_LINES,
  CLOSINGS,
  CONDITIONS_HEADERS,
  CONTRACT_LINES,
  ENGLISH_DESCRIPTIONS,
  EXPERIENCE_BEGINNER_LINES,
  EXPERIENCE_REQUIRED_LINES,
  HOURS_LINES,
  INTROS,
  MISSION_BULLETS,
  MISSION_HEADERS,
  ORGANISATION_PARAGRAPHS,
  PAY_LINES,
  PROFILE_HEADERS,
  PROFILE_LINES,
  SECTOR_PHRASES,
  UNSTATED_PAY_LINES,
} from './data/description-fragments.js';
import * as descriptions from './data/employer-descriptions.js';
import {
  BRAND_FORMS,
  BRAND_STEMS,
  BRAND_SUFFIXES,
  EMPLOYER_DESCRIPTIONS,
  EMPLOYER_PATTERNS,
  PLACE_WORDS,
  SURNAMES,
  TEMP_AGENCIES,
  TRADE_WORDS,
} from './data/employers.js';
import { JOBS, type JobRow, QUALIFICATIONS } from './data/jobs.js';
import { PARTNERS, type PartnerRow, partnerLogo } from './data/partners.js';
import {
  APPRENTICE_COMMENT,
  COMMENTS_WITHOUT_AMOUNT,
  COMPLEMENTS,
  PUBLIC_COMMENTS,
} from './data/salary-wording.js';
import * as traps from './data/traps.js';
import { TRICKY_NEGATIVES } from './data/tricky-negatives.js';
import { hoursValue, WORK_RHYTHMS } from './data/working-time.js';
import type { OfferPlan, SalaryPlan } from './plan-offer.js';

const TEXT_STREAM = streamId('text');
const EDIT_STREAM = streamId('edit');
const FIELD_STREAM = streamId('fields');
const DESCRIPTION_STREAM = streamId('employer-description');

export interface WriteContext {
  seed: number;
  /** The server's base URL, for `urlOrigine` and partner links. */
  baseUrl: string;
  id: (index: number) => string;
  /** How many times `advance()` modified the offer. */
  modifications: number;
  /** The corpus's current time (ms): no date is later. */
  now: number;
  /** When the last modification happened (ms), for `dateActualisation`. */
  modifiedAt?: number;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** "SAINT-JULIEN-EN-GENEVOIS" → "ST JULIEN EN GENEVOIS", as France Travail's own listings write places. */
export function upperPlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/\bSAINTE?-/g, (match) => (match.startsWith('SAINTE') ? 'STE ' : 'ST '))
    .replace(/-/g, ' ')
    .replace(/\s+(\d+)(ER|E) ARRONDISSEMENT$/, ' $1');
}

export function employerName(seed: number, plan: OfferPlan): string {
  const random = new Random(seed, plan.root, streamId('employer'));
  const job = JOBS[plan.job]!;
  if (plan.naming === 'partner') return PARTNERS[plan.partner]!.nom;
  if (plan.tempAgency) return random.pick(TEMP_AGENCIES);
  // Employers a partner feed names only in the text or the description are brands, as in the real samples
  // ("BYmyCAR", "Sopra Steria", "Buffalo Grill", "Orientaction"), not a trade and a street name in capitals.
  if (plan.naming === 'text' || plan.naming === 'description') return brandName(random, job.sector);
  const city = COMMUNES[plan.commune]!;
  const patterns: Partial<Record<OfferPlan['employerKind'], readonly string[]>> = {
    public: traps.PUBLIC_EMPLOYERS,
    school: traps.SCHOOL_EMPLOYERS,
    tutoring: traps.TUTORING_EMPLOYERS,
    household_agency: traps.HOUSEHOLD_AGENCIES,
  };
  return fill(random.pick(patterns[plan.employerKind] ?? EMPLOYER_PATTERNS[job.sector]), {
    surname: random.pick(SURNAMES).toUpperCase(),
    place: random.pick(PLACE_WORDS).toUpperCase(),
    upperplace: upperPlaceName(city.name),
    trade: random.pick(TRADE_WORDS),
  });
}

function brandName(random: Random, sector: JobRow['sector']): string {
  const stem = random.pick(BRAND_STEMS);
  const name = fill(random.pick(BRAND_FORMS), { stem, suffix: BRAND_SUFFIXES[sector] });
  return random.chance(0.3) ? name.toUpperCase() : name;
}

/** "DALKIA" → "Dalkia": how a partner that is the employer writes its own name in its text. */
function brandCase(name: string): string {
  return name.charAt(0) + name.slice(1).toLowerCase();
}

export function placeLabel(plan: OfferPlan, upper: boolean): string {
  const commune = COMMUNES[plan.commune]!;
  const departement = departementOfInsee(commune.insee);
  if (plan.placeForm === 'departement') {
    return `${departement} - ${DEPARTEMENTS.find((d) => d.code === departement)?.libelle ?? departement}`;
  }
  return `${departement} - ${upper ? upperPlaceName(commune.name) : commune.name}`;
}

export function durationLabel(plan: OfferPlan): string | undefined {
  if (plan.durationMonths !== undefined) return `${plan.durationMonths} Mois`;
  if (plan.durationDays !== undefined) return `${plan.durationDays} Jour(s)`;
  return undefined;
}

export function contractLabel(plan: OfferPlan, longEra: boolean): string {
  const base = (longEra ? LONG_LABELS : SHORT_LABELS)[plan.contract] ?? plan.contract;
  const duration = FIXED_TERM_CONTRACTS.has(plan.contract) ? durationLabel(plan) : undefined;
  return duration ? `${base} - ${duration}` : base;
}

/** A French amount in running text: "2 450". */
function euros(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** `salaire.libelle` in the format of its era: France Travail's own "1861.0 … sur 12.0 mois", partners' "1600,00". */
export function salaryLabel(salary: SalaryPlan, random: Random, partnerStyle: boolean): string | undefined {
  if (!salary.stated || salary.unit === 'none') return undefined;
  const dot = (value: number) => (Number.isInteger(value) ? value.toFixed(1) : String(value));
  const comma = (value: number) => value.toFixed(2).replace('.', ',');
  if (partnerStyle) {
    const amount = (value: number) => `${comma(value)} Euros`;
    const unit = random.chance(0.03) ? '' : `${salary.unit} de `;
    const head = unit === '' ? 'De ' : unit;
    if (salary.max !== undefined || unit === '')
      return `${head}${amount(salary.min)} à ${amount(salary.max ?? salary.min)}`;
    return random.chance(0.5)
      ? `${head}${amount(salary.min)}`
      : `${head}${amount(salary.min)} à ${amount(salary.min)}`;
  }
  const months = random.weighted([
    ['12.0', 70],
    ['13.0', 12],
    ['12', 8],
    ['0.0', 3],
    ['', 7],
  ] as const);
  const tail = months === '' ? '' : ` sur ${months} mois`;
  const range = salary.max !== undefined ? ` à ${dot(salary.max)} Euros` : '';
  return `${salary.unit} de ${dot(salary.min)} Euros${range}${tail}`;
}

function title(job: JobRow, plan: OfferPlan, random: Random, cityName: string): string {
  if (plan.variant.discrimination === 'gendered_title' && !job.epicene) return job.feminine;
  const appellation = job.appellation;
  const options: string[] = [
    `${appellation} (H/F)`,
    `${appellation} (H/F)`,
    `${job.masculine} (H/F)`,
    `${job.masculine} H/F`,
    `${job.masculine} F/H`,
    `${job.masculine.toUpperCase()} (H/F)`,
    `${job.masculine} / ${job.feminine} (H/F)`,
  ];
  const partnerChoice = random.pick([
    `${job.masculine} H/F - ${cityName}`,
    `${job.masculine} (F/H) - ${cityName}`,
  ]);
  const bare = job.epicene && random.chance(0.1);
  const choice = random.pick(options);
  if (bare) return job.masculine;
  // Drawn whatever the origin, so that a copy reads the same text stream as its original.
  const partnerTitle = random.chance(0.25);
  // Tutoring firms post one ad per town, and say which in the title ("Cours particuliers à CLUSES (74300)").
  if (plan.employerKind === 'tutoring') {
    const town = COMMUNES[plan.textCommune]!;
    return partnerTitle
      ? `Cours particuliers à ${upperPlaceName(town.name)} (${town.postcode}) (H/F)`
      : `${job.masculine} soutien scolaire - ${spokenCityName(town.name)} (H/F)`;
  }
  return plan.origin === 2 && partnerTitle ? partnerChoice : choice;
}

/** "Paris 15e Arrondissement" → "Paris 15e", as people write it. */
function spokenCityName(name: string): string {
  return name.replace(/ (\d+(?:er|e)) Arrondissement$/, ' $1');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function years(months: number): string {
  return months >= 12 ? `${months / 12} an${months >= 24 ? 's' : ''}` : `${months} mois`;
}

interface Sections {
  intro: string[];
  missions: string[];
  profile: string[];
  conditions: string[];
  closing: string[];
}

/**
 * Writes the description: clean pieces, then the planted defects, traps and tricky negatives in their place. Some
 * partner feeds move the ad's first paragraph into `entreprise.description`: it is returned apart then.
 */
function description(
  plan: OfferPlan,
  random: Random,
  values: { employer: string; city: string; title: string; job: JobRow; contract: string },
): { text: string; firstParagraph?: string | undefined } {
  const { job } = values;
  const vars = {
    employer: values.employer,
    city: values.city,
    job: job.masculine.toLowerCase(),
    title: values.title,
    sector: random.pick(SECTOR_PHRASES),
  };
  const sections: Sections = { intro: [], missions: [], profile: [], conditions: [], closing: [] };
  // Real descriptions range from a terse paragraph to a long page (p10 ~600, median ~1,400, p90 ~2,700 chars).
  const style = random.weighted([
    ['short', 14],
    ['normal', 61],
    ['long', 25],
  ] as const);
  const count = (short: number, normal: number, long: number) =>
    style === 'short' ? short : style === 'normal' ? normal : long;
  // "recherche pour son client" is how temp agencies write; a hotel does not.
  const intros = plan.tempAgency ? INTROS : INTROS.filter((intro) => !intro.includes('pour son client'));
  const intro = capitalise(fill(random.pick(intros), vars));
  // Employers named only in the text say who they are in the first line ("Lidl recrute", "Rejoignez Auchan").
  // So does a partner that is the employer (its careers site: "Rejoindre Dalkia, c'est…").
  const namesItself = plan.naming === 'text' || plan.naming === 'partner';
  sections.intro.push(namesItself ? fill(random.pick(traps.NAMED_IN_TEXT_INTROS), vars) : intro);
  const aboutCount = count(
    0,
    random.weighted([
      [0, 25],
      [1, 75],
    ] as const),
    random.between(2, 4),
  );
  for (const paragraph of random.sample(ABOUT_PARAGRAPHS, aboutCount)) sections.intro.push(paragraph);
  const bullet = random.pick(MISSION_BULLETS);
  sections.missions.push(random.pick(MISSION_HEADERS));
  const missionCount = count(
    random.between(2, 3),
    random.between(4, job.missions.length),
    job.missions.length,
  );
  for (const line of random.sample(job.missions, missionCount)) sections.missions.push(`${bullet}${line}`);
  sections.profile.push(random.pick(PROFILE_HEADERS));
  for (const line of random.sample(PROFILE_LINES, count(1, random.between(3, 5), random.between(5, 8))))
    sections.profile.push(line);

  const statesNothing = plan.planted.has('salary_missing');
  const experienceMonths = plan.experience.months;
  if (!plan.variant.experience_mismatch) {
    if (plan.experience.code === 'D' && random.chance(0.4))
      sections.profile.push(random.pick(EXPERIENCE_BEGINNER_LINES));
    if (plan.experience.code === 'E' && experienceMonths && random.chance(0.4)) {
      sections.profile.push(fill(random.pick(EXPERIENCE_REQUIRED_LINES), { years: years(experienceMonths) }));
    }
  }

  sections.conditions.push(random.pick(CONDITIONS_HEADERS));
  if (random.chance(0.35) && !plan.variant.contract_mismatch && !plan.planted.has('duration_missing')) {
    sections.conditions.push(fill(random.pick(CONTRACT_LINES), { contract: values.contract }));
  }
  if (plan.work.hours !== undefined && !plan.variant.hours_mismatch && random.chance(0.3)) {
    sections.conditions.push(
      fill(random.pick(HOURS_LINES), {
        hours: plan.work.hours.includes('H') ? plan.work.hours.replace('H', 'h') : `${plan.work.hours}h`,
      }),
    );
  }
  if (
    plan.salary.stated &&
    plan.salary.unit === 'Mensuel' &&
    !plan.variant.pay_mismatch &&
    random.chance(0.25)
  ) {
    sections.conditions.push(
      fill(random.pick(PAY_LINES), { pay: `${euros(plan.salary.min)} € brut mensuel` }),
    );
  } else if (random.chance(0.4)) {
    sections.conditions.push(random.pick(UNSTATED_PAY_LINES));
  }
  for (const line of random.sample(BENEFIT_LINES, count(0, random.between(1, 4), random.between(3, 6))))
    sections.conditions.push(line);
  for (const paragraph of random.sample(
    ORGANISATION_PARAGRAPHS,
    count(
      0,
      random.weighted([
        [0, 60],
        [1, 40],
      ] as const),
      random.between(1, 3),
    ),
  )) {
    sections.closing.push(paragraph);
  }
  sections.closing.push(random.pick(CLOSINGS));

  plantDefects(plan, random, sections, statesNothing);
  // The line that names the employer is kept by a foreign-language rewrite, or the offer would name nobody.
  if (namesItself) plantedLines.get(plan)!.add(sections.intro[0]!);
  const firstParagraph = plantTraps(plan, random, sections, vars);
  for (const id of plan.negatives) {
    const negative = TRICKY_NEGATIVES.find((candidate) => candidate.id === id);
    if (negative)
      insertAt(random, random.chance(0.5) ? sections.profile : sections.conditions, negative.text);
  }
  // A family writes a few lines, never a company's presentation, perks or organisation (dropped after every
  // draw, so the rest of the offer reads the same).
  if (plan.employerKind === 'household') {
    for (const part of [sections.intro, sections.conditions, sections.closing]) {
      const kept = part.filter((line) => !COMPANY_LINES.has(line));
      part.splice(0, part.length, ...kept);
    }
  }

  if (plan.planted.has('foreign_language')) {
    const english = fill(random.pick(ENGLISH_DESCRIPTIONS), vars);
    const french = [...sections.intro, ...sections.profile.slice(1), ...sections.conditions.slice(1)].filter(
      (line) => isDefectLine(plan, line),
    );
    return { text: [english, ...french].join('\n'), firstParagraph };
  }
  const separator = random.chance(0.15) ? ' \n' : '\n';
  const text = [
    sections.intro.join('\n\n'),
    sections.missions.join('\n'),
    sections.profile.join(separator),
    sections.conditions.join('\n'),
    sections.closing.join('\n\n'),
  ]
    .filter((part) => part.length > 0)
    .join('\n\n');
  return { text, firstParagraph };
}

/** What only a company writes about itself. */
const COMPANY_LINES = new Set<string>([...ABOUT_PARAGRAPHS, ...BENEFIT_LINES, ...ORGANISATION_PARAGRAPHS]);

/** "12.88": hourly rates as partner feeds write them in the text. */
function dotted(value: number): string {
  return value.toFixed(2);
}

/** "11,65": hourly rates with a decimal comma. */
function commaDecimal(value: number): string {
  return value.toFixed(2).replace('.', ',');
}

/**
 * The traps of real offers (data/traps.ts) in their place; returns the first paragraph when the feed moves it
 * into `entreprise.description` (then it is no longer in the text). Lines that carry the truth (hours, pay) are
 * kept by a foreign-language rewrite, as defect lines are.
 */
function plantTraps(
  plan: OfferPlan,
  random: Random,
  sections: Sections,
  vars: { employer: string; city: string; job: string },
): string | undefined {
  const lines = plantedLines.get(plan)!;
  const keep = (section: string[], text: string, at?: number) => {
    lines.add(text);
    if (at === undefined) insertAt(random, section, text);
    else section.splice(at, 0, text);
  };
  const { work, salary } = plan;
  // Working time said only in the text.
  if (work.text === 'part' && work.textHours) {
    const usable = traps.PART_TIME_TEXT.filter(
      (wording) => !wording.hours || wording.hours.includes(work.textHours!),
    );
    const wording = random.pick(usable.length > 0 ? usable : traps.PART_TIME_TEXT);
    const hours = hoursValue(work.textHours);
    keep(
      sections.conditions,
      fill(wording.text, { hours: String(Math.round(hours)), percent: Math.round((hours / 35) * 100) }),
    );
  } else if (work.text === 'under24' && work.textHours && plan.employerKind !== 'household') {
    if (plan.employerKind !== 'household_agency') {
      const usable = traps.UNDER_24_TEXT.filter((wording) => wording.hours.includes(work.textHours!));
      const wording = random.pick(usable);
      const daily = `${Number(work.textHours) / (wording.days ?? 1)}h`;
      keep(sections.conditions, fill(wording.text, { hours: work.textHours, daily }));
    }
  } else if (work.text === 'full') {
    keep(sections.conditions, random.pick(traps.FULL_TIME_TEXT));
  }
  // Employers that the 24-hour floor or the CDD rules do not bind, said in their own words.
  if (plan.employerKind === 'public') {
    for (const line of random.sample(traps.PUBLIC_LINES.slice(0, 4), random.between(1, 2)))
      keep(sections.conditions, line);
    if (work.shown === 'part' || work.text === 'under24') keep(sections.conditions, traps.PUBLIC_LINES[4]!);
    if (plan.contract === 'CDD' && plan.durationMonths === 36)
      keep(sections.conditions, traps.PUBLIC_CDD_LINES[2]!);
    else if (plan.contract === 'CDD' && random.chance(0.6))
      keep(sections.conditions, random.pick(traps.PUBLIC_CDD_LINES.filter((_, i) => i !== 2)));
  }
  if (plan.employerKind === 'school') keep(sections.intro, random.pick(traps.SCHOOL_LINES), 0);
  if (plan.employerKind === 'tutoring') {
    const town = spokenCityName(COMMUNES[plan.textCommune]!.name);
    keep(sections.intro, fill(random.pick(traps.TUTORING_LINES), { town }), 1);
  }
  if (plan.employerKind === 'household' || plan.employerKind === 'household_agency') {
    const hours = work.hours ?? work.textHours ?? '4';
    const line =
      plan.employerKind === 'household'
        ? fill(random.pick(traps.HOUSEHOLD_DIRECT), { hours })
        : fill(random.pick(traps.HOUSEHOLD_AGENCY), { hours, agency: vars.employer });
    lines.add(line);
    sections.intro[0] = line;
  }
  if (plan.season) {
    const line = random.pick(traps.SEASON_LINES[plan.season]);
    keep(sections.intro, line, 1);
  }
  if (plan.traps.includes('cesu_perk')) keep(sections.conditions, traps.CESU_PERK);
  // Experience: the field's years in a range or an "au moins"; negated requirements on a beginner's offer.
  const months = plan.experience.months;
  if (plan.traps.includes('negated_experience'))
    keep(sections.profile, random.pick(traps.NEGATED_EXPERIENCE_LINES));
  if (plan.traps.includes('experience_range') && months !== undefined) {
    const years = months / 12;
    keep(
      sections.profile,
      fill(random.pick(traps.EXPERIENCE_RANGE_LINES), {
        low: years - 1,
        high: years + 1,
        years: `${years} ans`,
      }),
    );
  }
  if (plan.variant.experience_mismatch === 'required_shown_beginner_text' && random.chance(0.4))
    keep(sections.profile, random.pick(traps.OPEN_TO_ALL_EXPERIENCE));
  if (plan.variant.experience_mismatch === 'years_differ')
    keep(sections.profile, fill(random.pick(traps.OTHER_YEARS_LINES), { years: random.pick([3, 4, 5]) }));
  // Pay.
  if (salary.textHourly !== undefined)
    keep(sections.conditions, fill(random.pick(traps.HOURLY_IN_TEXT), { rate: dotted(salary.textHourly) }));
  if (salary.textRates) {
    const [low, high] = salary.textRates;
    keep(
      sections.conditions,
      fill(random.pick(traps.RATES_BELOW_LABEL), { low: commaDecimal(low), high: commaDecimal(high) }),
    );
  }
  if (salary.labelShown === false) {
    const monthly = salary.unit === 'Mensuel' ? salary.min : Math.ceil((salary.min * 35 * 52) / 12);
    const usable =
      salary.unit === 'Horaire'
        ? traps.AMOUNTS_WITHOUT_EURO.filter((wording) => wording.includes('{hourly}'))
        : traps.AMOUNTS_WITHOUT_EURO.filter((wording) => !wording.includes('{hourly}'));
    keep(
      sections.conditions,
      fill(random.pick(usable), {
        min: Math.round(salary.min),
        max: Math.round(salary.max ?? salary.min),
        monthly: Math.round(monthly),
        hourly: dotted(salary.min),
      }),
    );
  }
  if (plan.planted.has('salary_missing') && random.chance(0.12))
    keep(sections.conditions, random.pick(traps.NUMBERS_NOT_AMOUNTS));
  // The ad's first paragraph in `entreprise.description` (partner feeds): the employer named there only, or
  // a "CDD pouvant évoluer sur un CDI" that the text no longer holds.
  if (plan.naming === 'description' || plan.variant.cdd_rules === 'towards_cdi_description') {
    const first =
      plan.naming === 'description'
        ? fill(random.pick(traps.NAMED_IN_DESCRIPTION), {
            ...vars,
            years: random.between(10, 60),
            staff: random.between(8, 250),
          })
        : sections.intro[0]!;
    sections.intro.shift();
    return plan.variant.cdd_rules === 'towards_cdi_description'
      ? `${first} ${random.pick(traps.CDD_IN_DESCRIPTION)}`
      : first;
  }
  return undefined;
}

const plantedLines = new WeakMap<OfferPlan, Set<string>>();

function isDefectLine(plan: OfferPlan, line: string): boolean {
  return plantedLines.get(plan)?.has(line) ?? false;
}

function insertAt(random: Random, lines: string[], text: string): void {
  lines.splice(1 + random.int(lines.length), 0, text);
}

/** The same wording as recruiters type it: a lead-in, capitals, a missing full stop. */
function vary(random: Random, text: string): string {
  let out = text;
  const lead = random.weighted(LEAD_INS);
  // "CDD pouvant…" keeps its capitals; "Casier judiciaire…" reads "casier" after a lead-in.
  const first = /^[A-ZÀ-Ý][a-zà-ÿ]/.test(out) ? out.charAt(0).toLowerCase() : out.charAt(0);
  if (lead) out = `${lead}${first}${out.slice(1)}`;
  if (random.chance(0.08)) out = out.toUpperCase();
  if (random.chance(0.15)) out = out.replace(/\.$/, '');
  return out;
}

const LEAD_INS = [
  ['', 70],
  ['Important : ', 8],
  ['NB : ', 5],
  ['Attention, ', 5],
  ['A noter : ', 6],
  ['Pré-requis : ', 6],
] as const;

function plantDefects(plan: OfferPlan, random: Random, sections: Sections, statesNothing: boolean): void {
  const lines = new Set<string>();
  plantedLines.set(plan, lines);
  const job = JOBS[plan.job]!;
  const otherCity = COMMUNES[plan.otherCommune]!.name;
  const slots = {
    min: random.pick([18, 20, 22, 25]),
    max: random.pick([25, 28, 30, 35, 40, 45]),
    amount: random.pick([30, 50, 80, 150, 350, 450]),
    days: random.pick([2, 3, 5, 7]),
    digits: `${random.between(10, 99)} ${random.between(10, 99)} ${random.between(10, 99)}`,
    months: random.pick([3, 4, 6]),
    hours: random.pick([6, 8, 10, 12]),
    years: random.pick([3, 5, 7]),
    city: otherCity,
  };
  const pick = (wordings: readonly Wording[]) => {
    const usable = statesNothing ? wordings.filter((wording) => !wording.withAmount) : wordings;
    return fill(random.pick(usable.length > 0 ? usable : wordings).text, slots);
  };
  const put = (section: string[], text: string) => {
    const varied = vary(random, text);
    lines.add(varied);
    insertAt(random, section, varied);
  };

  if (plan.planted.has('age_limit')) put(sections.profile, pick(defects.AGE_LIMIT));
  if (
    plan.planted.has('discrimination') &&
    (plan.variant.discrimination !== 'gendered_title' || job.epicene)
  ) {
    put(sections.profile, pick(defects.DISCRIMINATION));
  }
  if (plan.planted.has('privacy')) {
    const wordings =
      job.flags?.security || job.flags?.childcare
        ? defects.PRIVACY.filter((w) => !/casier/i.test(w.text))
        : defects.PRIVACY;
    put(sections.profile, pick(wordings));
  }
  if (plan.planted.has('fee_requested')) put(sections.conditions, pick(defects.FEE_REQUESTED));
  if (plan.planted.has('unpaid_work')) put(sections.conditions, pick(defects.UNPAID_WORK));
  if (plan.planted.has('disguised_self_employment'))
    put(sections.conditions, pick(defects.DISGUISED_SELF_EMPLOYMENT));
  if (plan.planted.has('not_a_job')) put(sections.intro, pick(defects.NOT_A_JOB));
  if (plan.planted.has('cdd_rules')) {
    if (plan.variant.cdd_rules === 'towards_cdi') put(sections.conditions, pick(defects.CDD_TOWARDS_CDI));
    else if (plan.variant.cdd_rules === 'long_mission' && random.chance(0.5))
      put(
        sections.conditions,
        fill(random.pick(defects.LONG_TEMP_MISSION).text, { months: plan.durationMonths ?? 24 }),
      );
  }
  if (plan.variant.contract_mismatch === 'text') {
    if (plan.contract === 'CDI' || plan.contract === 'DIN')
      put(sections.conditions, pick(defects.CDI_BUT_NOT));
    else {
      const listed = plan.durationMonths ?? 0;
      const other = [2, 3, 4, 6, 9, 12, 18].filter((months) => months !== listed);
      const wordings =
        plan.durationMonths === undefined ? [defects.OTHER_DURATION[3]!] : defects.OTHER_DURATION;
      put(sections.conditions, fill(random.pick(wordings).text, { months: random.pick(other) }));
    }
  }
  if (plan.variant.hours_mismatch === 'full_shown_part_text')
    put(sections.conditions, pick(defects.HOURS_PART_IN_TEXT));
  if (plan.variant.hours_mismatch === 'part_shown_full_text') {
    // More hours in the text than on the listing, in words or in clock times.
    if (random.chance(0.4)) put(sections.conditions, random.pick(traps.MORE_HOURS_IN_TEXT));
    else put(sections.conditions, pick(defects.HOURS_FULL_IN_TEXT));
  }
  if (plan.variant.experience_mismatch === 'required_shown_beginner_text')
    put(sections.profile, pick(defects.EXPERIENCE_BEGINNER_CONTRADICTION));
  if (plan.variant.experience_mismatch === 'beginner_shown_required_text')
    put(sections.profile, pick(defects.EXPERIENCE_REQUIRED_CONTRADICTION));
  if (plan.variant.place_mismatch === 'text') put(sections.intro, pick(defects.PLACE_IN_TEXT));
  if (plan.variant.pay_mismatch === 'commission_only')
    put(sections.conditions, pick(defects.COMMISSION_ONLY));
  if (plan.variant.pay_mismatch === 'other_amount_in_text' && plan.salary.otherMonthly) {
    put(
      sections.conditions,
      fill(random.pick(defects.PAY_IN_TEXT).text, { amount: euros(plan.salary.otherMonthly) }),
    );
  }
}

/** "37H30" stays, "35" becomes "35H": France Travail's own format. */
function ownHours(hours = '35'): string {
  return hours.includes('H') ? hours : `${hours}H`;
}

/** Partner feeds give whole hours ("35 H"). */
function partnerHours(hours = '35'): string {
  return hours.split('H')[0]!;
}

function workingTime(
  plan: OfferPlan,
  random: Random,
): Pick<ApiOffer, 'dureeTravailLibelle' | 'dureeTravailLibelleConverti' | 'complementExercice'> {
  const { work } = plan;
  const rhythm = random.weighted(WORK_RHYTHMS);
  const dots = random.chance(0.1) ? '...' : '';
  switch (work.shown) {
    case 'none':
      return {};
    case 'full_label':
      return {
        dureeTravailLibelle: 'Temps plein',
        ...(random.chance(0.6) ? { complementExercice: 'Temps plein' } : {}),
      };
    case 'part_no_hours':
      return {
        dureeTravailLibelle: random.pick(['temps partiel', 'Temps partiel']),
        dureeTravailLibelleConverti: 'Temps partiel',
      };
    case 'full':
      if (plan.origin === 2) {
        const label = random.chance(0.8)
          ? `${partnerHours(work.hours)} H`
          : `${partnerHours(work.hours)} H  ${rhythm}`;
        return { dureeTravailLibelle: label, dureeTravailLibelleConverti: 'Temps plein' };
      }
      // Older offers still online carry the earlier formats ("35H", "37H Travail en journée", one line).
      if (random.chance(0.04)) {
        const older = random.pick([
          `${ownHours(work.hours)}`,
          `${ownHours(work.hours)} ${rhythm}`,
          `${ownHours(work.hours)}/semaine ${rhythm}`,
        ]);
        return { dureeTravailLibelle: older, dureeTravailLibelleConverti: 'Temps plein' };
      }
      return {
        dureeTravailLibelle: `${ownHours(work.hours)}/semaine\n${rhythm}${dots}`,
        dureeTravailLibelleConverti: 'Temps plein',
      };
    case 'part':
      if (plan.origin === 2) {
        const label = random.chance(0.5)
          ? `${partnerHours(work.hours)} H`
          : `${partnerHours(work.hours)} H  Travail en horaires fractionnés`;
        return { dureeTravailLibelle: label, dureeTravailLibelleConverti: 'Temps partiel' };
      }
      return {
        dureeTravailLibelle: `Temps partiel - ${ownHours(work.hours)}/semaine\n${rhythm}${dots}`,
        dureeTravailLibelleConverti: 'Temps partiel',
      };
  }
}

function experienceLabel(plan: OfferPlan, random: Random): string | undefined {
  const { code, months } = plan.experience;
  if (code === 'D') return 'Débutant accepté';
  if (code === 'S') return random.chance(0.2) ? 'Expérience souhaitée' : undefined;
  if (months === undefined) return 'Expérience exigée';
  const amount = months % 12 === 0 ? `${months / 12} An(s)` : `${months} Mois`;
  return random.chance(0.5) ? amount : `Expérience exigée de ${amount}`;
}

function isoDate(ms: number, random: Random, withMillis: boolean): string {
  const date = new Date(ms + (withMillis ? random.int(1000) : 0));
  return date.toISOString();
}

export function partnerUrl(context: WriteContext, plan: OfferPlan): string {
  const partner = PARTNERS[plan.partner]!;
  const id = context.id(plan.index);
  return `${context.baseUrl}/_partners/${partner.slug}/offres/${id}${partner.query.replace('{id}', id)}`;
}

/** Where an own offer's `contact.urlPostulation` points: the application site's form for that offer. */
export function applicationUrl(context: WriteContext, plan: OfferPlan): string | undefined {
  const site = plan.applicationLink ? APPLICATION_SITES[plan.applicationLink.site] : undefined;
  if (!site) return undefined;
  const id = context.id(plan.index);
  return `${context.baseUrl}/_apply/${site.slug}/postuler/${id}?source=francetravail`;
}

/** The offer as the API serves it. */
export function writeOffer(plan: OfferPlan, context: WriteContext): ApiOffer {
  // The text comes from the original's stream, so a duplicate reads like its original; edits come after.
  const random = new Random(context.seed, plan.root, TEXT_STREAM);
  const fields = new Random(context.seed, plan.index, FIELD_STREAM);
  const job = JOBS[plan.job]!;
  const commune = COMMUNES[plan.commune]!;
  const id = context.id(plan.index);
  const employer = employerName(context.seed, plan);
  const partnerStyle = plan.origin === 2;
  const longEra = partnerStyle ? !fields.chance(0.03) : fields.chance(0.03);
  const contract = contractLabel(plan, longEra);
  let intitule = title(job, plan, random, commune.name);
  // Drawn even when unused, so that a copy (anonymous or not) reads the same text stream as its original.
  const anonymousName = random.pick(traps.ANONYMOUS_NAMES);
  const employerInText = plan.anonymous
    ? anonymousName
    : plan.naming === 'partner'
      ? brandCase(employer)
      : employer;
  const written = description(plan, random, {
    employer: employerInText,
    city: spokenCityName(commune.name),
    title: intitule,
    job,
    contract,
  });
  let text = written.text;

  if (plan.duplicate) ({ intitule, text } = lightlyEdit(context.seed, plan, intitule, text));
  if (context.modifications > 0)
    text = `${text}\n\nMise à jour : le poste est toujours à pourvoir (${context.modifications}).`;

  const withMillis = plan.origin === 1;
  const created = isoDate(plan.createdAt, fields, withMillis);
  const actualisedAt =
    context.modifiedAt ??
    Math.min(plan.createdAt + fields.int(2 * 86_400_000), Math.max(plan.createdAt, context.now));
  const offer: ApiOffer = {
    id,
    intitule,
    description: text,
    ...(plan.planted.has('undated') ? {} : { dateCreation: created }),
    ...(partnerStyle && fields.chance(0.12) && context.modifications === 0
      ? {}
      : { dateActualisation: isoDate(actualisedAt, fields, withMillis) }),
    lieuTravail: lieuTravail(plan, fields),
    romeCode: job.rome,
    romeLibelle: job.romeLibelle,
    appellationlibelle: job.appellation,
    entreprise: entreprise(plan, fields, employer, context.seed, written.firstParagraph),
    typeContrat: plan.contract,
    typeContratLibelle: contract,
    natureContrat: plan.nature,
    experienceExige: plan.experience.code,
    salaire: {},
    alternance: plan.apprentice,
    nombrePostes: fields.weighted([
      [1, 95],
      [2, 3],
      [3, 1],
      [5, 1],
    ] as const),
    origineOffre: {
      origine: partnerStyle ? '2' : '1',
      urlOrigine: `${context.baseUrl}/offres/recherche/detail/${id}`,
    },
    contexteTravail: {},
    entrepriseAdaptee: false,
    employeurHandiEngage: false,
  };
  const experience = partnerStyle && fields.chance(0.12) ? undefined : experienceLabel(plan, fields);
  if (experience !== undefined) offer.experienceLibelle = experience;
  if (!partnerStyle || fields.chance(0.88)) offer.accessibleTH = false;
  offer.salaire = salary(plan, fields, partnerStyle);
  const time = workingTime(plan, fields);
  Object.assign(offer, time);
  if (time.dureeTravailLibelle) offer.contexteTravail = { horaires: [time.dureeTravailLibelle] };
  addFranceTravailFields(offer, plan, fields, job, employer);
  if (partnerStyle) {
    const partner = PARTNERS[plan.partner]!;
    offer.origineOffre.partenaires = [
      { nom: partner.nom, url: partnerUrl(context, plan), logo: partnerLogo(partner.slug) },
    ];
    if (fields.chance(0.12)) offer.contact = { urlPostulation: partnerUrl(context, plan) };
  }
  const application = applicationUrl(context, plan);
  // Set after every other draw, so that the rest of the offer reads the same with or without it.
  if (application !== undefined) offer.contact = { ...offer.contact, urlPostulation: application };
  return offer;
}

/** The same job re-posted elsewhere: a few words moved, a reference added, the title reworded. */
function lightlyEdit(
  seed: number,
  plan: OfferPlan,
  intitule: string,
  text: string,
): { intitule: string; text: string } {
  const random = new Random(seed, plan.index, EDIT_STREAM);
  const job = JOBS[plan.job]!;
  const city = COMMUNES[plan.commune]!.name;
  let newTitle = intitule;
  if (plan.variant.discrimination !== 'gendered_title' && random.chance(0.6)) {
    newTitle = random.pick([
      `${job.masculine} H/F`,
      `${job.masculine} (H/F) - ${city}`,
      `${job.appellation} (H/F)`,
      `${job.masculine.toUpperCase()} H/F`,
    ]);
  }
  if (plan.copyStyle && plan.variant.discrimination !== 'gendered_title') {
    // A re-post seconds later, or a cross-partner copy: always under another title.
    const others = [
      `${job.appellation} (H/F)`,
      `${job.masculine} / ${job.feminine} (H/F) - ${city}`,
      `${job.masculine.toUpperCase()} H/F`,
      `${job.masculine} (F/H) - ${city}`,
    ].filter((candidate) => candidate !== intitule);
    newTitle = random.pick(others);
  }
  let newText = text;
  if (plan.copyStyle === 'other_blurb') newText = `${random.pick(traps.COPY_BLURBS)}\n\n${newText}`;
  if (random.chance(0.5)) newText = newText.replace(/\n\n/g, '\n \n');
  if (random.chance(0.5)) newText = `${newText}\n\nRéférence : ${random.between(10000, 99999)}`;
  if (random.chance(0.4))
    newText = newText.replace(/^(.*?)\n/, (line) => line.replace('recrute', 'recherche'));
  return { intitule: newTitle, text: newText };
}

function lieuTravail(plan: OfferPlan, random: Random): ApiOffer['lieuTravail'] {
  const commune = COMMUNES[plan.commune]!;
  const libelle = placeLabel(plan, plan.origin === 1 ? random.chance(0.8) : random.chance(0.4));
  // A tutoring ad names only the département, with the coordinates of the town where the pupils live.
  if (plan.placeForm === 'departement' && plan.employerKind === 'tutoring') {
    const town = COMMUNES[plan.textCommune]!;
    return { libelle, latitude: town.latitude, longitude: town.longitude };
  }
  if (plan.placeForm === 'departement') return { libelle };
  if (plan.placeForm === 'coordinates')
    return { libelle, latitude: commune.latitude, longitude: commune.longitude };
  return {
    libelle,
    latitude: commune.latitude,
    longitude: commune.longitude,
    codePostal: commune.postcode,
    commune: commune.insee,
  };
}

function entreprise(
  plan: OfferPlan,
  random: Random,
  employer: string,
  seed: number,
  firstParagraph?: string,
): ApiOffer['entreprise'] {
  const job = JOBS[plan.job]!;
  const out: ApiOffer['entreprise'] = {};
  // France Travail's own offers sometimes carry no name either; that is not `anonymous_employer` (taxonomy.md).
  // A partner offer may name its employer only in the text, its description or as the partner itself.
  const unnamedOwn = new Random(seed, plan.root, streamId('unnamed')).chance(0.04);
  const named =
    plan.origin === 2 ? plan.naming === 'field' : !unnamedOwn && plan.employerKind !== 'household';
  if (named) out.nom = employer;
  const feed = plan.origin === 2 ? PARTNERS[plan.partner]?.feed : undefined;
  // One draw whatever the share, so that the fields drawn after it read the same for every feed.
  const describes = random.chance(feed?.description ?? (plan.origin === 1 ? 0.33 : 0.45));
  if (firstParagraph !== undefined) out.description = firstParagraph;
  else if (plan.employerKind === 'public' && describes) {
    out.description = fill(random.pick(traps.PUBLIC_DESCRIPTIONS), {
      inhabitants: random.between(2, 40) * 500,
    });
  } else if (plan.employerKind === 'household') {
    // A household describes no company.
  } else if (describes || plan.traps.includes('agency_contracts_in_description')) {
    const sentences =
      plan.employerKind === 'school' ? traps.SCHOOL_DESCRIPTIONS : EMPLOYER_DESCRIPTIONS[job.sector];
    const first = fill(random.pick(sentences), {
      rooms: random.between(20, 120),
      city: COMMUNES[plan.commune]!.name,
      seats: random.between(30, 150),
      years: random.between(10, 60),
      shops: random.between(5, 40),
      founded: random.between(1960, 2015),
      staff: random.between(8, 250),
      area: random.between(5, 80) * 1000,
      beds: random.between(40, 300),
      clients: random.between(200, 5000),
      trucks: random.between(10, 120),
    });
    out.description = presentation(plan, seed, employer, first, feed);
  }
  if (plan.origin === 1 && named && random.chance(0.05)) out.url = `https://www.${slugify(employer)}.fr`;
  if (plan.origin === 1 || random.chance(0.85)) out.entrepriseAdaptee = false;
  return out;
}

/**
 * The employer's presentation as feeds write it (data/employer-descriptions.ts): a temp agency's blurb listing
 * every contract it offers, or the company's first sentence, sometimes after the ad's line naming the listing's
 * contract, lengthened by a few sentences; long feeds cut it near 500 characters, some send it HTML-escaped.
 * Drawn from the original's own stream, so a copy carries its original's presentation and no other field moves.
 * A name appears only where the listing names the employer: an anonymous offer, or one that names it only in the
 * text, stays so.
 */
function presentation(
  plan: OfferPlan,
  seed: number,
  employer: string,
  first: string,
  feed: PartnerRow['feed'],
): string {
  const random = new Random(seed, plan.root, DESCRIPTION_STREAM);
  const city = COMMUNES[plan.commune]!.name;
  const named = plan.naming === 'field' || plan.naming === 'partner';
  const values = {
    employer,
    agency: employer,
    city,
    job: JOBS[plan.job]!.masculine.toLowerCase(),
    years: random.between(10, 40),
    staff: random.between(8, 250),
    founded: random.between(1960, 2015),
    clients: random.between(200, 5000),
    sites: random.between(2, 12),
  };
  const sentences: string[] = [];
  const contract = plan.apprentice ? undefined : descriptions.CONTRACT_WORDS[plan.contract];
  if (plan.tempAgency) {
    // Only a planted trap lists every contract the agency offers (truth.traps): the others present it plainly.
    const lists = plan.traps.includes('agency_contracts_in_description');
    const pool = lists
      ? named
        ? descriptions.AGENCY_DESCRIPTIONS
        : descriptions.ANONYMOUS_AGENCY_DESCRIPTIONS
      : named
        ? descriptions.AGENCY_PLAIN_DESCRIPTIONS
        : descriptions.ANONYMOUS_AGENCY_PLAIN_DESCRIPTIONS;
    sentences.push(random.pick(pool));
  } else {
    if (contract !== undefined && plan.employerKind === 'company' && random.chance(0.15)) {
      sentences.push(
        random.pick(
          named ? descriptions.CONTRACT_IN_DESCRIPTION : descriptions.ANONYMOUS_CONTRACT_IN_DESCRIPTION,
        ),
      );
    }
    sentences.push(first);
  }
  const extras = feed?.long ? random.between(3, 6) : random.between(0, 2);
  sentences.push(...random.sample(descriptions.DESCRIPTION_EXTRAS, extras));
  let text = fill(sentences.join(random.chance(0.3) ? '\n' : ' '), { ...values, contract: contract ?? '' });
  if (feed?.entities) text = escapeEntities(text, feed.entities);
  // The field holds 500 characters: longer presentations are cut at a space (never inside an entity).
  if (text.length > descriptions.DESCRIPTION_CUT + 3) {
    const cut = text.lastIndexOf(' ', descriptions.DESCRIPTION_CUT - random.int(40));
    text = `${text.slice(0, cut).replace(/[\s,.;:]+$/, '')}...`;
  }
  return text;
}

/** "véhicules" → "v&eacute;hicules" (named) or "v&#233;hicules" (decimal), as some feeds send their text. */
function escapeEntities(text: string, style: 'named' | 'decimal'): string {
  return text.replace(/[^\x00-\x7f]/g, (char) =>
    style === 'decimal' ? `&#${char.charCodeAt(0)};` : (descriptions.NAMED_ENTITIES[char] ?? char),
  );
}

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The comments an offer's employer can write: a statutory scale is a public employer's, a tariff an apprentice's. */
function salaryComments(plan: OfferPlan): readonly string[] {
  if (plan.employerKind === 'public') return [...PUBLIC_COMMENTS, 'Selon profil', 'Selon expérience'];
  if (plan.apprentice) return [...COMMENTS_WITHOUT_AMOUNT, APPRENTICE_COMMENT];
  return COMMENTS_WITHOUT_AMOUNT;
}

function salary(plan: OfferPlan, random: Random, partnerStyle: boolean): ApiOffer['salaire'] {
  const out: ApiOffer['salaire'] = {};
  const label = plan.salary.labelShown === false ? undefined : salaryLabel(plan.salary, random, partnerStyle);
  if (plan.salary.labelShown === false) return out;
  if (label) {
    out.libelle = label;
    if (random.chance(0.12)) out.commentaire = random.pick(salaryComments(plan));
    if (random.chance(0.25)) {
      const [first, second] = random.sample(COMPLEMENTS, 2);
      if (first !== undefined) out.complement1 = first;
      if (random.chance(0.6) && second !== undefined) out.complement2 = second;
    }
    return out;
  }
  // No pay stated: either nothing at all, or a comment that states no amount.
  if (random.chance(partnerStyle ? 0.95 : 0.3)) return out;
  if (random.chance(0.8)) out.commentaire = random.pick(salaryComments(plan));
  out.complement1 = random.chance(0.6) ? 'Autre' : random.pick(COMPLEMENTS);
  return out;
}

function addFranceTravailFields(
  offer: ApiOffer,
  plan: OfferPlan,
  random: Random,
  job: JobRow,
  employer: string,
): void {
  const own = plan.origin === 1;
  if (own || random.chance(0.1)) {
    offer.qualificationCode = job.qualification;
    const qualification = QUALIFICATIONS[job.qualification];
    if (qualification !== undefined) offer.qualificationLibelle = qualification;
  }
  if (own || random.chance(0.29)) {
    offer.codeNAF = job.naf;
    offer.secteurActivite = job.naf.slice(0, 2);
    offer.secteurActiviteLibelle = job.nafLibelle;
  }
  if (!own) return;
  if (random.chance(0.79)) {
    offer.competences = random
      .sample(job.skills, random.between(1, job.skills.length))
      .map(([code, libelle]) => ({ code, libelle, exigence: random.chance(0.85) ? 'S' : 'E' }));
  }
  if (random.chance(0.61)) {
    offer.qualitesProfessionnelles = random.sample(PROFESSIONAL_QUALITIES, random.between(1, 3));
  }
  if (random.chance(0.26)) {
    offer.formations = [
      {
        niveauLibelle: random.pick(['CAP, BEP et équivalents', 'Bac ou équivalent', 'Bac+2 ou équivalents']),
        exigence: random.pick(['S', 'E']),
      },
    ];
  }
  if (job.flags?.driving ? random.chance(0.7) : random.chance(0.1)) {
    offer.permis = [
      {
        libelle: job.rome.startsWith('N41') ? 'C - Poids lourd' : 'B - Véhicule léger',
        exigence: random.pick(['S', 'E']),
      },
    ];
  }
  if (random.chance(0.07))
    offer.langues = [{ libelle: random.pick(['Français', 'Anglais']), exigence: random.pick(['S', 'E']) }];
  if (random.chance(0.43)) {
    const [code, libelle] = random.pick([
      ['1', 'Jamais'],
      ['2', 'Ponctuels Zone départementale'],
      ['3', 'Fréquents'],
      ['4', 'Quotidiens'],
    ] as const);
    offer.deplacementCode = code;
    offer.deplacementLibelle = libelle;
  }
  const mailbox = `recrutement@${slugify(employer).slice(0, 20) || 'entreprise'}.example.fr`;
  offer.contact = random.pick([
    { nom: employer, coordonnees1: 'Courriel : ' + mailbox, courriel: mailbox },
    {
      nom: employer,
      coordonnees1: '12 rue de la République',
      coordonnees2: 'BP 45',
      coordonnees3: COMMUNES[plan.commune]!.postcode,
    },
    {},
  ]);
  offer.agence = random.chance(0.12) ? { courriel: 'agence@francetravail.example.fr' } : {};
  offer.offresManqueCandidats = random.chance(0.09);
}

const PROFESSIONAL_QUALITIES = [
  {
    libelle: "Avoir l'esprit d'équipe",
    description:
      "Capacité à travailler et à se coordonner avec les autres au sein de l'entreprise pour réaliser les objectifs fixés.",
  },
  {
    libelle: "Faire preuve d'autonomie",
    description: 'Capacité à prendre en charge son activité sans devoir être encadré de façon continue.',
  },
  {
    libelle: 'Faire preuve de rigueur et de précision',
    description:
      'Capacité à réaliser des tâches en suivant avec exactitude les règles, les procédures, les instructions qui ont été fournies.',
  },
  {
    libelle: 'Faire preuve de réactivité',
    description:
      'Capacité à réagir rapidement face à des évènements et à des imprévus, en hiérarchisant les actions.',
  },
  {
    libelle: "Être à l'écoute",
    description: "Capacité à être attentif à l'autre, à l'accueillir et à le comprendre.",
  },
];
