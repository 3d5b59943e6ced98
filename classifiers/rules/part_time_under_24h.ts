import { textEvidence } from '../engine/evidence.js';
import { quoteText } from '../engine/prepared-offer.js';
import { formatHours, hoursEvidence } from '../facts/hours.js';
import type { OfferRule } from '../rule.js';

/**
 * A job for students, the exception L3123-7 names (a student under 26 pursuing studies): "job étudiant", "CDI
 * étudiant", "idéal pour étudiants", "vous êtes étudiant", "compatible avec vos études". A student named as one
 * profile among others ("bac + 3 ou étudiant en Grande École"), or studies as a level or a department ("niveau
 * d'études", "bureau d'études"), says no such job.
 */
const STUDENT =
  /\b(?:jobs?|postes?|cdi|cdd|contrats?|emplois?|missions?|profil|statut) (?:d'ete )?(?:pour )?(?:un |une |les |des )?etudiants?\b|\b(?:ideal|ideale|ideaux|parfait|parfaite|adapte|adaptee|reserve|reservee|ouvert|ouverte|destine|destinee)s? (?:aux|pour (?:un |une |les |des )?)(?:etudiants?|etudes)\b|\b(?:compatible|compatibles|conciliable|concilier) avec (?:vos|tes|les|des|ses) etudes\b|\bvous etes etudiant|\b(?:recherch|recrut|cherch)[a-z]* (?:un |une |des |plusieurs )?etudiants?\b|\betudiants? (?:bienvenus?|acceptes?|bienvenues?)\b|\b(?:pendant|durant|en parallele de|en parallele a|a cote de|en complement de) (?:vos|tes|les|ses) etudes\b|\bprofil ?: ?etudiant/;
/**
 * A replacement contract, an exception to the 24-hour floor: a person replaced, or a leave. "remplacer les sacs",
 * "remplacement de pièces" are tasks, not a contract's motive.
 */
const REPLACEMENT_CONTRACT =
  /\b(?:cdd|contrat|poste|mission) (?:de |en )?remplacement\b|\ben remplacement (?:d'un|d'une|de notre|de la|du|de l')(?! (?:pieces?|materiel|sacs?|equipements?|pneus?))|\bremplacement (?:d'un|d'une|de notre|de nos) (?:salarie|collaborat|agent|employe|personne|absen|titulaire|collegue|assistante?|secretaire)|\bremplacer (?:un|une|le|la|l'|notre|nos) (?:salarie|collaborat|agent|employe|titulaire|personne|collegue|absen)|\bconge (?:maternite|parental|maladie|sabbatique)\b|\barret (?:de travail|maladie)\b|\bpour (?:cause d'|une )?absence\b/;

/**
 * The employee's own written request (L3123-27, L3123-7): "à votre demande", "à la demande du salarié", "temps
 * partiel choisi". Hours "selon vos disponibilités" are not one: the employer still sets a week under 24 h.
 */
const EMPLOYEE_REQUEST =
  /\ba (?:sa|votre|ta) demande\b|\ba la demande (?:du|de la) (?:salarie|candidat|personne)|\btemps partiel choisi\b/;

const PART = (label: string) => ({ hours: { label, fullTime: false } });

export const partTimeUnder24hRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'part_time_under_24h.no_exception_stated',
    category: 'part_time_under_24h',
    // Branch agreements and the employee's own written request are exceptions an offer need not state.
    severity: 'likely',
    explanation:
      'Un temps partiel doit compter au moins 24 heures par semaine, sauf exceptions (étudiant, particulier employeur, contrat de 7 jours au plus, remplacement, accord de branche, demande du salarié).',
    detect(prepared, facts) {
      const { label, inText, shownFullTime } = facts.hours;
      // The text's hours count when the listing gives none, or when every one of them is under 24 h while the
      // listing's are not ("Temps partiel - 25H/semaine" and "Durée hebdomadaire : environ 20H"): the job is then
      // said to be under 24 h. Every statement of the text must be under 24 h.
      const textMax = inText.length ? Math.max(...inText.map((h) => h.weekly)) : null;
      const textUnder = !shownFullTime && textMax !== null && textMax < 24 ? textMax : null;
      const fromText = label.weekly === null || (label.weekly >= 24 && textUnder !== null);
      const weekly = fromText ? (textUnder ?? (!shownFullTime ? textMax : null)) : label.weekly;
      if (weekly === null || weekly >= 24) return null;
      const full = prepared.text;
      const durationDays = facts.contract.durationDays;
      const employer = facts.employer;
      // Not bound by L3123-27: public-law agents, teachers' services, private households (also via an agency).
      if (employer.publicEmployer || employer.teacherService || employer.privateHousehold) return null;
      if (
        STUDENT.test(full) ||
        REPLACEMENT_CONTRACT.test(full) ||
        EMPLOYEE_REQUEST.test(full) ||
        (durationDays !== null && durationDays <= 7)
      )
        return null;
      const first = fromText ? inText.find((h) => h.weekly === weekly)! : null;
      // "2h30 … du lundi au vendredi": say how the week was counted.
      const counted = first?.perDay
        ? ` (${formatHours(first.perDay.hours)} par jour, ${first.perDay.days} jour${first.perDay.days > 1 ? 's' : ''} par semaine)`
        : '';
      return {
        evidence: first
          ? textEvidence(quoteText(prepared, first.index, first.index + first.length))
          : hoursEvidence(prepared.offer.hours),
        explanation: `Un temps partiel doit compter au moins 24 heures par semaine (art. L3123-27) ; ici ${formatHours(weekly)}${first ? ' selon le texte' : ''}${counted}, sans exception indiquée. Exceptions possibles que l'offre ne dit pas : un accord de branche fixant moins, la demande écrite du salarié, un étudiant de moins de 26 ans.`,
        details: { weeklyHours: Math.round(weekly * 100) / 100, hoursFrom: first ? 'text' : 'label' },
      };
    },
    examples: {
      positive: [
        { offer: PART('Temps partiel - 8H/semaine'), quote: 'Durée du travail : Temps partiel - 8H/semaine' },
        {
          text: 'Contrat de 20 heures hebdomadaires.',
          offer: PART('Temps partiel'),
          quote: 'Texte : « Contrat de 20 heures hebdomadaires. »',
        },
        {
          // Hours only in the text (0648083).
          text: 'Ce poste est à pourvoir en CDI pour un contrat 11h/semaine.',
          offer: { hours: { label: null, fullTime: null } },
          quote: 'Texte : « …pourvoir en CDI pour un contrat 11h/semaine. »',
        },
        {
          text: 'La durée du mi-temps est de 16h soit 2 nuits par semaine.',
          offer: { hours: { label: null, fullTime: null } },
          quote: 'Texte : « …durée du mi-temps est de 16h soit 2 nuits par semaine. »',
        },
        {
          // "CESU" as a perk does not make a household.
          text: 'Avantages : tickets restaurant, CESU, mutuelle.',
          offer: PART('Temps partiel - 10H/semaine'),
          quote: 'Durée du travail : Temps partiel - 10H/semaine',
        },
        {
          // Replacing bags is a task, not a replacement contract.
          text: 'Vous devrez remplacer les sacs et vider les poubelles.',
          offer: PART('Temps partiel - 12H/semaine'),
          quote: 'Durée du travail : Temps partiel - 12H/semaine',
        },
        {
          // A day's hours times the days (0637629): 2 h 30 × 5 = 12 h 30 a week.
          text: 'Vous interviendrez 2h30 à partir de 9h00 du lundi au vendredi. Type d’emploi : CDI',
          offer: { hours: { label: null, fullTime: null } },
          quote:
            'Texte : « Vous interviendrez 2h30 à partir de 9h00 du lundi au vendredi. Type d’emploi : CDI »',
        },
        {
          // One day a week (0665465).
          text: 'Travail le samedi, pendant 8h. Contrat : CDI Temps partiel',
          offer: { hours: { label: null, fullTime: null } },
          quote: 'Texte : « Travail le samedi, pendant 8h. Contrat : CDI Temps partiel »',
        },
        {
          // The listing's 25 h against the text's 20 h (196DKMM): the job is said to be under 24 h.
          text: 'Salaire horaire compris entre 11.88 et 12EUR\nDurée hebdomadaire : environ 20H',
          offer: PART('Temps partiel - 25H/semaine\nTravail en journée'),
          quote: 'Texte : « …compris entre 11.88 et 12EUR Durée hebdomadaire : environ 20H »',
        },
        {
          // A student named as one profile among others is no student job (0659519).
          text: 'Aide aux devoirs en 6ème à raison d’1h30, 1 fois/sem.\nProfil : titulaire d’un bac + 3 minimum ou étudiant dans une Grande École.',
          offer: { hours: { label: null, fullTime: null } },
          quote: 'Texte : « Aide aux devoirs en 6ème à raison d’1h30, 1 fois/sem. Profil : titulaire d’un… »',
        },
        {
          text: 'Poste en bureau d’études, contrat de 20 heures hebdomadaires.',
          offer: PART('Temps partiel'),
          quote: 'Texte : « …bureau d’études, contrat de 20 heures hebdomadaires. »',
        },
      ],
      negative: [
        {
          text: 'Job étudiant, le samedi.',
          offer: PART('Temps partiel - 8H/semaine'),
          why: 'students are an exception the law names',
        },
        {
          text: 'Idéal pour étudiants : horaires compatibles avec vos études.',
          offer: PART('Temps partiel - 10H/semaine'),
          why: 'a job for students',
        },
        {
          text: 'Nous recherchons un(e) étudiant(e) pour 8h par semaine.',
          offer: { hours: { label: null, fullTime: null } },
          why: 'the job is a student’s',
        },
        {
          text: 'Vous êtes étudiant(e) et cherchez un complément de revenu.',
          offer: PART('Temps partiel - 12H/semaine'),
          why: 'a job for students',
        },
        {
          text: 'Temps partiel choisi : 15 heures par semaine, à votre demande.',
          offer: PART('Temps partiel - 15H/semaine'),
          why: 'the employee’s own request is an exception the law names',
        },
        {
          text: 'Contrat de 28 heures hebdomadaires.',
          offer: PART('Temps partiel - 30H/semaine'),
          why: 'text and listing both at or above 24 h',
        },
        {
          text: 'Remplacement d’un congé maladie.',
          offer: PART('Temps partiel - 10H/semaine'),
          why: 'a replacement is an exception',
        },
        {
          // A commune hiring a public-law agent (196DBZG).
          offer: {
            ...PART('Temps partiel - 8H/semaine\nTravail en journée'),
            employer: { name: 'COMMUNE LA ROCHE', description: null, url: null, adapted: null },
          },
          why: 'a public employer hiring public-law agents is not bound by L3123-27',
        },
        {
          text: 'Rémunération selon grille FPT, statutaire + régime indemnitaire.',
          offer: PART('Temps partiel - 16H/semaine'),
          why: 'public-law pay scale: a public employer',
        },
        {
          // A teacher of a private school under contract with the State (193NLSK).
          title: 'Enseignant / Enseignante en Espagnol (H/F)',
          text: 'Le Collège et Lycée recherche un(e) enseignant(e) à temps partiel (11 heures) pour l’année scolaire, établissement privé sous contrat avec l’État.',
          offer: PART('Temps partiel - 11H/semaine'),
          why: "a teacher's service, paid by the State: not bound by L3123-27",
        },
        {
          // An agency recruiting for a private household (196DQLD).
          text: "Association spécialisée dans les services à la personne, recherche pour le compte de l'un de ses clients un(e) Aide ménager(e).",
          offer: PART('Temps partiel - 2H/semaine'),
          why: 'the employer is a private household, excluded from the 24-hour floor',
        },
        {
          text: 'Pour une de nos familles, nous recherchons un(e) baby-sitter à domicile pour 4 heures de travail par semaine.',
          offer: PART('4 H  Travail en horaires fractionnés'),
          why: 'an agency placing a sitter with one of its families: a household employs',
        },
        {
          text: 'Contrat de 20h par semaine.',
          offer: { hours: { label: null, fullTime: true } },
          why: 'shown full time: the contradiction is hours_mismatch, not a part time under 24 h',
        },
        {
          text: 'Pause déjeuner pendant 1h du lundi au vendredi, horaires de bureau.',
          offer: { hours: { label: null, fullTime: null } },
          why: 'a break is not a working day',
        },
        {
          text: 'Vous interviendrez 3 heures à 4 heures, à partir de 17h30 du lundi au vendredi.',
          offer: { hours: { label: null, fullTime: null } },
          why: 'a range of daily lengths is no one weekly figure',
        },
        {
          // The employer field says a household (0670948, a Yoopies offer).
          text: 'Je recherche une aide ménagère, chaque lundi (plus ou moins 3h.)',
          offer: {
            hours: { label: null, fullTime: null },
            employer: { name: 'Particulier Employeur', description: null, url: null, adapted: null },
          },
          why: 'a private household is excluded from the 24-hour floor',
        },
      ],
    },
  },
];
