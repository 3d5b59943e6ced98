import type { ClassifierContext } from '../context.js';
import { normaliseWithMap } from '../engine/normalise.js';
import type { PreparedOffer } from '../engine/prepared-offer.js';
import { includesWord } from '../engine/substring-filter.js';
import {
  type ContractFacts,
  type ContractSpan,
  type DurationInText,
  findContractSpans,
  findDurations,
  isFixedTerm,
  PATH_TO_CDI,
  parseContract,
} from './contract.js';
import { type EmployerFacts, employerFacts } from './employer.js';
import {
  findTimeWords,
  findWeeklyHours,
  type HoursInText,
  type HoursLabel,
  parseHoursLabel,
  type TimeWords,
} from './hours.js';
import { analysePay, type PayFacts } from './pay/analyse-pay.js';
import { type FoundAmount, findPayAmounts } from './pay/find-pay-amounts.js';
import { parseSalaryLabel, type SalaryLabelParse } from './pay/parse-salary-label.js';
import { absurdityOf } from './pay/pay-amount.js';

/** What the listing shows about working time, and what the description says of it. */
export interface WorkingHours {
  /** `dureeTravailLibelle`, read. */
  label: HoursLabel;
  /** Weekly hours stated in the title and description (monthly ones, shares of a full time converted), indexed in
   * `prepared.text`. */
  inText: HoursInText[];
  /** "temps partiel", "temps complet" in the title and description (not as an option), indexed in `prepared.text`. */
  words: TimeWords;
  /** Shown as part time: `dureeTravailLibelleConverti` or the label's words. */
  shownPartTime: boolean;
  shownFullTime: boolean;
}

/**
 * The facts several rules read, each computed once per offer and only when a rule asks (most offers need few of
 * them): the contract, the working time, the pay and its amounts. Pure: the same offer and context give the same
 * facts, so computing one earlier or later changes no flag.
 */
export class OfferFacts {
  readonly #prepared: PreparedOffer;
  readonly #context: ClassifierContext;
  #contract: ContractFacts | undefined;
  #textDurations: DurationInText[] | undefined;
  #contractSpans: readonly ContractSpan[] | undefined;
  #hours: WorkingHours | undefined;
  #salaryLabel: SalaryLabelParse | undefined;
  #descriptionAmounts: FoundAmount[] | undefined;
  #employerDescriptionAmounts: FoundAmount[] | undefined;
  #pay: PayFacts | undefined;
  #pathToCdi: RegExpExecArray | null | undefined;
  #employer: EmployerFacts | undefined;

  constructor(prepared: PreparedOffer, context: ClassifierContext) {
    this.#prepared = prepared;
    this.#context = context;
  }

  get context(): ClassifierContext {
    return this.#context;
  }

  /** `typeContrat` and its label: kind, duration, alternance. */
  get contract(): ContractFacts {
    if (this.#contract === undefined) this.#contract = parseContract(this.#prepared.offer);
    return this.#contract;
  }

  /** Contract lengths stated in the title and description; only read for a fixed-term contract. */
  get textDurations(): DurationInText[] {
    if (this.#textDurations === undefined)
      this.#textDurations = isFixedTerm(this.contract.kind) ? findDurations(this.#prepared.text) : [];
    return this.#textDurations;
  }

  /** The dates, months and seasons the title and description give the contract (findContractSpans): two rules read
   * them, once. */
  get contractSpans(): readonly ContractSpan[] {
    if (this.#contractSpans === undefined)
      this.#contractSpans = findContractSpans(this.#prepared.text, this.#prepared.offer.createdAt);
    return this.#contractSpans;
  }

  /** The first phrase of the title and description presenting the contract as a step to a CDI (PATH_TO_CDI). */
  get pathToCdi(): RegExpExecArray | null {
    if (this.#pathToCdi === undefined) this.#pathToCdi = PATH_TO_CDI.exec(this.#prepared.text);
    return this.#pathToCdi;
  }

  get hours(): WorkingHours {
    if (this.#hours === undefined) {
      const { offer } = this.#prepared;
      const label = parseHoursLabel(offer.hours.label);
      const text = this.#prepared.text;
      this.#hours = {
        label,
        // Every pattern findWeeklyHours reads has an "h" (h, heures, hebdo) or a share ("%", "etp").
        inText:
          includesWord(text, 'h') || includesWord(text, '%') || includesWord(text, 'etp')
            ? findWeeklyHours(text)
            : [],
        words: findTimeWords(text),
        shownPartTime: offer.hours.fullTime === false || label.saysPartTime,
        shownFullTime: offer.hours.fullTime === true || label.saysFullTime,
      };
    }
    return this.#hours;
  }

  /** Who the employer is: a public employer, a school's teaching post, a private household (facts/employer.ts). */
  get employer(): EmployerFacts {
    if (this.#employer === undefined)
      this.#employer = employerFacts(this.#prepared.offer, this.#prepared.text);
    return this.#employer;
  }

  /** `salaire.libelle`, read. */
  get salaryLabel(): SalaryLabelParse {
    if (this.#salaryLabel === undefined)
      this.#salaryLabel = parseSalaryLabel(this.#prepared.offer.salary.label);
    return this.#salaryLabel;
  }

  /** Every amount written in the description, pay or not (each says whether its context is pay). */
  get descriptionAmounts(): FoundAmount[] {
    if (this.#descriptionAmounts === undefined)
      this.#descriptionAmounts = mayStatePay(this.#prepared.description.text)
        ? findPayAmounts(this.#prepared.description, 'description')
        : [];
    return this.#descriptionAmounts;
  }

  /** Amounts of `entreprise.description`: some partner feeds (Meteojob) put the ad's first paragraph there. */
  get employerDescriptionAmounts(): FoundAmount[] {
    if (this.#employerDescriptionAmounts === undefined) {
      const about = this.#prepared.offer.employer.description ?? '';
      this.#employerDescriptionAmounts =
        /\d/.test(about) && mayStatePay(about.toLowerCase())
          ? findPayAmounts(normaliseWithMap(about), 'description').map((amount) => ({
              ...amount,
              where: 'employerDescription' as const,
            }))
          : [];
    }
    return this.#employerDescriptionAmounts;
  }

  /** What the offer says about pay, against the SMIC in force. */
  get pay(): PayFacts {
    if (this.#pay === undefined) this.#pay = analysePay(this.#prepared, this.#context, this);
    return this.#pay;
  }

  /** Whether the pay compared with the SMIC is itself impossible (then it is compared with nothing). */
  get payAbsurdity(): 'unit_error' | 'range_too_wide' | null {
    return absurdityOf(this.pay.reference, this.contract.alternance);
  }
}

/** Every amount findPayAmounts reads has a currency or a pay word before it: the cheap test first (findPayAmounts
 * looks for a digit itself). */
function mayStatePay(text: string): boolean {
  return (
    includesWord(text, '€') ||
    includesWord(text, 'eur') ||
    includesWord(text, 'salaire') ||
    includesWord(text, 'remuneration') ||
    includesWord(text, 'rémunération') ||
    includesWord(text, 'taux horaire') ||
    includesWord(text, 'retribution')
  );
}
