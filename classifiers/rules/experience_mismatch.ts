import { bothSides, fieldEvidence, textEvidence } from '../engine/evidence.js';
import type { PreparedOffer } from '../engine/prepared-offer.js';
import { includesWord } from '../engine/substring-filter.js';
import {
  type ExperienceCandidate,
  type ExperienceField,
  type ExperienceStatement,
  experiencePlaces,
  findAnyLength,
  findBeginnerCandidates,
  findDemandCandidates,
  judgeStatement,
  mayOpenTheDoor,
  readExperienceField,
  type WithoutYears,
  type YearsRange,
  yearsAgree,
} from '../facts/experience.js';
import { quoteExact } from '../facts/quote.js';
import type { Finding, OfferRule } from '../rule.js';

interface Located {
  statement: ExperienceStatement;
  where: 'title' | 'description';
}

interface Candidate {
  candidate: ExperienceCandidate;
  where: 'title' | 'description';
}

/** The candidates of the title and of the description read in their sentences, in the order of the text. */
function statementsOf(prepared: PreparedOffer, candidates: readonly Candidate[]): Located[] {
  const found: Located[] = [];
  for (const { candidate, where } of candidates) {
    const statement = judgeStatement(where === 'title' ? prepared.title : prepared.description, candidate);
    if (statement) found.push({ statement, where });
  }
  return found;
}

/**
 * The first door open to beginners of the title, then of the description, that its sentence leaves standing: the
 * rule reads no other (whether there is one, and which), so the sentences after it are not read.
 */
function firstBeginner(prepared: PreparedOffer, beginners: Beginners): Located | null {
  for (const candidate of beginners.title) {
    const statement = judgeStatement(prepared.title, candidate);
    if (statement) return { statement, where: 'title' };
  }
  for (const candidate of beginners.description) {
    const statement = judgeStatement(prepared.description, candidate);
    if (statement) return { statement, where: 'description' };
  }
  return null;
}

interface Beginners {
  title: ExperienceCandidate[];
  description: ExperienceCandidate[];
  /** Where the description says "experien": found once for its beginner phrases and its demands. */
  descriptionExperienceAt: number[];
}

/** The demands of the title, then of the description (a demand overlapping a beginner phrase is none). */
function demandCandidatesOf(
  prepared: PreparedOffer,
  beginners: Beginners,
  withoutYears: WithoutYears,
): Candidate[] {
  const found: Candidate[] = [];
  for (const candidate of findDemandCandidates(prepared.title.text, beginners.title, true, withoutYears))
    found.push({ candidate, where: 'title' });
  for (const candidate of findDemandCandidates(
    prepared.description.text,
    beginners.description,
    false,
    withoutYears,
    beginners.descriptionExperienceAt,
  ))
    found.push({ candidate, where: 'description' });
  return found;
}

function quoted({ statement, where }: Located, prepared: PreparedOffer): string {
  return where === 'title'
    ? fieldEvidence('title', prepared.offer.title ?? '')
    : textEvidence(statement.quote);
}

function fieldSide(field: ExperienceField): string {
  return fieldEvidence('experience', field.shown);
}

function yearsText(years: { min: number; max: number }): string {
  const one = (value: number) =>
    value < 1 ? `${Math.round(value * 12)} mois` : `${value} an${value >= 2 ? 's' : ''}`;
  if (years.max === Number.POSITIVE_INFINITY) return `au moins ${one(years.min)}`;
  if (years.max === years.min) return one(years.min);
  if (years.min === 0) return `moins de ${one(years.max)}`;
  return `${one(years.min)} à ${one(years.max)}`;
}

/**
 * 4. The text says both: a firm demand and an open door. Only a strong demand is read in its sentence, the first
 * one left standing as a firm demand.
 */
function bothStated(
  prepared: PreparedOffer,
  demands: readonly Candidate[],
  beginner: Located,
): Finding | null {
  for (const { candidate, where } of demands) {
    if (!candidate.strong) continue;
    const statement = judgeStatement(where === 'title' ? prepared.title : prepared.description, candidate);
    if (statement && !statement.soft && !statement.alternative)
      return { evidence: bothSides(quoted({ statement, where }, prepared), quoted(beginner, prepared)) };
  }
  return null;
}

/**
 * 2'. The field names a year or more, the text takes experience of any length ("une expérience liée requise,
 * quelque soit la durée"): the text asks for less than the field. Only read when the text names no years of its
 * own; likely, as the field may count what the text leaves open.
 */
function anyLength(prepared: PreparedOffer, field: ExperienceField, fieldYears: YearsRange): Finding | null {
  if (fieldYears.min < 1) return null;
  const found = findAnyLength(prepared.description.text);
  if (!found) return null;
  return {
    rule: 'experience_mismatch.years_differ',
    severity: 'likely',
    evidence: bothSides(
      fieldSide(field),
      textEvidence(quoteExact(prepared.description, found.start, found.end)),
    ),
    explanation: `Le champ « Expérience » demande ${yearsText(fieldYears)}, le texte accepte une expérience de toute durée : le candidat ne sait pas quelle expérience est exigée.`,
    details: { fieldYears, textYears: null },
  };
}

const requiredAndBeginner: OfferRule = {
  kind: 'offer',
  id: 'experience_mismatch.required_and_beginner',
  category: 'experience_mismatch',
  severity: 'certain',
  explanation:
    "L'offre se contredit sur l'expérience : elle l'exige et accepte les débutants en même temps. Le candidat ne peut pas savoir s'il a sa chance.",
  detect(prepared) {
    const field = readExperienceField(prepared.offer);
    const text = prepared.text;
    if (
      !includesWord(text, 'experien') &&
      !includesWord(text, 'experiment') &&
      !mayOpenTheDoor(text) &&
      !includesWord(text, 'confirme')
    )
      return null;
    const fieldRequires = field.code === 'E' && (field.years === null || field.years.min > 0);
    const fieldBeginner = field.code === 'D' && !field.alternative;

    const descriptionExperienceAt = experiencePlaces(prepared.description.text);
    const beginnerCandidates: Beginners = {
      title: findBeginnerCandidates(prepared.title.text),
      description: findBeginnerCandidates(prepared.description.text, descriptionExperienceAt),
      descriptionExperienceAt,
    };
    // Reading a candidate in its sentence is the costly step (it maps the text back to its source, to see its line
    // breaks): each case below first looks for the candidates it could report, and reads sentences only when some.

    // Neither the field's demand nor its open door: only case 4 can apply, and only with a strong demand.
    if (!fieldRequires && !fieldBeginner) {
      const strongDemands = demandCandidatesOf(prepared, beginnerCandidates, 'strong');
      if (!strongDemands.some(({ candidate }) => candidate.strong)) return null;
      const beginner = firstBeginner(prepared, beginnerCandidates);
      return beginner ? bothStated(prepared, strongDemands, beginner) : null;
    }

    if (fieldRequires) {
      // 1. The field demands experience, the text opens the door to beginners.
      const beginner = firstBeginner(prepared, beginnerCandidates);
      if (beginner) {
        const first = beginner;
        return {
          evidence: bothSides(fieldSide(field), quoted(first, prepared)),
          ...(field.alternative
            ? {
                severity: 'likely' as const,
                explanation:
                  "Le champ « Expérience » exige une expérience, le texte accepte les débutants ; le champ admet aussi une autre voie (une formation), ce qui peut expliquer l'écart.",
              }
            : {
                explanation:
                  "Le champ « Expérience » exige une expérience alors que le texte accepte les candidats sans expérience : l'un des deux est faux.",
              }),
        };
      }
      if (!field.years) return null;
      const fieldYears = field.years;

      // 2. The field names years, the text other years: no demand of the text agrees with the field. Only the
      // demands with years count: when each of them agrees with the field, none can contradict it, whichever of
      // them their sentences leave standing.
      const candidates = demandCandidatesOf(prepared, beginnerCandidates, 'none').filter(
        ({ candidate }) => candidate.years !== null,
      );
      if (candidates.length === 0) return anyLength(prepared, field, fieldYears);
      if (candidates.every(({ candidate }) => yearsAgree(fieldYears, candidate.years!))) return null;
      const withYears = statementsOf(prepared, candidates);
      if (withYears.length === 0) return anyLength(prepared, field, fieldYears);
      if (withYears.some((located) => yearsAgree(fieldYears, located.statement.years!))) return null;
      const first =
        withYears.find((located) => !located.statement.soft && !located.statement.alternative) ??
        withYears[0]!;
      const statement = first.statement;
      const gap = Math.abs(statement.years!.min - fieldYears.min);
      const doubt = statement.soft || statement.alternative || field.alternative || gap < 1;
      return {
        rule: 'experience_mismatch.years_differ',
        evidence: bothSides(fieldSide(field), quoted(first, prepared)),
        severity: doubt ? 'likely' : 'certain',
        explanation: doubt
          ? `Le champ « Expérience » demande ${yearsText(fieldYears)}, le texte ${yearsText(statement.years!)} ; le texte présente cette durée comme un souhait ou une voie parmi d'autres, ce qui peut expliquer l'écart.`
          : `Le champ « Expérience » demande ${yearsText(fieldYears)}, le texte ${yearsText(statement.years!)} : le candidat ne sait pas quelle expérience est exigée.`,
        details: { fieldYears, textYears: statement.years },
      };
    }

    // The field accepts beginners: case 3 or 4, which both need a demand of the text. The strong demands of case 4
    // are those of case 3's list (the strong patterns come first, see `WithoutYears`).
    const demands = demandCandidatesOf(prepared, beginnerCandidates, 'all');
    if (demands.length === 0) return null;
    const beginner = firstBeginner(prepared, beginnerCandidates);
    if (beginner) return bothStated(prepared, demands, beginner);

    // 3. The field accepts beginners, the text demands experience (and nowhere accepts beginners): the first firm
    // demand, or the first strong one without an alternative. After the first firm one, only a strong one can still
    // take its place; a demand of no years ("moins de 2 ans") is never firm.
    let firstFirm: Located | null = null;
    let strong: Located | null = null;
    for (const { candidate, where } of demands) {
      if (candidate.years !== null && candidate.years.min <= 0) continue;
      if (firstFirm && !candidate.strong) continue;
      const statement = judgeStatement(where === 'title' ? prepared.title : prepared.description, candidate);
      if (!statement || statement.soft || (!statement.strong && statement.alternative)) continue;
      firstFirm ??= { statement, where };
      if (statement.strong && !statement.alternative) {
        strong = { statement, where };
        break;
      }
    }
    if (!firstFirm) return null;
    const finding: Finding = {
      rule: 'experience_mismatch.beginner_shown_demand_in_text',
      evidence: bothSides(fieldSide(field), quoted(strong ?? firstFirm, prepared)),
      severity: strong ? 'certain' : 'likely',
      explanation: strong
        ? "Le champ « Expérience » accepte les débutants alors que le texte exige une expérience : l'un des deux est faux."
        : "Le champ « Expérience » accepte les débutants alors que le profil décrit dans le texte suppose une expérience ; le texte peut n'exprimer qu'une préférence, d'où « probable ».",
    };
    return finding;
  },
  examples: {
    positive: [
      {
        text: 'Débutant accepté.',
        offer: { experience: { code: 'E', label: '5 An(s)' } },
        quote: 'Expérience : 5 An(s) ; Texte : « Débutant accepté »',
      },
      {
        // 0640017: a Lidl field "Expérience exigée" over a text open to everyone.
        text: 'Profil Que tu aies déjà une expérience professionnelle ou non, nous recherchons avant tout une personnalité.',
        offer: { experience: { code: 'E', label: 'Expérience exigée' } },
        quote:
          'Expérience : Expérience exigée ; Texte : « Que tu aies déjà une expérience professionnelle ou non, nous recherchons avant tout une personnalité »',
      },
      {
        // 0664580: the partner's own summary line contradicts the field.
        text: 'Contrat : CDI\nNiveau d’expérience minimum requis : Débutant\nNiveau d’études minimum requis : CAP',
        offer: { experience: { code: 'E', label: 'Expérience exigée' } },
        quote: 'Expérience : Expérience exigée ; Texte : « Niveau d’expérience minimum requis : Débutant »',
      },
      {
        // 0664954: the field demands, the text offers to train.
        text: 'Expérience dans un poste similaire est un plus, mais nous sommes ouverts à former les candidats motivés.',
        offer: { experience: { code: 'E', label: 'Expérience exigée' } },
        quote: 'Expérience : Expérience exigée ; Texte : « ouverts à former les candidats motivés »',
      },
      {
        // 193NFDF.
        text: 'Vous voulez débuter en cuisine ? Une formation est prévue sur le poste !',
        offer: { experience: { code: 'E', label: '6 Mois' } },
        quote: 'Expérience : 6 Mois ; Texte : « Vous voulez débuter en cuisine »',
      },
      {
        // 194BRWW: a job board's experience line marked optional.
        text: 'Expérience :\nAgent d’entretien h/f ou similaire : 1 an (Optionnel)',
        offer: { experience: { code: 'E', label: '1 An(s)' } },
        quote: 'Expérience : 1 An(s) ; Texte : « 1 an (Optionnel) »',
      },
      {
        // Neither phrase needs the word "expérience": a text that never says it still opens the door.
        text: 'Poste de manutentionnaire. Nous sommes ouverts à former les candidats motivés. Permis B : 1 an (Facultatif).',
        offer: { experience: { code: 'E', label: '2 An(s)' } },
        quote: 'Expérience : 2 An(s) ; Texte : « ouverts à former les candidats motivés »',
      },
      {
        text: 'Vous avez 3 ans d’expérience exigée en cuisine.',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        quote: 'Expérience : Débutant accepté ; Texte : « 3 ans d’expérience exigée en cuisine »',
      },
      {
        // 0653166: "vous justifiez d'une expérience" is a demand (ANNOTATION.md, hard call 1).
        text: 'Vous justifiez d’une expérience réussie en conduite de camion benne et manutention de containers.',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        quote:
          'Expérience : Débutant accepté ; Texte : « Vous justifiez d’une expérience réussie en conduite de camion benne et manutention de containers »',
      },
      {
        // 0679690: the profile presupposes experience; it may be a preference, hence likely.
        text: 'Vous avez une expérience dans la vente ou la manutention, vous avez le sens du service.',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        quote:
          'Expérience : Débutant accepté ; Texte : « Vous avez une expérience dans la vente ou la manutention, vous avez le sens du service »',
      },
      {
        // A strong demand after a softer firm one is the one quoted: it makes the finding certain.
        text: 'Vous avez une expérience dans la vente. Expérience en caisse exigée.',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        quote: 'Expérience : Débutant accepté ; Texte : « Expérience en caisse exigée »',
      },
      {
        // 196DYVM: the field's years are not the text's.
        text: 'Vous justifiez d’une expérience d’au moins 5 ans sur un poste similaire.',
        offer: { experience: { code: 'E', label: '3 An(s)' } },
        quote: 'Expérience : 3 An(s) ; Texte : « expérience d’au moins 5 ans sur un poste similaire »',
      },
      {
        // 196DZCH: fewer years in the text than in the field is a contradiction too.
        text: 'De formation Bac Pro, vous justifiez d’une expérience de 2 ans minimum sur ce type de machine.',
        offer: { experience: { code: 'E', label: '3 An(s)' } },
        quote: 'Expérience : 3 An(s) ; Texte : « expérience de 2 ans minimum sur ce type de machine »',
      },
      {
        // 0641594: a range of the text that leaves out the field's year.
        text: 'Vous avez une expérience réussie de deux à trois ans dans le commerce et le management.',
        offer: { experience: { code: 'E', label: 'Expérience exigée de 1 An(s)' } },
        quote:
          'Expérience : Expérience exigée de 1 An(s) ; Texte : « expérience réussie de deux à trois ans dans le commerce et le management »',
      },
      {
        // 196CZFJ: a profile item whose qualifier makes it a demand.
        text: 'Ce qu’on recherche chez vous :\n- Une première expérience réussie dans le domaine du recrutement ou de l’emploi\n- Un excellent sens du service',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        quote:
          'Expérience : Débutant accepté ; Texte : « Une première expérience réussie dans le domaine du recrutement ou de l’emploi »',
      },
      {
        text: 'Votre profil :\n* Solide expérience en management d’équipe\n* Permis B',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        quote: 'Expérience : Débutant accepté ; Texte : « Solide expérience en management d’équipe »',
      },
      {
        // 0650407: experience beside knowledge, as a profile item.
        text: 'Le profil :\n- CAP à BTS en maintenance des matériels.\n- Connaissances et expériences mécanique, hydraulique, électronique.\n- Permis B obligatoire.',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        quote:
          'Expérience : Débutant accepté ; Texte : « Connaissances et expériences mécanique, hydraulique, électronique »',
      },
      {
        // 0648254: the wish in parentheses is for Tornos, not for the experience.
        text: 'Le profil recherché\nExpérience sur poupées mobiles (Tornos serait un plus).\nFormation mécanique indispensable.',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        quote:
          'Expérience : Débutant accepté ; Texte : « Expérience sur poupées mobiles (Tornos serait un plus) »',
      },
      {
        text: 'Vous êtes débutant ? Nous vous formons au métier de cariste.',
        offer: { experience: { code: 'E', label: '2 An(s)' } },
        quote: 'Expérience : 2 An(s) ; Texte : « Vous êtes débutant »',
      },
      {
        text: 'Vous êtes un vendeur confirmé, doté d’un bon relationnel.',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        quote:
          'Expérience : Débutant accepté ; Texte : « Vous êtes un vendeur confirmé, doté d’un bon relationnel »',
      },
      {
        // 0648711: a beginner as a trainer, but only with five years in the trade; "idéalement" is for the field.
        text: 'Votre profil :\n- Expérimenté sur un poste similaire ou débutant(e) sur le métier de formateur/trice si expérience en usinage (Tournage/Fraisage) d’au moins 5 ans idéalement en usinage ou en bureau d’études.\n- Formation BAC +2 min souhaitée.',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        quote:
          'Expérience : Débutant accepté ; Texte : « expérience en usinage (Tournage/Fraisage) d’au moins 5 ans idéalement en usinage ou en bureau d’études »',
      },
      {
        // 196DSWH: the word alone, an item of the profile's list.
        text: 'Profil recherché :\n    Dynamique, soigneux, motivé\n    De formation CAP/BEP\n    Expérience\n    Maitrise de la lecture de plans',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        quote: 'Expérience : Débutant accepté ; Texte : « Expérience »',
      },
      {
        // 0655651: a year in the field, any length in the text.
        text: 'Un excellent contact client\nExpérience : Au moins une expérience liée requise, quelque soit la durée',
        offer: { experience: { code: 'E', label: 'Expérience exigée de 1 An(s)' } },
        quote:
          'Expérience : Expérience exigée de 1 An(s) ; Texte : « Expérience : Au moins une expérience liée requise, quelque soit la durée »',
      },
      {
        text: 'Une expérience en restauration, même courte, est demandée.',
        offer: { experience: { code: 'E', label: '2 An(s)' } },
        quote: 'Expérience : 2 An(s) ; Texte : « expérience en restauration, même courte »',
      },
    ],
    negative: [
      {
        text: 'Date de début : septembre. Vous débuterez par une semaine d’intégration.',
        offer: { experience: { code: 'E', label: '2 An(s)' } },
        why: 'a start date and a first week are no door open to beginners',
      },
      {
        text: 'Nous ne sommes pas ouverts à former les candidats non qualifiés : expérience confirmée en maçonnerie.',
        offer: { experience: { code: 'E', label: '2 An(s)' } },
        why: 'a negated offer to train is none',
      },
      {
        text: 'Expérience : 2 ans en maçonnerie. Permis B (Optionnel).',
        offer: { experience: { code: 'E', label: '2 An(s)' } },
        why: 'the optional line is a licence, not the experience',
      },
      {
        text: 'Aucune expérience requise ! Nous vous formons.',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        why: 'a negated phrase is never the evidence of what it negates: "aucune expérience requise" agrees with the field',
      },
      {
        text: 'Expérience non exigée, pas de limite d’âge, sans diplôme.',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        why: 'negations of a demand ("non exigée", "sans") are open doors, not demands',
      },
      {
        text: 'Débutants acceptés si titulaire du CAP.',
        offer: { experience: { code: 'E', label: '2 An(s)' } },
        why: 'beginners on a condition do not contradict a demand for experience',
      },
      {
        text: 'Vous avez 3 ans d’expérience exigée en cuisine.',
        offer: { experience: { code: 'S', label: 'Expérience souhaitée' } },
        why: 'a demand alone, with nothing accepting beginners',
      },
      {
        // 196DTBK
        text: 'Une première expérience en vente ou en boulangerie est un plus, mais nous sommes ouverts aux profils débutants motivés.',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        why: '"un plus" is a wish, and the text itself opens the door to beginners',
      },
      {
        // 0679095
        text: 'Votre expérience réussie vous a permis de développer votre sens du service.',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        why: 'a narrative line is no demand (hard call 1)',
      },
      {
        // 0656614
        text: 'Vous disposez idéalement d’une expérience sur une fonction en gestion de copropriété.',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        why: '"idéalement" is a wish',
      },
      {
        // 0657007
        text: 'Cabinet fort de plus de 65 ans d’expérience. Vous justifiez d’une expérience probante d’au moins trois ans en cabinet.',
        offer: { experience: { code: 'E', label: '3 An(s)' } },
        why: 'the employer’s own 65 years are no demand; the candidate’s three years agree with the field',
      },
      {
        // 196DYHZ, 0676314
        text: 'Une expérience de 1 à 2 ans dans un poste similaire est requise pour ce rôle.',
        offer: { experience: { code: 'E', label: '1 An(s)' } },
        why: 'a range of the text that contains the field’s years is consistent',
      },
      {
        // 0634532
        text: 'Vous avez déjà une expérience dans le domaine ? Rejoignez-nous.',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        why: 'a question invites, it demands nothing',
      },
      {
        // 0650948
        text: 'Une expérience justifiable auprès des enfants de moins de 3 ans est demandée.',
        offer: { experience: { code: 'E', label: '1 An(s)' } },
        why: 'the children’s age is not years of experience',
      },
      {
        // 0671967
        text: 'Vos avantages : - Une rémunération nette et claire, - Une expérience professionnelle dans l’enseignement.',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        why: 'an experience the job gives is a benefit, not a demand',
      },
      {
        text: 'Vous êtes expérimenté ? Rejoignez notre atelier.',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        why: 'a question invites, it demands nothing',
      },
      {
        text: 'Vous n’êtes pas débutant : trois ans d’expérience minimum en maçonnerie.',
        offer: { experience: { code: 'E', label: '3 An(s)' } },
        why: '"vous n’êtes pas débutant" is no open door, and the years agree',
      },
      {
        text: 'Expérimenté sur machines CN ou débutant motivé, vous rejoignez notre atelier.',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        why: 'experienced or a beginner: one way in among two, the field’s',
      },
      {
        text: 'Nous vous offrons :\n- Une première expérience professionnelle dans un grand groupe\n- Une mutuelle',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        why: 'an item under "Nous vous offrons" is a benefit, not a demand',
      },
      {
        text: 'Profil recherché :\nExpérience\nUne première expérience en atelier serait un plus.\nPermis B',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        why: 'the word alone heads what follows, a wish',
      },
      {
        text: 'Nos avantages :\n- Mutuelle\n- Expérience\n- Formation continue',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        why: 'the word alone in a list of benefits asks for nothing',
      },
      {
        // 0639411
        text: 'Vous êtes titulaire de l’un des diplômes suivants :\nCAP AEPE\nBac pro ASSP\nAssistant maternel avec 3 ans d’expériences professionnelles',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        why: 'the years are one profile among diplomas that ask for none',
      },
      {
        text: 'Votre profil :\n- Expérience en vente (un plus).\n- Sens du contact',
        offer: { experience: { code: 'D', label: 'Débutant accepté' } },
        why: 'a wish in parentheses with no subject of its own is the item’s: "un plus"',
      },
      {
        text: 'Nous vous formons quelle que soit la durée de votre contrat. Vous justifiez d’une expérience de 2 ans.',
        offer: { experience: { code: 'E', label: '2 An(s)' } },
        why: 'the text’s two years agree with the field; "quelle que soit la durée" is the contract’s',
      },
    ],
  },
};

export const experienceMismatchRules: readonly OfferRule[] = [requiredAndBeginner];
