import type { Flag, FlagDetails, Severity } from '../model/flag.js';
import type { Offer } from '../model/offer.js';
import type { PartnerPage } from '../model/partner-page.js';
import { CATEGORIES, type CategoryId } from '../model/taxonomy.js';
import type { PreparedOffer } from './engine/prepared-offer.js';
import type { OfferFacts } from './facts/offer-facts.js';

/**
 * The offer an example stands for: the tests' clean default offer (CDI, full time, pay stated, H/F title) with
 * what the example gives. `text` is a description with no title; `title`, `description`, `romeCode`, `romeLabel`,
 * `contractType` and `alternance` set those fields (tests/classifiers/offer-builder.ts); `offer` replaces whole
 * fields of the Offer (`hours`, `salary`, `place`…) after them; `pages` are the offer's partner pages, each live
 * unless it says otherwise; `copies` are more offers of the same set (a duplicate's original).
 */
export interface ExampleOffer {
  text?: string;
  title?: string;
  description?: string;
  romeCode?: string;
  romeLabel?: string;
  contractType?: string;
  alternance?: boolean;
  offer?: Record<string, unknown>;
  pages?: readonly ExamplePage[];
  copies?: readonly ExampleOffer[];
}

export interface ExamplePage {
  live?: boolean | null;
  status?: number | null;
  reason?: string | null;
  stated?: Partial<PartnerPage['stated']>;
}

/** An offer the rule flags, and the flag's evidence, exactly. */
export interface PositiveExample extends ExampleOffer {
  quote: string;
}

/** An offer the rule must not flag, and the trap it guards against. */
export interface NegativeExample extends ExampleOffer {
  why: string;
}

export interface RuleExamples {
  positive: readonly PositiveExample[];
  negative: readonly NegativeExample[];
}

interface RuleBase {
  /** "age_limit.max_age": the category, a dot, what the rule looks for. The flag's `rule` unless a finding says. */
  id: string;
  category: CategoryId;
  /** The flag's severity unless the finding decides it. */
  severity: Severity;
  /** Plain French, for a jobseeker (a finding may give one built from the offer). */
  explanation: string;
  /**
   * Omitted: the category's reference (model/taxonomy.ts). Given: the finer citation the flag carries ("art.
   * L5331-2 et L1132-1", a judgment), or null.
   */
  reference?: string | null;
  examples: RuleExamples;
}

/** What a rule found: the envelope (category, axis, reference) comes from the rule and the taxonomy. */
export interface Finding {
  /** The flag's rule id when the rule has variants ("not_cdi.cdd"); it starts with the category too. */
  rule?: string;
  severity?: Severity;
  /** The quoted span of the offer ("moins de 30 ans") or the field and its value ("salaire.libelle: …"). */
  evidence: string;
  explanation?: string;
  reference?: string | null;
  details?: FlagDetails;
}

/**
 * A French-language rule, as data, run by engine/text-rules.ts. It reads the normalised text (lower case, no
 * accents, inclusive suffixes dropped: see engine/normalise.ts), so patterns are written in that form: "age de 20 a
 * 35 ans". Patterns must not nest quantifiers and must bound every repetition: offers are untrusted text.
 */
export interface TextRule extends RuleBase {
  kind: 'text';
  /** Where the rule looks: title + description (default), the title alone, or the description alone. */
  scope?: 'text' | 'title' | 'description';
  /**
   * Words (runs of letters, or of digits, of the normalised text) of which every match contains at least one:
   * the rule runs only when one occurs, and only around it. Empty: the rule always runs on the whole scope.
   * The tests check the promise by comparing with an exhaustive run.
   */
  triggers: readonly string[];
  /** Any match is a finding (unless negated). Must carry the `g` flag. */
  patterns: readonly RegExp[];
  /**
   * A cheap regex (not global, no `\b` nor lookaround) that every match of every pattern contains: a text
   * without it is skipped before its windows are found, a window without it before the patterns run. Triggers say where to look; this says whether a window can
   * hold a match at all ("ans" is in "dans" and "sans", an age never is). The tests check the promise by
   * comparing with an exhaustive run, which ignores it.
   */
  precheck?: RegExp;
  /**
   * Tested on the words around a match (up to 60 characters before, 40 after): a hit cancels that match.
   * "pas de limite d'age", "frais de deplacement rembourses".
   */
  negations?: readonly RegExp[];
  /** Tested on the whole text: a hit means the rule does not apply to this offer (a legal exception). */
  exceptions?: readonly RegExp[];
  /** The job itself is an exception (a security guard may be asked for a clean record). */
  exemptJob?: (prepared: PreparedOffer) => boolean;
  /** Decides the severity from the match (an age bound, an apprenticeship), or null to drop the match. */
  judge?: (match: RegExpExecArray, prepared: PreparedOffer) => Severity | null;
}

/** A rule over one offer's fields and words, with the facts every rule shares (facts/offer-facts.ts). */
export interface OfferRule extends RuleBase {
  kind: 'offer';
  /** The rule does not run once a flag of this category was raised for the offer. */
  unless?: CategoryId;
  detect(prepared: PreparedOffer, facts: OfferFacts): Finding | null;
}

/** A rule comparing the listing with one live partner page the crawler read (each in turn). */
export interface PageRule extends RuleBase {
  kind: 'page';
  detect(offer: Offer, page: PartnerPage, facts: OfferFacts): Finding | null;
}

/** A rule over all of an offer's partner pages at once (a dead link). */
export interface PagesRule extends RuleBase {
  kind: 'pages';
  detect(offer: Offer, pages: readonly PartnerPage[]): Finding | null;
}

/**
 * A rule over the whole set of offers (duplicates): its detection lives in classifiers/duplicates/, which builds
 * its flags with `flagOf` from this description.
 */
export interface SetRule extends RuleBase {
  kind: 'set';
}

export type Rule = TextRule | OfferRule | PageRule | PagesRule | SetRule;

/** The flag of a finding: category and axis from the taxonomy, never typed by hand; key order as stored. */
export function flagOf(rule: Rule, finding: Finding): Flag {
  const category = CATEGORIES[rule.category];
  const flag: Flag = {
    category: rule.category,
    axis: category.axis,
    rule: finding.rule ?? rule.id,
    severity: finding.severity ?? rule.severity,
    evidence: finding.evidence,
    reference:
      finding.reference !== undefined
        ? finding.reference
        : rule.reference !== undefined
          ? rule.reference
          : category.reference,
    explanation: finding.explanation ?? rule.explanation,
  };
  if (finding.details !== undefined) flag.details = finding.details;
  return flag;
}
