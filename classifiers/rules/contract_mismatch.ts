import { bothSides, fieldEvidence, textEvidence } from '../engine/evidence.js';
import { LazyNormalisedText, plainText } from '../engine/normalise.js';
import { PrecheckedPattern } from '../engine/prechecked-pattern.js';
import type { PreparedOffer } from '../engine/prepared-offer.js';
import {
  CDI_LATER,
  type ContractKind,
  type ContractSpan,
  contractFieldEvidence,
  isFixedTerm,
  unitDays,
} from '../facts/contract.js';
import { quoteExact, quotePrepared } from '../facts/quote.js';
import type { OfferRule, PageRule } from '../rule.js';

/** A CDI listing whose text describes something else: short missions, a CDD, interim work. */
const CDI_BUT_NOT = new PrecheckedPattern(
  /\b(?:missions? (?:d'une|d'un|de \d{1,2}|de quelques) (?:semaine|jour|journee|mois)s?\b|(?:il s'agit d'un|un|poste en|pour un) remplacement (?:de|d'une duree de) \d{1,2} (?:mois|semaines?|jours?)\b|missions? (?:hebdomadaires?|ponctuelles?|journalieres?|a la journee|a la semaine)\b|(?:cdd|contrat a duree determinee) (?:de|d'une duree de) \d{1,2}(?: ?(?:a|-) ?\d{1,2})? (?:mois|semaines?|jours?)\b|missions? d'interim\b|missions? interimaires?\b|contrat de mission\b|(?:type de )?contrat ?: ?(?:interim|cdd|mission|contrat a duree determinee|saisonnier)\b|cdd (?:a )?temps (?:partiel|plein|complet)\b)/,
  ['mission', 'cdd', 'determinee', 'remplacement', 'interim', 'saisonnier'],
);
/** A fixed-term listing whose text says the contract is a CDI (not "may lead to a CDI": that is cdd_rules). */
const NOT_CDI_BUT_CDI = new PrecheckedPattern(
  /\b(?:type de contrat|contrat|poste) ?: ?cdi\b(?! interim| ou)|\bposte (?:a pourvoir )?en cdi\b(?! interim| ou)|\b(?:nous recrutons|recrute|embauche) en cdi\b(?! interim| ou)/,
  ['cdi'],
);
/** Only a temp mission carries an end-of-mission indemnity (L1251-32): a CDI promising one is a mission. */
const END_OF_MISSION_PAY = new PrecheckedPattern(
  /\bindemnites? de fin de mission\b|\bprimes? de fin de mission\b|\bifm\b/,
  // Not "mission": most offers list their "missions", and the regex would then run over all of them.
  ['fin de mission', 'ifm'],
);
/** The candidate is asked to become a temp worker. */
const BECOME_TEMP = new PrecheckedPattern(
  /\b(?:devenez|devenir|deviens) (?:salarie )?interimaire\b|\ben tant qu'interimaire\b|\bstatut (?:de salarie )?interimaire\b/,
  ['interimaire'],
);
/*
 * Two contracts offered at once: "CDD ou CDI", "CDD-CDI", "Type de contrat : CDI ou saisonnier", "Type d'emploi :
 * Temps partiel, CDI, Indépendant / freelance" (hard call 8). Not an agency's pitch of its trades ("recrutement
 * CDD/CDI, intérim", "en intérim, CDD ou CDI"): see AGENCY_PITCH.
 */
const KIND_WORD = '(?:cdi|cdd|interim|saisonnier|freelance|independant|alternance|apprentissage)';
const OPTIONS = new PrecheckedPattern(
  new RegExp(
    `\\b(?:cdd|cdi) ?(?:ou|-|/) ?(?:un )?${KIND_WORD}\\b(?! interim)|\\b(?:interim|saisonnier|freelance|independant) ou (?:un )?cdi\\b|\\btype d'emploi ?: ?(?:[a-z]{1,12} ?[a-z]{0,12} ?[,/-] ?){0,3}${KIND_WORD}(?: ?[,/-] ?[a-z]{1,12}(?: [a-z]{1,12})?){0,3}? ?[,/-] ?${KIND_WORD}\\b`,
  ),
  ['cdi', 'cdd', 'emploi'],
);
const AGENCY_PITCH =
  /\b(?:recrutement|recrutements|agence|agences|interim|metiers|placement|cabinet)\b[^.;]{0,12}$|\b(?:que ce soit|quel que soit|qu'il s'agisse)\b[^.;]{0,40}$/;

/*
 * An apprenticeship stated as the contract, on a listing that shows an ordinary work contract: "Type de contrat :
 * Contrat d'apprentissage", "Tu cherches une alternance", the post itself in alternance ("Le poste de Poissonnier en
 * Alternance est fait pour vous", "nous recrutons un vendeur en apprentissage", "en contrat de professionnalisation").
 * Not a rota ("poste en alternance jour/nuit", "horaires en alternance"), a school's trade ("nous proposons des
 * formations en alternance"), a policy in the plural ("nous recrutons des apprentis chaque année"), nor the
 * candidate's past ("titulaire d'un CAP obtenu en apprentissage", "à l'issue d'un contrat d'apprentissage").
 */
// One flat lookahead a word (the tests drop assertions without groups inside to generate matches).
const ROTA_AFTER = [
  'jour',
  'nuit',
  'matin',
  'apres-midi',
  'semaine',
  '2x8',
  '3x8',
  'de \\d',
  "d'equipe",
  'avec',
  'entre',
]
  .map((word) => `(?! ${word})`)
  .join('');
const APPRENTICESHIP = new PrecheckedPattern(
  new RegExp(
    [
      "\\btype de contrat ?: ?(?:contrat d'|contrat de )?(?:apprentissage|professionnalisation|alternance)\\b",
      "\\b(?:tu cherches|vous cherchez|tu recherches|vous recherchez) (?:une |un contrat en |un contrat d')?(?:alternance|apprentissage)\\b",
      `\\bposte (?:de |d')?(?:[a-z'()/-]{1,25} ){0,5}?en (?:alternance|apprentissage)\\b${ROTA_AFTER}`,
      `\\b(?:recrute|recrutons|recherche|recherchons|cherchons)(?: pour [a-z']{1,12}(?: [a-z']{1,12}){0,3})? (?:un|une|son|sa|notre) (?:futur |future )?(?:[a-z'()/-]{1,25} ){0,5}?en (?:alternance|apprentissage)\\b${ROTA_AFTER}`,
      "(?<!d')(?<!apres )(?<!issue de )(?<!issue d')\\b(?:un|en|le|votre|ton) contrat (?:d'apprentissage|de professionnalisation|en alternance)\\b",
      '\\b(?:recrute|recrutons|recherche|recherchons|cherchons) (?:un|une|son|sa|notre) (?:futur |future )?(?:apprentie?|alternante?)\\b',
      // A job's name in alternance, as titles write it: "Poissonnier en Alternance F/H", a title opening "Apprenti".
      '\\ben (?:alternance|apprentissage) \\(?(?:h/f|f/h)\\b',
      '^(?:apprentie?|alternante?)\\b',
    ].join('|'),
  ),
  // "apprenti" is in "apprentissage", "alternan" in "alternance" and "alternant".
  ['apprenti', 'professionnalisation', 'alternan'],
);

function kindsIn(phrase: string): Set<string> {
  const kinds = new Set<string>();
  for (const match of phrase.matchAll(
    /\b(cdi|cdd|interim|saisonnier|freelance|independant|alternance|apprentissage)\b/g,
  ))
    kinds.add(
      match[1] === 'independant' ? 'freelance' : match[1] === 'apprentissage' ? 'alternance' : match[1]!,
    );
  return kinds;
}

/** The text an offer's contract is read in: its title and description, and the employer's description (on some
 * partner feeds, Meteojob's, it holds the ad's first paragraph: "Poste en CDD pouvant évoluer sur un CDI"). */
interface Source {
  text: string;
  quote(start: number, end: number): string;
}

function sourcesOf(prepared: PreparedOffer): Source[] {
  const sources: Source[] = [
    {
      text: prepared.text,
      quote: (start, end) => {
        const { where, quote } = quotePrepared(prepared, start, end);
        return where === 'title' ? fieldEvidence('title', prepared.offer.title ?? '') : textEvidence(quote);
      },
    },
  ];
  const employer = prepared.offer.employer.description;
  if (employer && /cd[di]|contrat|mission|int[ée]rim/i.test(employer)) {
    const normalised = new LazyNormalisedText(employer);
    sources.push({
      text: normalised.text,
      quote: (start, end) => textEvidence(quoteExact(normalised, start, end), 'employerDescription'),
    });
  }
  return sources;
}

function firstIn(
  sources: readonly Source[],
  pattern: PrecheckedPattern,
  accept: (match: RegExpExecArray, text: string) => boolean = () => true,
): { source: Source; match: RegExpExecArray } | null {
  for (const source of sources) {
    const match = pattern.exec(source.text);
    if (match && accept(match, source.text)) return { source, match };
  }
  return null;
}

function ratio(a: number, b: number): number {
  return Math.max(a, b) / Math.max(1, Math.min(a, b));
}

/** Whether a span of the text agrees with the listed length (tolerances: a week, or a quarter of the length). */
function spanAgrees(span: ContractSpan, listed: number): boolean {
  const tolerance = Math.max(7, listed * 0.25);
  switch (span.kind) {
    case 'dates':
      return Math.abs(span.days - listed) <= tolerance;
    case 'months':
      // From month to month is read to the month's bounds: a listing rounded to half a month either way agrees.
      return Math.abs(span.days - listed) <= tolerance + 15;
    case 'days':
      // The days a text names bound the contract: from the first to the last, a listing may count them all or only
      // the days worked ("10 Jour(s)" for ten dated days), never more than the whole of them (a day's slack).
      return (
        ratio(span.worked ?? span.days, listed) < 1.5 ||
        (listed <= span.days + Math.max(1, span.days * 0.1) && listed >= span.days - tolerance)
      );
    case 'until':
      // From the offer's creation to the end date is the longest the contract can be: the job starts at the offer's
      // creation or later. A listing longer than that by more than its rounding (two weeks, or a twelfth of a
      // length in months) says more than the end date allows.
      return span.days >= listed - Math.max(14, listed / 12);
    case 'month':
      return listed <= 45;
    case 'season':
      // A whole season against a listing of days or weeks; a longer listing may cover it or more.
      return listed >= 30;
  }
}

const listingVsText: OfferRule = {
  kind: 'offer',
  id: 'contract_mismatch.listing_vs_text',
  category: 'contract_mismatch',
  severity: 'certain',
  explanation: "Le contrat affiché n'est pas celui que décrit le texte de l'offre : l'un des deux est faux.",
  /** At most one finding, the first that holds, in the order below. */
  detect(prepared, facts) {
    const text = prepared.text;
    const contract = facts.contract;
    const listed = contractFieldEvidence(prepared.offer);
    const sources = sourcesOf(prepared);
    if (contract.kind === 'CDI' && !text.includes('cdi interimaire')) {
      const missions = firstIn(sources, CDI_BUT_NOT);
      if (missions) {
        const later = firstIn(sources, CDI_LATER);
        return {
          rule: 'contract_mismatch.cdi_describes_missions',
          evidence: bothSides(
            listed,
            missions.source.quote(missions.match.index, missions.match.index + missions.match[0].length),
          ),
          ...(later
            ? {
                severity: 'likely' as const,
                explanation:
                  "L'offre est affichée en CDI mais son texte décrit d'abord un contrat à durée limitée, le CDI venant ensuite : le contrat proposé au départ n'est pas celui qui est affiché.",
              }
            : {
                explanation:
                  "L'offre est affichée en CDI mais son texte décrit des missions ou un contrat à durée limitée : le contrat réel n'est pas celui qui est affiché.",
              }),
        };
      }
      const indemnity = firstIn(sources, END_OF_MISSION_PAY);
      if (indemnity) {
        return {
          rule: 'contract_mismatch.cdi_with_end_of_mission_pay',
          severity: 'likely',
          evidence: bothSides(
            listed,
            indemnity.source.quote(indemnity.match.index, indemnity.match.index + indemnity.match[0].length),
          ),
          explanation:
            "L'offre est affichée en CDI mais promet une indemnité de fin de mission, que seul un contrat de mission (intérim) comporte : sans doute un texte type d'agence d'intérim, mais le contrat réel est peut-être une mission.",
        };
      }
      const temp = firstIn(sources, BECOME_TEMP);
      if (temp) {
        return {
          rule: 'contract_mismatch.cdi_describes_missions',
          severity: 'likely',
          evidence: bothSides(
            listed,
            temp.source.quote(temp.match.index, temp.match.index + temp.match[0].length),
          ),
          explanation:
            "L'offre est affichée en CDI mais invite à devenir intérimaire : sans doute un texte type d'agence, mais le contrat réel est peut-être une mission d'intérim.",
        };
      }
      const later = firstIn(sources, CDI_LATER);
      if (later) {
        return {
          rule: 'contract_mismatch.cdi_later',
          severity: 'likely',
          evidence: bothSides(
            listed,
            later.source.quote(later.match.index, later.match.index + later.match[0].length),
          ),
          explanation:
            "L'offre est affichée en CDI mais son texte présente le CDI comme une suite possible : le contrat de départ est sans doute un autre (mission, CDD).",
        };
      }
    }
    if (contract.kind !== null && contract.kind !== 'DIN') {
      const options = firstIn(sources, OPTIONS, (match, source) => {
        if (AGENCY_PITCH.test(source.slice(Math.max(0, match.index - 30), match.index))) return false;
        // "un poste en CDI, CDD ou intérim": three kinds at once is an agency's pitch, not this job's options.
        if (kindsIn(source.slice(Math.max(0, match.index - 30), match.index + match[0].length)).size >= 3)
          return false;
        return kindsIn(match[0]).size >= 2;
      });
      if (options) {
        return {
          rule: 'contract_mismatch.several_contracts',
          severity: 'likely',
          evidence: bothSides(
            listed,
            options.source.quote(options.match.index, options.match.index + options.match[0].length),
          ),
          explanation:
            "Le texte propose plusieurs contrats alors que l'offre n'en affiche qu'un : le candidat ne sait pas lequel lui sera proposé.",
        };
      }
    }
    if (!contract.alternance && (contract.kind === 'CDI' || contract.kind === 'CDD')) {
      const apprenticeship = firstIn(sources, APPRENTICESHIP);
      if (apprenticeship) {
        return {
          rule: 'contract_mismatch.apprenticeship_in_text',
          severity: 'likely',
          evidence: bothSides(
            listed,
            fieldEvidence('nature', prepared.offer.contract.nature ?? 'Contrat travail'),
            apprenticeship.source.quote(
              apprenticeship.match.index,
              apprenticeship.match.index + apprenticeship.match[0].length,
            ),
          ),
          explanation:
            "L'offre affiche un contrat de travail ordinaire alors que le texte propose un contrat en alternance (apprentissage ou professionnalisation), qui a sa propre rémunération et sa formation ; l'affichage a pu omettre la nature du contrat.",
        };
      }
    }
    if (!isFixedTerm(contract.kind)) return null;
    const cdi = firstIn(
      sources,
      NOT_CDI_BUT_CDI,
      (match, source) =>
        !AGENCY_PITCH.test(source.slice(Math.max(0, match.index - 30), match.index)) &&
        kindsIn(source.slice(match.index, match.index + match[0].length + 25)).size < 2,
    );
    if (cdi && !facts.pathToCdi) {
      return {
        rule: 'contract_mismatch.fixed_term_describes_cdi',
        evidence: bothSides(listed, cdi.source.quote(cdi.match.index, cdi.match.index + cdi.match[0].length)),
        explanation:
          "Le type de contrat affiché est à durée limitée alors que le texte parle d'un CDI : l'un des deux est faux.",
      };
    }
    const days = contract.durationDays;
    if (days === null) return null;
    const durations = facts.textDurations;
    // Only a contradiction when nothing in the text agrees with the label (a text may give several lengths). A
    // length that agrees settles it before the spans are read: the same answer, as every fact here is pure.
    if (durations.some((d) => ratio(d.days, days) < 1.5)) return null;
    const spans = facts.contractSpans;
    if (durations.length === 0 && spans.length === 0) return null;
    if (spans.some((span) => spanAgrees(span, days))) return null;
    const quote = (index: number, length: number) => sources[0]!.quote(index, index + length);
    if (durations.length > 0) {
      const first = durations[0]!;
      return {
        rule: 'contract_mismatch.duration_differs',
        evidence: bothSides(listed, quote(first.index, first.length)),
        explanation: `La durée affichée (${contract.durationText}) ne correspond pas à celle que donne le texte de l'offre.`,
        details: { labelDays: days, textDays: first.days },
      };
    }
    const span = spans[0]!;
    const explanation =
      span.kind === 'until'
        ? `La durée affichée (${contract.durationText}) ne correspond pas à la date de fin que donne le texte : de la création de l'offre à cette date, il y a ${span.days} jours ; seul un début antérieur à la publication pourrait l'expliquer.`
        : span.kind === 'days'
          ? `La durée affichée (${contract.durationText}) ne correspond pas aux jours de travail que donne le texte : ${span.worked ?? span.days} jour${(span.worked ?? span.days) > 1 ? 's' : ''} daté${(span.worked ?? span.days) > 1 ? 's' : ''}, sur ${span.days} jour${span.days > 1 ? 's' : ''} du premier au dernier ; le contrat peut n'être décrit qu'en partie, d'où « probable ».`
          : `La durée affichée (${contract.durationText}) ne correspond pas à la période que donne le texte de l'offre (environ ${span.days} jours).`;
    return {
      rule: 'contract_mismatch.duration_differs',
      severity:
        span.kind === 'until' || span.kind === 'days' || span.kind === 'months' ? 'likely' : 'certain',
      evidence: bothSides(listed, quote(span.index, span.length)),
      explanation,
      details: { labelDays: days, textDays: span.days, spanKind: span.kind },
    };
  },
  examples: {
    positive: [
      {
        text: 'Mission d’une semaine renouvelable.',
        quote: 'Type de contrat : CDI ; Texte : « Mission d’une semaine »',
      },
      {
        // 0653467: a range of months is a CDD's length too.
        text: 'Contrat CDD de 4 à 6 mois à partir de septembre 2025.',
        quote: 'Type de contrat : CDI ; Texte : « CDD de 4 à 6 mois »',
      },
      {
        // 0660166: "Contrat: Intérim" in a CDI listing.
        text: 'Contrat: Intérim - Durée: 31/jours',
        quote: 'Type de contrat : CDI ; Texte : « Contrat: Intérim »',
      },
      {
        // 0655651, 0682073: only a temp mission has an end-of-mission indemnity (agency boilerplate: likely).
        text: 'Le versement de l’indemnité de fin de mission (IFM) se fait à l’issue de chaque mission.',
        quote: 'Type de contrat : CDI ; Texte : « indemnité de fin de mission »',
      },
      {
        // 0654575 (hard call 7).
        text: 'Nous recrutons un(e) Standardiste dans le cadre d’un poste en vue de CDI.',
        quote: 'Type de contrat : CDI ; Texte : « en vue de CDI »',
      },
      {
        // The CDI spelt out, with none of the other alternatives' words (hard call 7).
        text: 'Poste de préparateur, avec possibilité de contrat à durée indéterminée.',
        quote: 'Type de contrat : CDI ; Texte : « possibilité de contrat à durée indéterminée »',
      },
      {
        // 196DQYQ (hard call 8).
        text: 'Nous proposons un CDD ou CDI selon votre disponibilité.',
        offer: { contract: { type: 'CDD', label: 'CDD - 6 Mois', nature: null, alternance: false } },
        quote: 'Type de contrat : CDD - 6 Mois ; Texte : « CDD ou CDI »',
      },
      {
        // 0638348: an Indeed summary offering two contracts.
        text: 'Type d’emploi : Temps partiel, CDI, Indépendant / freelance',
        quote:
          'Type de contrat : CDI ; Texte : « Type d’emploi : Temps partiel, CDI, Indépendant / freelance »',
      },
      {
        // 0631169: an apprenticeship on a listing showing an ordinary CDD.
        text: 'Apprenti serveur / barman (H/F). Type de contrat : Contrat d’apprentissage.',
        offer: {
          contract: { type: 'CDD', label: 'CDD - 12 Mois', nature: 'Contrat travail', alternance: false },
        },
        quote:
          'Type de contrat : CDD - 12 Mois ; Nature du contrat : Contrat travail ; Texte : « Type de contrat : Contrat d’apprentissage »',
      },
      {
        text: 'Poste en CDI, temps plein.',
        offer: { contract: { type: 'CDD', label: 'CDD - 6 Mois', nature: null, alternance: false } },
        quote: 'Type de contrat : CDD - 6 Mois ; Texte : « Poste en CDI »',
      },
      {
        text: 'CDD de 2 mois pour la saison.',
        offer: { contract: { type: 'CDD', label: 'CDD - 12 Mois', nature: null, alternance: false } },
        quote: 'Type de contrat : CDD - 12 Mois ; Texte : « CDD de 2 mois »',
      },
      {
        // A length with no preposition before it.
        text: 'Durée du contrat : 3 mois.',
        offer: { contract: { type: 'CDD', label: 'CDD - 12 Mois', nature: null, alternance: false } },
        quote: 'Type de contrat : CDD - 12 Mois ; Texte : « Durée du contrat : 3 mois »',
      },
      {
        // 0630794: five months listed for the month of August.
        text: 'L’Alpen Valley recherche ses plongeurs pour le mois d’août 2025.',
        offer: { contract: { type: 'CDD', label: 'CDD - 5 Mois', nature: null, alternance: false } },
        quote: 'Type de contrat : CDD - 5 Mois ; Texte : « pour le mois d’août »',
      },
      {
        // 196DWYW: the dates give 12 days, the listing a month.
        text: 'Ce poste est à pourvoir du 19 Aout 2024 au 30 août 2024.',
        offer: { contract: { type: 'MIS', label: 'Intérim - 1 Mois', nature: null, alternance: false } },
        quote: 'Type de contrat : Intérim - 1 Mois ; Texte : « du 19 Aout 2024 au 30 août 2024 »',
      },
      {
        // 0681085: an end date a month after the offer's creation, for a two-month listing.
        text: 'Un contrat de 35h dès que possible jusqu’au 06/09.',
        offer: { contract: { type: 'MIS', label: 'Intérim - 2 Mois', nature: null, alternance: false } },
        quote: 'Type de contrat : Intérim - 2 Mois ; Texte : « jusqu’au 06/09 »',
      },
      {
        // 192WCFN: from the offer's creation (22 May) to the end of October is five months, not six.
        text: 'Contrat : Saisonnier jusqu’à fin octobre 2025',
        offer: {
          contract: { type: 'SAI', label: 'Saisonnier - 6 Mois', nature: null, alternance: false },
          createdAt: '2025-05-22T15:06:15.000Z',
        },
        quote: 'Type de contrat : Saisonnier - 6 Mois ; Texte : « jusqu’à fin octobre 2025 »',
      },
      {
        // 0652279: two dated Saturdays for a ten-day mission.
        text: 'Mission samedi 09/08/2025 et samedi 16/08/2025 de 9h00 à 13h00',
        offer: {
          contract: {
            type: 'MIS',
            label: 'Mission intérimaire - 10 Jour(s)',
            nature: null,
            alternance: false,
          },
        },
        quote:
          'Type de contrat : Mission intérimaire - 10 Jour(s) ; Texte : « samedi 09/08/2025 et samedi 16/08/2025 »',
      },
      {
        // 194DRSW: a planning of dated days, one a line, from 27 June to 29 August, for a three-month listing.
        text: 'La mission suivra le planning ci-dessous :\nVendredi 27 juin\nSamedi 28 juin\n\nSamedi 05 juillet\nLundi 28 juillet\n\nVendredi 29 août\n\nLes horaires sont de 10 à 18h.',
        offer: {
          contract: { type: 'CDD', label: 'CDD - 3 Mois', nature: null, alternance: false },
          createdAt: '2025-06-20T10:43:24.000Z',
        },
        quote:
          'Type de contrat : CDD - 3 Mois ; Texte : « Vendredi 27 juin Samedi 28 juin Samedi 05 juillet Lundi 28 juillet Vendredi 29 août »',
      },
      {
        // Three days in a list, their month said once at the end of each.
        text: 'Renfort les lundi 11 août, mardi 12 août et mercredi 13 août.',
        offer: { contract: { type: 'MIS', label: 'Intérim - 1 Mois', nature: null, alternance: false } },
        quote:
          'Type de contrat : Intérim - 1 Mois ; Texte : « lundi 11 août, mardi 12 août et mercredi 13 août »',
      },
      {
        // From one month to another: June to the end of August is three months, not six.
        text: 'Contrat saisonnier de juin à fin août, logement possible.',
        offer: { contract: { type: 'SAI', label: 'Saisonnier - 6 Mois', nature: null, alternance: false } },
        quote: 'Type de contrat : Saisonnier - 6 Mois ; Texte : « Contrat saisonnier de juin à fin août »',
      },
      {
        // The days of one month, the month named once.
        text: 'Mission les 9 et 16 août, de 9h à 13h.',
        offer: { contract: { type: 'MIS', label: 'Intérim - 10 Jour(s)', nature: null, alternance: false } },
        quote: 'Type de contrat : Intérim - 10 Jour(s) ; Texte : « les 9 et 16 août »',
      },
      {
        // The first date's month left to the second.
        text: 'CDD du 12 au 16 août pour un inventaire.',
        offer: { contract: { type: 'CDD', label: 'CDD - 2 Mois', nature: null, alternance: false } },
        quote: 'Type de contrat : CDD - 2 Mois ; Texte : « du 12 au 16 août »',
      },
      {
        // 0656101: an alternance post in a plain CDI listing (an apprenticeship may be a CDI: likely).
        text: 'En formation CAP Poissonnerie ? Le poste de Poissonnier en Alternance F/H est fait pour vous.',
        quote:
          'Type de contrat : CDI ; Nature du contrat : Contrat travail ; Texte : « poste de Poissonnier en Alternance »',
      },
      {
        text: 'Notre boulangerie recrute un vendeur en apprentissage pour préparer un CAP.',
        quote:
          'Type de contrat : CDI ; Nature du contrat : Contrat travail ; Texte : « recrute un vendeur en apprentissage »',
      },
    ],
    negative: [
      {
        // 193VMXH
        text: 'Contrat de fin juin à fin septembre, uniquement le soir.',
        offer: { contract: { type: 'SAI', label: 'Saisonnier - 3 Mois', nature: null, alternance: false } },
        why: 'from the end of June to the end of September is the listed three months',
      },
      {
        text: 'Entretiens les mardi 12 août et jeudi 14 août à l’agence.',
        offer: { contract: { type: 'MIS', label: 'Intérim - 3 Mois', nature: null, alternance: false } },
        why: 'dated days of interviews are not the contract’s days',
      },
      {
        text: 'Candidatures jusqu’au 31/08. CDD à pourvoir en septembre.',
        offer: { contract: { type: 'CDD', label: 'CDD - 6 Mois', nature: null, alternance: false } },
        why: 'a deadline for applications is no end of contract',
      },
      {
        text: 'Mission samedi 09/08/2025 et samedi 16/08/2025.',
        offer: { contract: { type: 'MIS', label: 'Intérim - 2 Jour(s)', nature: null, alternance: false } },
        why: 'the listing counts the two days worked',
      },
      {
        text: 'Contrat saisonnier jusqu’au 31 octobre 2025.',
        offer: {
          contract: { type: 'SAI', label: 'Saisonnier - 5 Mois', nature: null, alternance: false },
          createdAt: '2025-05-22T15:06:15.000Z',
        },
        why: 'from the creation to the end date is five months and a week: the listing fits',
      },
      {
        text: 'Horaires en alternance matin / après-midi, poste en alternance jour/nuit.',
        why: 'a rota, not an apprenticeship',
      },
      {
        text: 'Titulaire d’un CAP obtenu en apprentissage, vous avez travaillé à l’issue d’un contrat d’apprentissage dans un restaurant.',
        why: 'the candidate’s past apprenticeship is not the contract offered',
      },
      {
        text: 'Notre école propose des formations en alternance du CAP au Bac pro ; nous recrutons un agent d’entretien.',
        why: 'a school’s trade, not the post',
      },
      {
        text: 'Missions variées au sein de l’équipe.',
        why: '"missions" as tasks, not interim missions',
      },
      {
        // Hard call 7.
        text: 'Lieu de mission : Annecy. Nos agences vous accompagnent dans vos missions.',
        why: 'an agency’s wording ("lieu de mission") in a CDI listing is no contradiction',
      },
      {
        // 0653610 (Randstad's description).
        text: 'Randstad : vous trouverez l’emploi adapté à votre profil, que ce soit pour un poste en CDI, CDD ou intérim.',
        offer: {
          contract: {
            type: 'MIS',
            label: 'Mission intérimaire - 21 Jour(s)',
            nature: null,
            alternance: false,
          },
        },
        why: 'three contracts named at once are an agency’s pitch, not this job’s options',
      },
      {
        // 0638872
        text: 'Manpower est un leader mondial des ressources humaines : intérim, recrutement CDD/CDI, management de transition.',
        why: 'an agency listing its trades offers no second contract',
      },
      {
        text: 'CDD de 6 mois pouvant déboucher sur un CDI.',
        offer: { contract: { type: 'CDD', label: 'CDD - 6 Mois', nature: null, alternance: false } },
        why: 'a CDI as the prospect of a CDD is cdd_rules, not a contradiction',
      },
      {
        text: 'CDD de 6 mois, renouvelable.',
        offer: { contract: { type: 'CDD', label: 'CDD - 6 Mois', nature: null, alternance: false } },
        why: 'the text agrees with the label',
      },
      {
        // 0664172-like: six weeks of dates for a 30-day listing would be flagged; these agree.
        text: 'CDD du 01/08/2025 au 31/08/2025.',
        offer: { contract: { type: 'CDD', label: 'CDD - 1 Mois', nature: null, alternance: false } },
        why: 'the dates give the listed month',
      },
      {
        text: 'Nous vous embauchons en CDI dès la fin de la période d’essai. Pas de prime de fin de contrat.',
        why: '"embauche en CDI" is the CDI itself',
      },
    ],
  },
};
const STATED_KINDS: Array<[RegExp, ContractKind]> = [
  [/\bcdi interim/, 'DIN'],
  [/\bcdi\b|duree indeterminee|permanent/, 'CDI'],
  [/\binterim|\bmission\b|travail temporaire|interimaire/, 'MIS'],
  [/\bsaisonnier|\bsaison\b/, 'SAI'],
  [/\bcdd\b|duree determinee|temporary|fixed.term/, 'CDD'],
  [/\bfreelance|independant|liberal/, 'LIB'],
];

function statedKind(text: string): ContractKind | null {
  const plain = plainText(text);
  return STATED_KINDS.find(([pattern]) => pattern.test(plain))?.[1] ?? null;
}

function sameFamily(a: ContractKind, b: ContractKind): boolean {
  const family = (kind: ContractKind) => (kind === 'SAI' || kind === 'DDI' ? 'CDD' : kind);
  return family(a) === family(b);
}

const partnerPageContract: PageRule = {
  kind: 'page',
  id: 'contract_mismatch.partner_page_contract',
  category: 'contract_mismatch',
  severity: 'certain',
  explanation:
    "Le contrat affiché sur France Travail n'est pas celui qu'indique la page de l'offre chez le partenaire.",
  detect(offer, page, facts) {
    if (!page.stated.contract) return null;
    const listed = facts.contract.kind;
    const stated = statedKind(page.stated.contract);
    if (!listed || !stated || sameFamily(listed, stated)) return null;
    return {
      evidence: bothSides(
        contractFieldEvidence(offer),
        `Page du partenaire (${page.url}) : ${page.stated.contract}`,
      ),
      details: { listed, stated, url: page.url },
    };
  },
  examples: {
    positive: [
      {
        pages: [{ stated: { contract: 'Intérim' } }],
        quote: 'Type de contrat : CDI ; Page du partenaire (https://partner.example/offre/1) : Intérim',
      },
    ],
    negative: [
      { pages: [{ stated: { contract: 'CDI' } }], why: 'the page agrees' },
      {
        offer: { contract: { type: 'SAI', label: 'Saisonnier - 3 Mois', nature: null, alternance: null } },
        pages: [{ stated: { contract: 'CDD' } }],
        why: 'a seasonal contract is a kind of CDD',
      },
    ],
  },
};

const DURATION = /(\d{1,3}) ?(mois|semaines?|jours?|ans?)\b/;

const partnerPageDuration: PageRule = {
  kind: 'page',
  id: 'contract_mismatch.partner_page_duration',
  category: 'contract_mismatch',
  severity: 'certain',
  explanation:
    "La durée du contrat affichée sur France Travail n'est pas celle qu'indique la page de l'offre chez le partenaire.",
  detect(offer, page, facts) {
    const listed = facts.contract;
    if (listed.durationDays === null || !page.stated.duration) return null;
    const match = DURATION.exec(plainText(page.stated.duration));
    if (!match) return null;
    const stated = Number(match[1]) * unitDays(match[2]!);
    if (stated <= 0 || Math.max(stated, listed.durationDays) / Math.min(stated, listed.durationDays) < 1.5)
      return null;
    return {
      evidence: bothSides(
        contractFieldEvidence(offer),
        `Page du partenaire (${page.url}) : ${page.stated.duration}`,
      ),
      details: { listedDays: listed.durationDays, statedDays: stated, url: page.url },
    };
  },
  examples: {
    positive: [
      {
        offer: { contract: { type: 'CDD', label: 'CDD - 6 Mois', nature: null, alternance: null } },
        pages: [{ stated: { duration: '2 mois' } }],
        quote:
          'Type de contrat : CDD - 6 Mois ; Page du partenaire (https://partner.example/offre/1) : 2 mois',
      },
    ],
    negative: [
      {
        offer: { contract: { type: 'CDD', label: 'CDD - 6 Mois', nature: null, alternance: null } },
        pages: [{ stated: { duration: '26 semaines' } }],
        why: 'the same length in other units',
      },
    ],
  },
};

export const contractMismatchRules = { listingVsText, partnerPageContract, partnerPageDuration };
