import type { Severity } from '../../model/flag.js';
import type { PreparedOffer } from '../engine/prepared-offer.js';
import type { TextRule } from '../rule.js';

const REFERENCE = 'Code du travail, art. L1132-1, L1142-1 et L5321-2';

/* Job titles that exist only in the feminine: alone, they tell men not to apply. */
const FEMININE_TITLES =
  'serveuse|vendeuse|hotesse|caissiere|coiffeuse|estheticienne|femme de menage|femme de chambre|gouvernante|nourrice|aide-soignante|aide soignante|infirmiere|assistante|employee|ouvriere|cuisiniere|boulangere|patissiere|conseillere|commerciale|technicienne|directrice|animatrice|educatrice|agente|chargee|preparatrice|operatrice|conductrice|livreuse|lingere|repasseuse|couturiere|masseuse|plongeuse|barmaid|secretaire serieuse|dame de compagnie|auxiliaire de vie feminine|femme|fille|dame|baby-sitteuse|receptionniste feminine|standardiste feminine';
/* Masculine titles with a distinct feminine form; the generic masculine is how French titles were long written,
 * so alone it is a likely finding, not a certain one. */
const MASCULINE_TITLES =
  'serveur|vendeur|chauffeur|cuisinier|boulanger|patissier|boucher|infirmier|technicien|directeur|conseiller|commercial|employe|ouvrier|assistant|animateur|educateur|preparateur|operateur|conducteur|livreur|magasinier|caissier|coiffeur|estheticien|menuisier|charpentier|plombier|electricien|mecanicien|macon|couvreur|soudeur|developpeur|consultant|charge|delegue|gerant|formateur|moniteur|surveillant|veilleur|gardien|jardinier|homme|garcon|agent de maitrise|ingenieur|chaudronnier|tourneur|fraiseur|regleur|controleur|vigneron|berger|facteur|acheteur|negociateur|redacteur|traducteur|comptable assistant';

/** "H/F", "F/H", "(H-F)", "HF", "H/F/X", "(F/H/NB)", "femme ou homme": the title addresses everyone. */
const BOTH_MARKER =
  /\b(?:h|f) ?[/\-.|] ?(?:f|h)\b|\((?:h|f)(?: ?[/\-.,|] ?(?:h|f|x|nb|n))+\)|\bhf\b|\bfh\b|\bhomme ou femme\b|\bfemme ou homme\b|\bhommes? et femmes?\b|\bfemmes? et hommes?\b|\btous genres\b|\bx\/f\/h\b/;
/** Inclusive writing or both forms: "Serveur/Serveuse", "Vendeur(se)", "Conseiller·ère", "Chauffeur / Chauffeuse". */
const INCLUSIVE_MARKER =
  /[a-z] ?\/ ?[a-z]|[a-z]\((?:e|se|euse|ere|iere|ice|rice|trice|ne|nne|le|lle|te|tte|es)\)|[a-z][\u00b7\u2022\u2027\u22c5.-](?:e|se|euse|ere|iere|rice|trice|ne|nne|le|lle)\b/;

function judgeTitle(match: RegExpExecArray, prepared: PreparedOffer): Severity | null {
  const title = prepared.titlePlain;
  if (BOTH_MARKER.test(title) || INCLUSIVE_MARKER.test(title)) return null;
  return FEMININE.test(match[0]) || FEMININE_FIRST_WORD.test(prepared.title.text) ? 'certain' : 'likely';
}

/*
 * A title that starts with a feminine job noun ("Musicienne", "Jardinière paysagiste"): the first word of a title
 * is the job, and machines ("plieuse") or abstract nouns do not start one.
 */
const FEMININE_FIRST_WORD = /^\s*[a-z]{3,}(?:euse|rice|iere|ienne|esse)\b/;
const FEMININE = new RegExp(`^(?:${FEMININE_TITLES})$`);

/** Where the job is dealing with someone else: "pour une jeune femme", "auprès d'une dame âgée". */
const SERVED_PERSON =
  /(?:pour|aupres d'|aupres de|accompagner|aider|assister|s'occuper d'|chez|garder|de la|d'une|patiente?|beneficiaire|maman|soins? (?:a|d')|accompagnement d'|aide a|au domicile d'|a domicile d')[^.;\n]{0,12}$/;

const PUBLIC_JOB =
  /\b(?:fonction publique|fonctionnaire|concours|statutaire|contractuel de la fonction|armee|militaire|gendarmerie|police nationale|defense nationale|douanes?|ministere|prefecture|penitentiaire|diplomati|habilitation (?:secret|confidentiel)|secret defense)\b/;

export const discriminationRules: readonly TextRule[] = [
  {
    kind: 'text',
    id: 'discrimination.gendered_title',
    category: 'discrimination',
    severity: 'certain',
    scope: 'title',
    triggers: [],
    patterns: [
      new RegExp(`\\b(?:${FEMININE_TITLES}|${MASCULINE_TITLES})s?\\b`, 'g'),
      /^\s*[a-z]{3,}(?:euse|rice|iere|ienne|esse)\b/g,
    ],
    judge: judgeTitle,
    explanation:
      "L'intitulé du poste n'est écrit qu'au féminin ou qu'au masculin, sans « H/F » ni les deux formes : une offre ne peut pas désigner le sexe du candidat recherché.",
    reference: 'Code du travail, art. L1142-1',
    examples: {
      positive: [
        { title: 'Serveuse', quote: 'Serveuse' },
        { title: 'Vendeuse prêt-à-porter', quote: 'Vendeuse prêt-à-porter' },
        { title: 'Hôtesse de caisse', quote: 'Hôtesse de caisse' },
        { title: 'Femme de ménage', quote: 'Femme de ménage' },
        { title: 'Musicienne', quote: 'Musicienne' },
        { title: 'Jardinière paysagiste', quote: 'Jardinière paysagiste' },
      ],
      negative: [
        { title: 'Serveur / Serveuse', why: 'both forms' },
        { title: 'Serveuse H/F', why: 'H/F marker' },
        { title: 'Vendeur (F/H)', why: 'F/H marker' },
        { title: 'Serveur·se en brasserie', why: 'inclusive middle dot' },
        { title: 'Vendeur(se) polyvalent(e)', why: 'inclusive parentheses' },
        { title: 'Conseiller(ère) commercial(e)', why: 'inclusive parentheses on both words' },
        { title: 'Employé(e) libre-service', why: 'inclusive parentheses' },
        { title: 'Responsable de rayon H-F', why: 'H-F marker' },
        { title: 'Comptable', why: 'an epicene title' },
        { title: 'Opérateur sur plieuse (H/F)', why: 'plieuse is the machine, not the worker' },
      ],
    },
  },
  {
    kind: 'text',
    id: 'discrimination.gendered_search',
    category: 'discrimination',
    severity: 'certain',
    triggers: [
      'femme',
      'femmes',
      'homme',
      'hommes',
      'fille',
      'filles',
      'garcon',
      'garcons',
      'feminin',
      'feminine',
      'feminins',
      'feminines',
      'masculin',
      'masculine',
      'masculins',
      'masculines',
      'dame',
      'dames',
      'messieurs',
    ],
    patterns: [
      /\b(?:recherch\w{0,5}|recrut\w{0,5}|cherch\w{0,4}|besoin d'|souhait\w{0,5}|embauch\w{0,5}) (?:une?|des|d') ?(?:jeunes? )?(?:femmes?|hommes?|filles?|garcons?|dames?|messieurs)\b(?! ou (?:une? )?(?:femme|homme))(?! et (?:des )?(?:femmes|hommes))(?! de (?:menage|chambre|entretien|l'art|terrain|confiance))/g,
      /\bjeunes? (?:femmes?|hommes?|filles?)\b(?! et (?:jeunes? )?(?:hommes?|femmes?))(?! ou)/g,
      /\b(?:hommes?|femmes?) (?:forts?|fortes?|costauds?|robustes?|serieux|serieuses?|motivee?s?|dynamiques?|souriantes?|soignee?s?|agiles?)\b/g,
      /\b(?:profil|candidat|personnel|equipe|poste) (?:exclusivement |uniquement |de preference )?(?:feminin|masculin)e?s?\b/g,
      /\b(?:poste|emploi|offre) (?:reserve|destine|ouvert uniquement) (?:aux|a des) (?:femmes|hommes)\b/g,
      /\b(?:uniquement|exclusivement|seulement) (?:des |aux )?(?:femmes|hommes)\b/g,
    ],
    negations: [
      /\b(?:egalite|mixite|parite|diversite) (?:professionnelle )?(?:entre )?(?:les )?(?:femmes|hommes)/,
      /\b(?:femmes|hommes) et (?:les )?(?:hommes|femmes)\b/,
      /\bpret-a-porter (?:homme|femme)|\bcoiffure (?:homme|femme|mixte)|\brayon (?:homme|femme)|\bmode (?:homme|femme)|\bvetements? (?:homme|femme)|\bcollection (?:homme|femme)/,
    ],
    judge: (match, prepared) => {
      const before = prepared.text.slice(Math.max(0, match.index - 40), match.index);
      return /^jeune/.test(match[0]) && SERVED_PERSON.test(before) ? null : 'certain';
    },
    explanation:
      "L'offre précise le sexe de la personne recherchée (« jeune femme », « homme fort »…) : c'est interdit, le poste doit être ouvert à tous.",
    reference: REFERENCE,
    examples: {
      positive: [
        {
          text: 'Nous recherchons une jeune femme dynamique pour notre accueil.',
          quote: 'Nous recherchons une jeune femme dynamique pour notre accueil.',
        },
        { text: 'Recherche homme fort pour manutention.', quote: 'Recherche homme fort pour manutention.' },
        { text: 'Profil féminin souhaité.', quote: 'Profil féminin souhaité.' },
        {
          text: 'On recherche une femme pour le service en salle.',
          quote: 'On recherche une femme pour le service en salle.',
        },
        { text: 'Poste réservé aux hommes.', quote: 'Poste réservé aux hommes.' },
      ],
      negative: [
        {
          text: 'Auxiliaire de vie pour accompagner une jeune femme en situation de handicap.',
          why: 'the person served, not the candidate',
        },
        { text: 'Nous favorisons l’égalité entre les femmes et les hommes.', why: 'a statement on equality' },
        { text: 'Vendeur H/F rayon prêt-à-porter homme.', why: "a men's clothing department" },
        { text: 'Coiffure homme et femme, salon mixte.', why: 'a unisex salon' },
        { text: 'Poste ouvert aux femmes et aux hommes.', why: 'open to women and men' },
      ],
    },
  },
  {
    kind: 'text',
    id: 'discrimination.feminine_job_sought',
    category: 'discrimination',
    severity: 'certain',
    triggers: [
      'recruter',
      'recrutons',
      'recrute',
      'recherchons',
      'recherche',
      'cherchons',
      'cherche',
      'embaucher',
      'embauchons',
    ],
    patterns: [
      new RegExp(
        `\\b(?:recruter|recrutons|recrute|recherchons|recherche|cherchons|cherche|embaucher|embauchons) (?:une?|des) (?:jeunes? )?(?:${FEMININE_TITLES})s?\\b(?! ?(?:\\/|ou\\b|et\\b|\\(?h ?\\/ ?f|\\(?f ?\\/ ?h))`,
        'g',
      ),
    ],
    // "recherche" is in most offers ("profil recherche"); a feminine title after "une" or "des" is rare.
    precheck: new RegExp(`(?:une?|des) (?:jeunes? )?(?:${FEMININE_TITLES})`),
    negations: [
      /\bvous (?:recherchez|cherchez)\b/,
      / (?:ou|et) (?:un |une )?(?:valet|homme|garcon|[a-z]{3,}(?:eur|ier|ien|er|on))\b/,
    ],
    explanation:
      "Le texte de l'offre cherche une personne d'un seul sexe (« nous souhaitons recruter une hôtesse ») : le poste doit être ouvert aux femmes et aux hommes.",
    reference: REFERENCE,
    examples: {
      positive: [
        {
          text: 'Important : nous souhaitons recruter une hôtesse souriante et soignée.',
          quote: 'Important : nous souhaitons recruter une hôtesse souriante et soignée.',
        },
        {
          text: 'Nous recherchons une serveuse pour l’été.',
          quote: 'Nous recherchons une serveuse pour l’été.',
        },
      ],
      negative: [
        { text: 'Nous recherchons une serveuse H/F pour l’été.', why: 'H/F marker after the title' },
        { text: 'Nous recherchons un serveur ou une serveuse.', why: 'both forms asked for' },
        {
          text: 'Vous recherchez une secrétaire ? Notre agence vous aide.',
          why: 'the reader is the one searching',
        },
      ],
    },
  },
  {
    kind: 'text',
    id: 'discrimination.residence',
    category: 'discrimination',
    severity: 'likely',
    triggers: [
      'habitant',
      'habitants',
      'residant',
      'residants',
      'domicilie',
      'domicilies',
      'resident',
      'residente',
    ],
    patterns: [
      /\b(?:personnes?|candidats?|candidates?|profils?) (?:habitant|residant|domiciliee?s?) (?:le|dans le|du|au|sur le|a|en) (?:quartier|commune|ville|secteur)\b|\bhabitants? du quartier\b/g,
      /(?:^|[*\-:•] ?|\b(?:etre|vous etes|profil ?:?|candidats?) )(?:residente?|residant|habitant|domiciliee?) (?:du|dans le|sur le|de la|au sein du|a proximite du) (?:bassin|secteur|quartier|canton|commune|ville|vallee|zone)\b/gm,
    ],
    negations: [
      /\b(?:pas|non|sans) (?:besoin|necessaire|obligatoire|exige|requis|obligation)\b|\b(?:aupres|service|accompagn\w{0,6}|accueil|soins?|pour les|aux) (?:des |les )?residents?\b/,
    ],
    explanation:
      "L'offre réserve ou donne la priorité aux habitants d'un quartier : le lieu de résidence est un critère de discrimination (sauf dispositifs publics d'aide à l'embauche).",
    reference: REFERENCE,
    examples: {
      positive: [
        {
          text: 'Personnes habitant le quartier prioritaires.',
          quote: 'Personnes habitant le quartier prioritaires.',
        },
        {
          // Real (Meteojob, August 2025), a profile's first line.
          text: "Votre profil :\n*Résident du bassin géographique dans lequel est implantée l'entreprise",
          quote: 'Votre profil : *Résident du bassin géographique dans lequel…',
        },
      ],
      negative: [
        {
          text: 'Vous travaillerez au service des habitants du département.',
          why: 'the inhabitants served, not the candidates',
        },
        {
          text: "Profil : il n'est pas nécessaire d'être résident du secteur, un logement est proposé.",
          why: 'negated: residence is not required',
        },
      ],
    },
  },
  {
    kind: 'text',
    id: 'discrimination.gendered_description',
    category: 'discrimination',
    severity: 'likely',
    triggers: ['terrain', 'serieuse'],
    patterns: [/\b(?:un homme de terrain|une femme de terrain|secretaire serieuse)\b/g],
    explanation:
      "L'offre décrit le candidat au masculin ou au féminin (« un homme de terrain ») : le guide de Pôle emploi range ces tournures parmi les mentions sexuées à éviter.",
    reference: 'Code du travail, art. L1142-1',
    examples: {
      positive: [{ text: 'Vous êtes un homme de terrain.', quote: 'Vous êtes un homme de terrain.' }],
      negative: [{ text: 'Vous êtes une personne de terrain.', why: 'an epicene phrase' }],
    },
  },
  {
    kind: 'text',
    id: 'discrimination.nationality',
    category: 'discrimination',
    severity: 'certain',
    triggers: ['nationalite', 'origine', 'type'],
    patterns: [
      /\bnationalite (?:francaise|europeenne|de l'union europeenne|ue)\b/g,
      /\b(?:de type|d'origine) (?:europeen(?:ne)?|caucasien(?:ne)?|francaise|maghrebine?|africaine?|asiatique)\b(?! (?:de )?(?:produits?|cuisine|vins?|plats?|ingredients?|gamme|marque|materiaux|viande|fromage|specialites))/g,
    ],
    negations: [
      /\b(?:toutes nationalites|quelle que soit (?:votre|la) nationalite|sans condition de nationalite|titre de sejour|ou (?:titulaire d'un )?titre de sejour|autorisation de travail|ou ressortissant)\b/,
      /\b(?:cuisine|produits?|plats?|specialites|vins?|fromages?|viandes?) (?:de type|d'origine)/,
    ],
    exceptions: [PUBLIC_JOB],
    explanation:
      'Exiger une nationalité ou une origine pour un emploi privé est une discrimination : seul le droit de travailler en France peut être demandé.',
    reference: REFERENCE,
    examples: {
      positive: [
        { text: 'Nationalité française exigée.', quote: 'Nationalité française exigée.' },
        { text: 'Candidat de type européen uniquement.', quote: 'Candidat de type européen uniquement.' },
      ],
      negative: [
        {
          text: 'Poste de fonctionnaire : nationalité française ou européenne requise (concours).',
          why: 'the civil service may require it (exception)',
        },
        { text: 'Cuisine d’origine asiatique, produits frais.', why: "a cuisine's origin, not a person's" },
        {
          text: 'Nationalité française ou titre de séjour valide autorisant à travailler.',
          why: 'the right to work, which may be asked',
        },
      ],
    },
  },
  {
    kind: 'text',
    id: 'discrimination.family_situation',
    category: 'discrimination',
    severity: 'certain',
    triggers: [
      'enfant',
      'enfants',
      'celibataire',
      'celibataires',
      'charge',
      'charges',
      'enceinte',
      'enceintes',
      'grossesse',
      'mariee',
      'marie',
      'maries',
      'mariees',
      'attache',
      'attaches',
    ],
    patterns: [
      /\b(?:vous etes|etre|candidate?s?|personne|profil|vous n'avez|n'ayant)\b[^.;\n]{0,30}\b(?:celibataires?|sans enfants?|sans charges? de famille|pas d'enfants?|sans attaches?|non mariee?s?|pas enceintes?)\b/g,
      /\b(?:sans enfants?|celibataire|sans charges? de famille|pas de grossesse) (?:exige|obligatoire|souhaite|imperatif|de preference|requis)e?s?\b/g,
    ],
    negations: [
      /\bavec ou sans enfants?\b/,
      /\b(?:familles?|couples?|clients?|residents?|personnes agees)[^.;\n]{0,20}sans enfants?/,
    ],
    explanation:
      "L'offre pose une condition sur la situation de famille (enfants, mariage, grossesse) : c'est une discrimination interdite.",
    reference: REFERENCE,
    examples: {
      positive: [
        {
          text: 'Vous êtes célibataire et sans enfants, disponible.',
          quote: 'Vous êtes célibataire et sans enfants, disponible.',
        },
        { text: 'Profil sans charge de famille exigé.', quote: 'Profil sans charge de famille exigé.' },
      ],
      negative: [
        { text: 'Accueil de familles avec ou sans enfants au camping.', why: "the clients' families" },
        { text: 'Logement pour couples sans enfants.', why: 'the tenants, not the candidate' },
      ],
    },
  },
  {
    kind: 'text',
    id: 'discrimination.appearance',
    category: 'discrimination',
    severity: 'certain',
    triggers: ['physique', 'jolie', 'mensurations', 'silhouette', 'taille', 'apparence'],
    patterns: [
      /\b(?:bonne |belle )?presentation physique\b|\bphysique (?:agreable|avantageux|attrayant|attirant|plaisant)\b|\bapparence physique\b|\bbelle apparence\b|\bjolie (?:fille|femme|jeune)\b|\bmensurations\b|\bsilhouette (?:fine|mince|elancee)\b|\btaille (?:minimum|min|mini) ?:? ?1 ?m ?\d{0,2}\b|\btaille (?:36|38) ?(?:\/|a) ?(?:38|40)\b/g,
    ],
    exceptions: [
      /\b(?:mannequin|casting|comedien|comedienne|figurant|figuration|acteur|actrice|modele photo|doublure)\b/,
    ],
    explanation:
      "L'offre pose une condition sur l'apparence physique : c'est un critère de discrimination interdit (sauf rôles artistiques).",
    reference: REFERENCE,
    examples: {
      positive: [
        { text: 'Bonne présentation physique exigée.', quote: 'Bonne présentation physique exigée.' },
        { text: 'Physique agréable souhaité.', quote: 'Physique agréable souhaité.' },
        { text: 'Taille minimum 1m70.', quote: 'Taille minimum 1m70.' },
      ],
      negative: [
        { text: 'Excellente présentation et sens du contact.', why: 'presentation, not physique' },
        {
          text: 'Casting : mannequin, taille 1m75 minimum, mensurations demandées.',
          why: 'a casting: artistic roles are exempt',
        },
      ],
    },
  },
  {
    kind: 'text',
    id: 'discrimination.students_only',
    category: 'discrimination',
    severity: 'likely',
    triggers: ['etudiant', 'etudiants'],
    patterns: [
      /\b(?:cdi|cdd|contrat) etudiants?\b|\bposte (?:reserve aux |exclusivement |uniquement )?etudiants?\b|\breserve aux etudiants\b|\b(?:uniquement|exclusivement|seulement) (?:des |aux |pour )?etudiants?\b|\betudiants? (?:uniquement|exclusivement|seulement)\b|\bstatut etudiant (?:obligatoire|exige|requis|imperatif)\b/g,
    ],
    negations: [
      /\b(?:ideale?s?|parfaite?s?|convient|adaptee?s?|compatibles?|possibles?)\b[^.;\n]{0,25}\betudiants?\b|\b(?:pas|non) (?:reserve|uniquement|exclusivement)\b|\betudiants? (?:acceptes?|bienvenus?|possible)\b|\bouvert (?:aux|egalement aux) etudiants\b|\bou etudiants?\b|\betudiants? ou\b|\b(?:et|ainsi que) etudiants?\b|\bdebutants?,? etudiants?\b/,
    ],
    explanation:
      "Le poste est réservé aux étudiants : écarter les autres candidats sur ce critère (lié à l'âge et à la situation) est une discrimination indirecte, relevée par l'audit de Pôle emploi lui-même. « Probable » : le statut d'étudiant n'est pas en soi un critère de l'article L1132-1, il y conduit par l'âge.",
    reference: REFERENCE,
    examples: {
      positive: [
        { text: 'Poste étudiant pour les week-ends.', quote: 'Poste étudiant pour les week-ends.' },
        { text: 'Réservé aux étudiants.', quote: 'Réservé aux étudiants.' },
        { text: 'Statut étudiant obligatoire.', quote: 'Statut étudiant obligatoire.' },
        {
          // Real (Indeed, August 2025): the only profile offered.
          text: 'Un poste en CDI étudiant de 7h, 10h ou 14h hebdomadaires.',
          quote: 'Un poste en CDI étudiant de 7h, 10h ou 14h hebdomadaires.',
        },
      ],
      negative: [
        { text: 'Débutant et étudiant accepté.', why: 'students accepted among others' },
        { text: 'Étudiants bienvenus, ouvert à tous.', why: 'students welcome, open to all' },
        { text: 'Vous encadrerez des étudiants en stage.', why: 'students as the people supervised' },
        {
          text: 'Horaires compatibles avec un contrat étudiant, ouvert à tous.',
          why: 'students are one possibility, not the only profile',
        },
        { text: 'Poste non réservé aux étudiants.', why: 'negated' },
      ],
    },
  },
];
