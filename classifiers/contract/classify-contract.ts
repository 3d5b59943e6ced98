import type { Flag } from '../../model/flag.js';
import type { Offer } from '../../model/offer.js';
import type { ClassifierContext } from '../context.js';
import { type PreparedOffer, prepareOffer, quoteText } from '../engine/prepared-offer.js';
import { type ContractFacts, findDurations, isFixedTerm, parseContract } from '../facts/contract.js';
import { findWeeklyHours, parseHoursLabel } from '../facts/hours.js';

const L5331_3 = 'Code du travail, art. L5331-3';

const KIND_FR: Record<string, string> = {
  CDD: 'un CDD',
  MIS: 'une mission d’intérim',
  SAI: 'un contrat saisonnier',
  DDI: 'un CDD d’insertion',
  CCE: 'une activité commerciale indépendante',
  LIB: 'une profession libérale',
  FRA: 'une franchise',
  REP: 'une reprise d’entreprise',
  TTI: 'un contrat de travail temporaire d’insertion',
};

/** A CDI listing whose text describes something else: short missions, a CDD, interim work. */
const CDI_BUT_NOT =
  /\bmissions? (?:d'une|d'un|de \d{1,2}|de quelques) (?:semaine|jour|journee|mois)s?\b|\b(?:il s'agit d'un|un|poste en|pour un) remplacement (?:de|d'une duree de) \d{1,2} (?:mois|semaines?|jours?)\b|\bmissions? (?:hebdomadaires?|ponctuelles?|journalieres?|a la journee|a la semaine)\b|\b(?:cdd|contrat a duree determinee) (?:de|d'une duree de) \d{1,2} (?:mois|semaines?|jours?)\b|\bmissions? d'interim\b|\bmissions? interimaires?\b|\bcontrat de mission\b/;
/** A fixed-term listing whose text says the contract is a CDI (not "may lead to a CDI": that is cdd_rules). */
const NOT_CDI_BUT_CDI =
  /\b(?:type de contrat|contrat|poste) ?: ?cdi\b(?! interim)|\bposte (?:a pourvoir )?en cdi\b(?! interim)|\b(?:nous recrutons|recrute|embauche) en cdi\b(?! interim)/;
const CDD_TO_CDI =
  /\b(?:cdd|contrat a duree determinee|mission|interim|contrat)\b[^.;\n]{0,80}\b(?:pouvant|pourra|peut|pourrait|susceptible de|possibilite de|possibilites de|perspectives? de|avec|evolutif|evoluer|debouchant|deboucher|qui debouchera|en vue d'(?:une )?embauche|aboutir|se transformer|transformable|puis|avant|suivi d'un|vers un)\b[^.;\n]{0,40}\b(?:cdi|embauche|titularisation)\b(?! interim)|\ben vue d'(?:une )?embauche\b|\bpre-?embauche\b|\bcdd evolutif\b|\bcdi a la cle\b|\bpossibilite de (?:cdi|contrat a duree indeterminee)\b|\b(?:prolongation|poursuite|transformation|evolution|passage|embauche|titularisation) en (?:cdi|contrat a duree indeterminee)\b(?! interim)|\bperspectives? (?:de|d'un) cdi\b/;
const REPLACEMENT =
  /\bremplacement\b|\bremplacer\b|\bconge (?:maternite|parental|maladie)\b|\barret maladie\b/;
const STUDENT = /\betudiants?\b|\betudes\b|\bjob etudiant\b/;
const PRIVATE_HOUSEHOLD =
  /\bparticuliers? employeurs?\b|\bchez (?:un|des) particuliers?\b|\bcesu\b|\bemploi familial\b|\bdomicile du particulier\b/;
const PART_TIME_WORDS = /\btemps partiel\b/;
const PART_TIME_OPTIONAL =
  /\btemps partiel (?:possible|envisageable|accepte|ou temps plein|negociable)|\b(?:ou|voire|possibilite de|accepte le|ouvert au) temps partiel\b|\btemps (?:plein|complet) ou (?:a )?temps partiel\b/;
const FULL_TIME_WORDS = /\btemps (?:plein|complet)\b/;
const DURATION_WORDS =
  /\b(?:jusqu'(?:au|a fin|a la fin|en)|du \d{1,2}(?:er)? [a-z]{3,9} au|a partir du [^.;\n]{0,30} au \d|pour la saison|saison (?:d'ete|d'hiver|estivale|hivernale)|durant la saison|toute la saison|des que possible et jusqu|fin de contrat|date de fin)\b/;

/** Contract and working time: not_cdi, part_time, short_contract, part_time_under_24h, duration_missing, contract_mismatch, hours_mismatch, cdd_rules. */
export function classifyContract(
  offer: Offer,
  _context: ClassifierContext,
  prepared: PreparedOffer = prepareOffer(offer),
): Flag[] {
  const facts = parseContract(offer);
  const flags: Flag[] = [];
  const text = prepared.text;
  const labelEvidence = `typeContratLibelle: ${offer.contract.label ?? offer.contract.type}`;

  if (facts.kind && facts.kind !== 'CDI' && facts.kind !== 'DIN') {
    flags.push({
      category: 'not_cdi',
      axis: 'stability',
      rule: `not_cdi.${facts.kind.toLowerCase()}`,
      severity: 'certain',
      evidence: labelEvidence,
      reference: null,
      explanation: `Le contrat proposé est ${KIND_FR[facts.kind] ?? facts.kind}, pas un CDI.`,
    });
  }

  const textDurations = isFixedTerm(facts.kind) ? findDurations(text) : [];
  if (isFixedTerm(facts.kind)) {
    if (facts.durationDays !== null && facts.durationDays < 30) {
      flags.push({
        category: 'short_contract',
        axis: 'stability',
        rule: 'short_contract.under_one_month',
        severity: 'certain',
        evidence: labelEvidence,
        reference: null,
        explanation: `Le contrat dure ${facts.durationText}, moins d'un mois.`,
        details: { days: facts.durationDays },
      });
    }
    if (facts.durationDays === null && textDurations.length === 0) {
      const hint = DURATION_WORDS.exec(text) ?? REPLACEMENT.exec(text);
      flags.push({
        category: 'duration_missing',
        axis: 'misleading',
        rule: 'duration_missing.fixed_term_without_duration',
        severity: hint ? 'likely' : 'certain',
        evidence: labelEvidence,
        reference: L5331_3,
        explanation:
          "C'est un contrat à durée limitée, mais sa durée n'est indiquée ni dans le type de contrat ni dans le texte.",
      });
    }
  }

  flags.push(
    ...contractMismatch(
      offer,
      facts,
      prepared,
      textDurations.map((d) => d),
      labelEvidence,
    ),
  );
  flags.push(...cddRules(offer, facts, prepared, labelEvidence));
  flags.push(...hoursFlags(offer, facts, prepared));
  return flags;
}

function contractMismatch(
  offer: Offer,
  facts: ContractFacts,
  prepared: PreparedOffer,
  durations: ReturnType<typeof findDurations>,
  labelEvidence: string,
): Flag[] {
  const text = prepared.text;
  if (facts.kind === 'CDI' && !text.includes('cdi interimaire')) {
    const match =
      text.includes('mission') ||
      text.includes('cdd') ||
      text.includes('determinee') ||
      text.includes('remplacement')
        ? CDI_BUT_NOT.exec(text)
        : null;
    if (match && !pathToCdi(text)) {
      return [
        {
          category: 'contract_mismatch',
          axis: 'misleading',
          rule: 'contract_mismatch.cdi_describes_missions',
          severity: 'certain',
          evidence: `${labelEvidence} ; texte: « ${quoteText(prepared, match.index, match.index + match[0].length)} »`,
          reference: L5331_3,
          explanation:
            "L'offre est affichée en CDI mais son texte décrit des missions ou un contrat à durée limitée : le contrat réel n'est pas celui qui est affiché.",
        },
      ];
    }
  }
  if (isFixedTerm(facts.kind)) {
    const match = text.includes('cdi') ? NOT_CDI_BUT_CDI.exec(text) : null;
    if (match && !pathToCdi(text)) {
      return [
        {
          category: 'contract_mismatch',
          axis: 'misleading',
          rule: 'contract_mismatch.fixed_term_describes_cdi',
          severity: 'certain',
          evidence: `${labelEvidence} ; texte: « ${quoteText(prepared, match.index, match.index + match[0].length)} »`,
          reference: L5331_3,
          explanation:
            "Le type de contrat affiché est à durée limitée alors que le texte parle d'un CDI : l'un des deux est faux.",
        },
      ];
    }
    if (facts.durationDays !== null && durations.length > 0) {
      // Only a contradiction when no length in the text agrees with the label (a text may list several).
      const agrees = durations.some((d) => ratio(d.days, facts.durationDays!) < 1.5);
      const first = durations[0]!;
      if (!agrees) {
        return [
          {
            category: 'contract_mismatch',
            axis: 'misleading',
            rule: 'contract_mismatch.duration_differs',
            severity: 'certain',
            evidence: `${labelEvidence} ; texte: « ${quoteText(prepared, first.index, first.index + first.length)} »`,
            reference: L5331_3,
            explanation: `La durée affichée (${facts.durationText}) ne correspond pas à celle que donne le texte de l'offre.`,
            details: { labelDays: facts.durationDays, textDays: first.days },
          },
        ];
      }
    }
  }
  void offer;
  return [];
}

/** CDD_TO_CDI, only run when its closing words are there. */
function pathToCdi(text: string): RegExpExecArray | null {
  if (!text.includes('cdi') && !text.includes('embauche') && !text.includes('titularisation')) return null;
  CDD_TO_CDI.lastIndex = 0;
  return CDD_TO_CDI.exec(text);
}

function ratio(a: number, b: number): number {
  return Math.max(a, b) / Math.max(1, Math.min(a, b));
}

function cddRules(
  offer: Offer,
  facts: ContractFacts,
  prepared: PreparedOffer,
  labelEvidence: string,
): Flag[] {
  const flags: Flag[] = [];
  if (isFixedTerm(facts.kind)) {
    const match = pathToCdi(prepared.text);
    if (match) {
      flags.push({
        category: 'cdd_rules',
        axis: 'illegal',
        rule: 'cdd_rules.path_to_cdi',
        severity: 'certain',
        evidence: quoteText(prepared, match.index, match.index + match[0].length),
        reference: 'Code du travail, art. L1242-1 (CDD), L1251-5 (intérim)',
        explanation:
          "Un CDD ou une mission d'intérim ne peut pas servir à pourvoir un emploi durable de l'entreprise : le présenter comme une étape vers un CDI est contraire aux règles de ces contrats.",
      });
    }
  }
  const months = facts.durationDays !== null ? facts.durationDays / 30 : null;
  if (months !== null && !facts.alternance && (facts.kind === 'MIS' || facts.kind === 'CDD') && months > 18) {
    const interim = facts.kind === 'MIS';
    flags.push({
      category: 'cdd_rules',
      axis: 'illegal',
      rule: interim ? 'cdd_rules.interim_over_18_months' : 'cdd_rules.cdd_over_18_months',
      // 24 and 36 months exist for some cases (CDD à objet défini, missions abroad, awaiting a hire).
      severity: interim && months > 24 ? 'certain' : 'likely',
      evidence: labelEvidence,
      reference: interim ? 'Code du travail, art. L1251-12' : 'Code du travail, art. L1242-8',
      explanation: `La durée affichée (${facts.durationText}) dépasse les 18 mois qu'autorise la loi, sauf cas particuliers.`,
      details: { months },
    });
  }
  void offer;
  return flags;
}

function hoursFlags(offer: Offer, facts: ContractFacts, prepared: PreparedOffer): Flag[] {
  const flags: Flag[] = [];
  const label = parseHoursLabel(offer.hours.label);
  const text = prepared.description.text;
  const textHours =
    text.includes('sem') || text.includes('hebdo') || text.includes('mois') || text.includes('mensuel')
      ? findWeeklyHours(text)
      : [];
  const hoursEvidence = offer.hours.label
    ? `dureeTravailLibelle: ${offer.hours.label.replace(/\s+/g, ' ')}`
    : `dureeTravailLibelleConverti: ${offer.hours.fullTime === false ? 'Temps partiel' : 'Temps plein'}`;
  const shownPartTime = offer.hours.fullTime === false || label.saysPartTime;
  const shownFullTime = offer.hours.fullTime === true || label.saysFullTime;

  if (shownPartTime || (label.weekly !== null && label.weekly < 35)) {
    flags.push({
      category: 'part_time',
      axis: 'stability',
      rule: 'part_time.shown',
      severity: 'certain',
      evidence: hoursEvidence,
      reference: null,
      explanation: `Le poste est à temps partiel${label.weekly !== null ? ` (${formatHours(label.weekly)} par semaine)` : ''}.`,
    });
  }

  // Hours shown contradict the kind of time shown, or the text.
  const textPartTime = text.includes('partiel') ? PART_TIME_WORDS.exec(text) : null;
  const textPartTimeReal = textPartTime && !PART_TIME_OPTIONAL.test(text) ? textPartTime : null;
  const textMax = textHours.length ? Math.max(...textHours.map((h) => h.weekly)) : null;
  const textMin = textHours.length ? Math.min(...textHours.map((h) => h.weekly)) : null;
  if (shownPartTime && label.weekly !== null && label.weekly >= 35) {
    flags.push(
      hoursMismatch(
        'hours_mismatch.part_time_with_full_hours',
        hoursEvidence,
        'La durée est affichée comme un temps partiel, mais les heures indiquées sont celles d’un temps plein.',
      ),
    );
  } else if ((shownFullTime || (label.weekly !== null && label.weekly >= 35)) && !shownPartTime) {
    const shortHours = textHours.find((h) => h.weekly < 30);
    if (shortHours && textMax !== null && textMax < 30) {
      flags.push(
        hoursMismatch(
          'hours_mismatch.full_time_text_part_time',
          `${hoursEvidence} ; texte: « ${quoteText(prepared, prepared.title.text.length + 1 + shortHours.index, prepared.title.text.length + 1 + shortHours.index + shortHours.length)} »`,
          "L'offre est affichée à temps plein, mais le texte annonce un nombre d'heures de temps partiel.",
        ),
      );
    } else if (textPartTimeReal && textHours.length === 0 && !FULL_TIME_WORDS.test(text)) {
      flags.push(
        hoursMismatch(
          'hours_mismatch.full_time_text_part_time',
          `${hoursEvidence} ; texte: « ${quoteText(prepared, prepared.title.text.length + 1 + textPartTimeReal.index, prepared.title.text.length + 1 + textPartTimeReal.index + textPartTimeReal[0].length)} »`,
          "L'offre est affichée à temps plein, mais le texte parle d'un temps partiel.",
        ),
      );
    }
  } else if (shownPartTime && label.weekly !== null && textMin !== null && textMin >= 35) {
    flags.push(
      hoursMismatch(
        'hours_mismatch.part_time_text_full_time',
        hoursEvidence,
        'La durée affichée est un temps partiel, mais le texte annonce un temps plein.',
      ),
    );
  }
  if (shownPartTime && label.weekly === null && textHours.length === 0) {
    flags.push(
      hoursMismatch(
        'hours_mismatch.part_time_without_hours',
        hoursEvidence,
        "Le poste est à temps partiel, mais le nombre d'heures par semaine n'est indiqué nulle part : impossible de savoir ce que vous gagnerez.",
      ),
    );
  }

  const weekly = label.weekly ?? (shownPartTime && textHours.length > 0 ? textMin : null);
  if (weekly !== null && weekly < 24) {
    const full = prepared.text;
    const exception =
      STUDENT.test(full) ||
      PRIVATE_HOUSEHOLD.test(full) ||
      REPLACEMENT.test(full) ||
      (facts.durationDays !== null && facts.durationDays <= 7)
        ? 'une dérogation possible est mentionnée'
        : null;
    if (!exception) {
      flags.push({
        category: 'part_time_under_24h',
        axis: 'illegal',
        rule: 'part_time_under_24h.no_exception_stated',
        // Branch agreements and the employee's own written request are exceptions an offer need not state.
        severity: 'likely',
        evidence: label.weekly !== null ? hoursEvidence : `texte: ${formatHours(weekly)} par semaine`,
        reference: 'Code du travail, art. L3123-27',
        explanation: `Un temps partiel doit compter au moins 24 heures par semaine, sauf exceptions (étudiant, particulier employeur, contrat de 7 jours au plus, remplacement, accord de branche, demande du salarié) ; ici ${formatHours(weekly)} sans exception indiquée.`,
        details: { weeklyHours: Math.round(weekly * 100) / 100 },
      });
    }
  }
  return flags;
}

function hoursMismatch(rule: string, evidence: string, explanation: string): Flag {
  return {
    category: 'hours_mismatch',
    axis: 'misleading',
    rule,
    severity: 'certain',
    evidence,
    reference: L5331_3,
    explanation,
  };
}

function formatHours(hours: number): string {
  const whole = Math.floor(hours);
  const minutes = Math.round((hours - whole) * 60);
  return minutes ? `${whole} h ${String(minutes).padStart(2, '0')}` : `${whole} h`;
}
