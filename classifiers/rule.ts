import type { Flag, Severity } from '../model/flag.js';
import type { CategoryId } from '../model/taxonomy.js';
import type { PreparedOffer } from './engine/prepared-offer.js';

/** A rule's example: a description alone, or a few fields when the rule looks at them (title, ROME, contract). */
export type RuleExample =
  | string
  | {
      title?: string;
      description?: string;
      romeCode?: string;
      romeLabel?: string;
      contractType?: string;
      alternance?: boolean;
    };

/**
 * A French-language rule, as data. It reads the normalised text (lower case, no accents, inclusive suffixes
 * dropped: see text/normalise.ts), so patterns are written in that form: "age de 20 a 35 ans".
 *
 * Patterns must not nest quantifiers and must bound every repetition: offers are untrusted text.
 */
export interface ClauseRule {
  /** "age_limit.max_age": category, dot, what the rule looks for. */
  id: string;
  category: CategoryId;
  severity: Severity;
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
  /** Plain French, for a jobseeker. */
  explanation: string;
  reference: string | null;
  examples: { positive: readonly RuleExample[]; negative: readonly RuleExample[] };
}

export type RuleFlag = Flag;
