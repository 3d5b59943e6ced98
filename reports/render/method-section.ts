import { SITE_COMPANION_PAGES } from '../../crawler/companion-search.js';
import { fileName } from '../../lib/file-name.js';
import { departementLabel, ruleName } from '../../model/names-fr.js';
import { CATEGORIES } from '../../model/taxonomy.js';
import type { ReportFigures } from '../figures/report-figures.js';
import { count, dateText, intervalText, percent } from './format-fr.js';
import { GOLD_SET_PRECISION } from './gold-set-precision.js';
import { publicLabel } from './report-text.js';

/** Format-neutral text blocks: the HTML and Markdown renderers lay out the same method section. */
export type MethodBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] };

export interface MethodPart {
  heading: string;
  blocks: MethodBlock[];
}

const AXIS_NAMES: Record<string, string> = {
  illegal: 'illégal',
  misleading: 'trompeur',
  quality: 'qualité',
  stability: 'stabilité',
};

const STATUS_NAMES: Record<string, string> = {
  running: 'en cours',
  crawled: 'collecté, pas encore classé',
  classified: 'classé',
  complete: 'terminé',
  failed: 'échoué',
};

const SOURCE_NAMES: Record<string, string> = {
  api: 'l’API « Offres d’emploi » de France Travail',
  site: 'le site public candidat.francetravail.fr',
  file: 'un fichier d’offres importé',
};

/** The method section, written from the audit record: nothing in it is typed by hand for one report. */
export function methodSection(figures: ReportFigures): MethodPart[] {
  return [
    source(figures),
    design(figures),
    definitions(),
    rules(figures),
    precision(figures),
    scope(figures),
    warning(),
  ];
}

type SearchState =
  | { kind: 'none'; failed: number }
  | { kind: 'partial'; unsearched: number; pagesUnread: number; total: number }
  | { kind: 'complete' };

/**
 * How far a sample's targeted searches for its offers' copies went: none made (turned off, or collected before
 * they existed), some not done (failed for good, or the crawl not finished), or all done. Figures written before
 * the searches were counted say only how many companions were found.
 */
function searchState(audit: ReportFigures['audit']): SearchState {
  const searches = audit.companionSearches;
  if (!searches) return (audit.companions ?? 0) > 0 ? { kind: 'complete' } : { kind: 'none', failed: 0 };
  if (searches.searched === 0) return { kind: 'none', failed: searches.unsearched };
  if (searches.unsearched + searches.pagesUnread === 0) return { kind: 'complete' };
  return {
    kind: 'partial',
    unsearched: searches.unsearched,
    pagesUnread: searches.pagesUnread,
    total: searches.searched + searches.unsearched,
  };
}

function isSampled(audit: ReportFigures['audit']): boolean {
  return audit.design.kind === 'sample' || audit.design.kind === 'stratified';
}

/**
 * A sample whose copies outside itself were not all searched for (no search made, or some that failed): its
 * duplicate figure is a floor, said where the figure is shown and in the method. Null when duplicates were looked
 * for against the population (a census, or a sample whose every targeted search was done).
 */
export function duplicatesFloorNote(audit: ReportFigures['audit']): string | null {
  if (!isSampled(audit)) return null;
  const state = searchState(audit);
  if (state.kind === 'complete') return null;
  const retry =
    'La reprise de la collecte (vigie crawl --resume, et --retry-failed pour ce qui a échoué) fait ce qui manque. ';
  if (state.kind === 'partial') {
    const missing = [
      state.unsearched > 0
        ? `${count(state.unsearched)} des ${count(state.total)} recherches ciblées n’ont pas abouti`
        : null,
      state.pagesUnread > 0
        ? `${count(state.pagesUnread)} pages de leurs résultats n’ont pas pu être lues`
        : null,
    ].filter((part): part is string => part !== null);
    return (
      `Les copies hors de l’échantillon n’ont pas toutes été cherchées : ${missing.join(', et ')}. Un doublon dont ` +
      'l’original n’a pas été tiré peut échapper au décompte pour ces offres : la part des « offres en double » est ' +
      `un plancher, la part réelle peut être un peu plus élevée. ${retry}`
    ).trimEnd();
  }
  const why =
    state.failed > 0
      ? `Les ${count(state.failed)} recherches ciblées de copies hors de l’échantillon n’ont pas abouti. ${retry}`
      : 'Aucune recherche de copies hors de l’échantillon n’a été faite pour cet audit (désactivée, ou collecte ' +
        'antérieure à ces recherches). ';
  return (
    'Les doublons ont été cherchés parmi les offres tirées seulement. Un doublon dont l’original n’a pas été tiré ' +
    'échappe au décompte : la part des « offres en double » est un plancher, la part réelle peut être plus élevée. ' +
    why +
    'Une collecte qui cherche les copies hors de l’échantillon (une recherche ciblée par offre tirée, par l’API ou ' +
    'par le site) donne un chiffre comparable à celui d’un recensement.'
  );
}

/** How the copies of the offers read were looked for: the same meaning of « doublon » in a sample as in a census. */
function duplicatesSearched(audit: ReportFigures['audit']): string {
  const companions = audit.companions ?? 0;
  const state = searchState(audit);
  if (isSampled(audit) && state.kind !== 'none') {
    const searches = audit.companionSearches;
    const searched = count(searches?.searched ?? audit.offersRead);
    const how =
      audit.source === 'site'
        ? 'Pour chaque offre tirée, une recherche ciblée sur le site, comme la ferait un visiteur (mots du titre, ' +
          'département, type de contrat, une page de 20 résultats). La liste des résultats ne donne pas leur ' +
          'description : ceux dont la vignette peut être une copie (même employeur ou employeur non nommé, même ' +
          `département, un mot du métier en commun dans le titre), ${SITE_COMPANION_PAGES} au plus par recherche, ` +
          `ont été lus sur leur page d’offre : ${searched} recherches, ${count(searches?.pages ?? 0)} pages lues, ` +
          `${count(companions)} offres trouvées`
        : 'Pour chaque offre tirée, une recherche ciblée (mots du titre, département, type de contrat, une page de ' +
          `150 résultats) : ${searched} requêtes, ${count(companions)} offres trouvées`;
    const floor = duplicatesFloorNote(audit);
    return (
      `Doublons : recherchés parmi toutes les offres en ligne, pas seulement celles tirées. ${how}, gardées pour la ` +
      'comparaison seulement et jamais comptées. L’original d’un doublon est la plus ancienne annonce du groupe, ' +
      `tirée ou non.${floor ? ` ${floor}` : ''}`
    );
  }
  const floor = duplicatesFloorNote(audit);
  if (floor) return floor;
  return 'Doublons : recherchés parmi toutes les offres lues ; l’original est la plus ancienne annonce du groupe.';
}

function source(figures: ReportFigures): MethodPart {
  const { audit } = figures;
  const items = [
    `Audit n° ${audit.id} « ${publicLabel(audit)} »${audit.period ? `, période ${audit.period}` : ''}.`,
    `Source : ${SOURCE_NAMES[audit.source] ?? audit.source}${audit.design.kind === 'import' && audit.design.file ? ` (${fileName(audit.design.file)})` : ''}.`,
    `Collecte commencée le ${dateText(audit.createdAt)}${audit.finishedAt ? `, terminée le ${dateText(audit.finishedAt)}` : ''} (état : ${STATUS_NAMES[audit.status] ?? audit.status}).`,
    `Offres lues : ${count(audit.offersRead)}${audit.population !== null ? ` ; offres en ligne correspondant aux critères au moment de l’audit : ${count(audit.population)}` : ''}.`,
    `Erreurs de collecte enregistrées : ${count(audit.fetchErrors)} ; pages des sites partenaires vérifiées : ${count(audit.partnerPagesChecked)}${audit.applicationLinksChecked !== undefined ? ` ; liens de candidature vérifiés, comptés à part : ${count(audit.applicationLinksChecked)}` : ''}.`,
    duplicatesSearched(audit),
  ];
  const filters = Object.entries((audit.design.kind !== 'import' && audit.design.filters) || {});
  if (filters.length > 0)
    items.push(`Filtres : ${filters.map(([key, value]) => `${key} = ${value}`).join(', ')}.`);
  return { heading: 'Source et dates', blocks: [{ kind: 'list', items }] };
}

function design(figures: ReportFigures): MethodPart {
  const { audit } = figures;
  const drawn =
    audit.design.kind === 'sample' || audit.design.kind === 'stratified' ? audit.design : undefined;
  const stratified = audit.design.kind === 'stratified' ? audit.design : undefined;
  const seed =
    drawn !== undefined
      ? ` Graine du tirage : ${drawn.seed} (le tirage peut être refait à l’identique).`
      : '';
  const incomplete =
    `Collecte incomplète : ${count(audit.offersRead)} offres lues${audit.population !== null && audit.population > 0 ? ` sur ${count(audit.population)} en ligne (${percent(audit.offersRead / audit.population)})` : ''} ; ` +
    'des pages n’ont pas pu être lues (erreurs de collecte ci-dessus). Aucun chiffre n’est exact : les parts ne portent ' +
    'que sur les offres lues, avec un intervalle de confiance à 95 % de Wilson calculé comme si elles étaient un ' +
    'échantillon aléatoire, ce qu’elles ne sont pas forcément. ';
  // A sample whose drawing is known says its incomplete collection out of the drawn offers (the loss blocks below
  // say which are still to be read and which are lost); its estimator stays the design's.
  const loss = figures.nonResponse;
  const sampleIncomplete = loss
    ? `Collecte incomplète : ${count(loss.fetched)} des ${count(loss.drawn)} offres tirées ont été lues. Aucun chiffre ` +
      'n’est exact : les parts ne portent que sur les offres lues, qui représentent aussi les offres tirées non lues ' +
      '(le détail des offres pas encore lues et des offres perdues suit). '
    : incomplete;
  const texts: Record<string, string> = {
    census: audit.crawlIncomplete
      ? `Recensement inachevé. ${incomplete}`
      : `Recensement : toutes les offres en ligne correspondant aux critères ont été lues (${count(audit.offersRead)}). ` +
        'Les parts sont exactes : un recensement n’a pas d’erreur d’échantillonnage, et le rapport n’affiche donc pas ' +
        'd’intervalle de confiance. Les seules incertitudes sont celles des règles de détection (voir la précision ' +
        'mesurée) et les offres qui n’ont pas pu être lues (erreurs de collecte ci-dessus).',
    sample:
      `Échantillon aléatoire simple de ${count(audit.offersRead)} offres tirées parmi ${audit.population !== null ? count(audit.population) : 'les offres en ligne'}.${seed} ` +
      'Chaque part est donnée avec son intervalle de confiance à 95 % de Wilson, qui reste fiable pour les petites parts ' +
      '(contrairement à l’intervalle « p ± 1,96 σ »).',
    stratified:
      `Échantillon stratifié (strates : ${stratified?.strata ?? 'non précisées'}, allocation ${stratified?.allocation === 'equal' ? 'égale' : 'proportionnelle'}) de ${count(audit.offersRead)} offres.${seed} ` +
      'Chaque offre pèse le nombre d’offres de sa strate qu’elle représente (poids de sondage) : les parts sont pondérées. ' +
      'Leur variance est la variance stratifiée Σ W_h² p_h (1 − p_h) / (n_h − 1) × (1 − n_h/N_h), convertie en ' +
      'intervalle de Wilson à 95 % sur la taille d’échantillon effective (bornée par la taille effective de Kish des poids). ' +
      `${collapsedText(figures)} ` +
      'Pour les ventilations (origine, département…), chaque groupe est estimé comme un domaine de l’échantillon : ' +
      'chaque strate y contribue par toutes ses offres tirées et toute sa population (n_h et N_h), la taille du groupe ' +
      'étant elle-même estimée (estimateur par le ratio, variance linéarisée).',
    import:
      'Offres importées d’un fichier : ce n’est pas un tirage aléatoire connu. Les intervalles de Wilson sont calculés ' +
      'comme si ce fichier était un échantillon aléatoire simple ; ils ne valent que sous cette hypothèse, que le lecteur ' +
      'doit juger d’après l’origine du fichier.',
  };
  const blocks: MethodBlock[] = [
    {
      kind: 'paragraph',
      text: `${audit.crawlIncomplete && audit.design.kind !== 'census' ? sampleIncomplete : ''}${texts[audit.design.kind] ?? texts.import!}`,
    },
    ...lossBlocks(figures),
  ];
  if (figures.comparison && !(figures.estimator === 'census' && figures.comparison.estimator === 'census')) {
    blocks.push({
      kind: 'paragraph',
      text:
        `Comparaison avec l’audit précédent : ${count(figures.comparison.correction.tests)} indicateurs sont comparés à la fois. ` +
        'Un écart n’est dit significatif qu’après correction pour comparaisons multiples (Benjamini–Hochberg, taux de ' +
        `fausses découvertes de ${percent(figures.comparison.correction.level)}, sur la valeur p de chaque écart tirée ` +
        'de son intervalle de Newcombe).',
    });
  }
  return { heading: 'Plan d’échantillonnage et précision statistique', blocks };
}

function definitions(): MethodPart {
  return {
    heading: 'Définitions',
    blocks: [
      {
        kind: 'list',
        items: [
          'Offre irréprochable : aucune alerte des axes « illégal » et « trompeur », et ni doublon, ni lien mort, ni salaire absent.',
          'Part stricte au sens syndical : contrat affiché CDI hors alternance (un apprenti est payé selon un barème de 27 à 100 % du SMIC), temps plein affiché, et aucune alerte « salaire non indiqué », ' +
            '« salaire inférieur au SMIC », « salaire incohérent », « contrat autre que CDI » ni « temps partiel » ' +
            '(un salaire au moins égal au SMIC est donc établi par l’absence de ces alertes, SMIC en vigueur à la date de l’offre).',
          'Chaque alerte est « certaine » quand le texte seul la prouve, « probable » quand une exception que le texte ne ' +
            'mentionne pas pourrait s’appliquer. Le plancher compte les alertes certaines seulement, le plafond les deux. ' +
            'Pour les offres irréprochables, c’est l’inverse : la part basse compte toutes les alertes, la part haute les seules certaines.',
          'Les trois tableaux (illégal, trompeur, qualité) sont séparés : un défaut de qualité (doublon, salaire absent) ' +
            'n’est jamais compté comme une illégalité.',
        ],
      },
    ],
  };
}

function rules(figures: ReportFigures): MethodPart {
  const rows = figures.categories.map((category) => {
    const fired = figures.rules.filter((rule) => rule.category === category.id);
    return [
      category.label,
      AXIS_NAMES[category.axis] ?? category.axis,
      category.reference ?? '—',
      fired.length === 0
        ? 'aucune'
        : fired
            .map((rule) => `${ruleName(rule.rule)} (${count(rule.certain)} + ${count(rule.likely)})`)
            .join(', '),
    ];
  });
  return {
    heading: 'Règles appliquées',
    blocks: [
      {
        kind: 'paragraph',
        text:
          `Version des règles de détection : ${figures.audit.classifierVersion ?? 'inconnue'}. Pour chaque catégorie : ` +
          'l’axe, la référence légale, et les règles qui ont levé une alerte (alertes certaines + probables).',
      },
      { kind: 'table', head: ['Catégorie', 'Axe', 'Référence', 'Règles déclenchées'], rows },
    ],
  };
}

function precision(figures: ReportFigures): MethodPart {
  if (figures.validation.length === 0) return goldSetPrecision(figures);
  const rate = (estimate: { share: number; interval: { low: number; high: number } | null } | null) =>
    estimate
      ? `${percent(estimate.share)}${estimate.interval ? ` (${intervalText(estimate.interval)})` : ''}`
      : '—';
  return {
    heading: 'Précision mesurée des règles',
    blocks: [
      {
        kind: 'paragraph',
        text:
          'Un échantillon aléatoire d’offres a été relu par des personnes, catégorie par catégorie, sans tenir compte ' +
          'des alertes. Précision : part des alertes de Vigie confirmées par la relecture. Rappel : part des problèmes ' +
          'trouvés à la relecture que Vigie avait signalés. Intervalles de Wilson à 95 %.',
      },
      {
        kind: 'table',
        head: [
          'Catégorie',
          'Offres relues',
          'Confirmées',
          'Fausses alertes',
          'Manquées',
          'Précision',
          'Rappel',
        ],
        rows: figures.validation.map((entry) => [
          entry.label,
          count(entry.reviewed),
          count(entry.truePositives),
          count(entry.falsePositives),
          count(entry.falseNegatives),
          rate(entry.precision),
          rate(entry.recall),
        ]),
      },
    ],
  };
}

/**
 * Until the audit's own offers are reviewed, the precision the rules measured on the real gold set: the offers,
 * the date and the rules' version it holds for are stated, and a version other than the audit's is said.
 */
function goldSetPrecision(figures: ReportFigures): MethodPart {
  const gold = GOLD_SET_PRECISION;
  const rate = (value: number | null, interval: { low: number; high: number } | null) =>
    value === null ? '—' : `${percent(value)}${interval ? ` (${intervalText(interval)})` : ''}`;
  const sameVersion = figures.audit.classifierVersion === gold.classifierVersion;
  return {
    heading: 'Précision mesurée des règles',
    blocks: [
      {
        kind: 'paragraph',
        text:
          'Aucune relecture humaine n’a encore été importée pour cet audit (`vigie validate export`, puis ' +
          '`vigie validate import`). Faute de mieux, voici la précision mesurée le ' +
          `${frenchDate(gold.measuredOn)} sur ${count(gold.offers)} ${gold.description}, chacune lue par deux ` +
          'personnes contre chaque catégorie, leurs désaccords tranchés par une troisième, sans voir les alertes de ' +
          `Vigie (version des règles ${gold.classifierVersion}` +
          `${sameVersion ? ', celle de cet audit' : `, cet audit ayant été classé avec la version ${figures.audit.classifierVersion ?? 'inconnue'}`}). ` +
          'Précision : part des alertes confirmées par la lecture ; rappel : part des problèmes trouvés à la lecture ' +
          'que Vigie signale. Intervalles de Wilson à 95 % : sur quelques dizaines d’offres, une précision n’est ' +
          'connue qu’à une dizaine de points près.',
      },
      {
        kind: 'table',
        head: [
          'Catégorie',
          'Offres concernées',
          'Confirmées',
          'Fausses alertes',
          'Manquées',
          'Précision',
          'Rappel',
        ],
        rows: gold.rows.map((row) => [
          CATEGORIES[row.category]?.label ?? row.category,
          count(row.support),
          count(row.truePositives),
          count(row.falsePositives),
          count(row.falseNegatives),
          rate(row.precision, row.precisionInterval),
          rate(row.recall, row.recallInterval),
        ]),
      },
    ],
  };
}

function frenchDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const months = [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ];
  return `${day} ${months[(month ?? 1) - 1] ?? ''} ${year}`;
}

function scope(figures: ReportFigures): MethodPart {
  return {
    heading: 'Ce qui est vérifié, et ce qui ne l’est pas',
    blocks: [
      {
        kind: 'list',
        items: [
          'Vérifié automatiquement : le texte de l’offre et ses champs (contrat, durée, horaires, salaire, lieu, employeur), ' +
            'le salaire comparé au SMIC en vigueur à la date de l’offre, les doublons, et, quand la page du site partenaire ' +
            'a été consultée, si elle existe encore et si elle dit la même chose.',
          'Non vérifié : l’emploi réel. Les enquêtes syndicales téléphonent aussi aux employeurs (environ un cinquième de ' +
            'leurs constats) ; Vigie ne téléphone pas. Un poste qui n’existe plus, un contrat réel différent de l’annonce ' +
            'ou des horaires réels ne sont donc vus que s’ils se lisent dans l’annonce ou sur la page du partenaire.',
          'Les exceptions légales que le texte ne mentionne pas (dérogations au temps partiel de 24 h, par exemple) ne ' +
            'sont pas connues : c’est pourquoi ces alertes sont « probables » et comptées à part.',
          figures.contactsMasked
            ? 'Les numéros de téléphone, adresses e-mail et noms de recruteurs sont masqués dans les extraits cités.'
            : 'Les coordonnées des recruteurs figurent telles quelles dans les extraits (option --keep-contacts).',
        ],
      },
    ],
  };
}

function warning(): MethodPart {
  return {
    heading: 'Avertissement',
    blocks: [
      {
        kind: 'paragraph',
        text:
          'Ce rapport n’est pas un avis juridique. Les articles cités indiquent la règle à laquelle une mention paraît ' +
          'contraire ; seul un juge peut dire qu’une offre est illégale. Chaque chiffre peut être vérifié : les exemples ' +
          'renvoient aux offres, et l’export CSV donne chaque offre avec ses alertes.',
      },
    ],
  };
}

/** The collapsed strata, stated: a stratum holding one drawn offer has no variance of its own. */
function collapsedText(figures: ReportFigures): string {
  const { count: strata, collapsed } = figures.strata;
  if (collapsed === 0)
    return `Chacune des ${count(strata)} strates compte au moins deux offres tirées : aucune n’a été regroupée.`;
  return (
    `${count(collapsed)} des ${count(strata)} strates ne comptent qu’une offre tirée : chacune est regroupée avec sa ` +
    'voisine (dans l’ordre des strates) pour le calcul de la variance (« strates regroupées »), ce qui surestime un ' +
    'peu l’incertitude plutôt que de l’ignorer.'
  );
}

/**
 * The offers lost between drawing and fetching, stated with what the weights did about them: the offers read of
 * a stratum stand for its lost ones; a stratum that read none is left out, its population said. A crawl not
 * finished has drawn offers it has not read yet: those are said apart, "pas encore lues", never counted as lost.
 */
function lossBlocks(figures: ReportFigures): MethodBlock[] {
  const loss = figures.nonResponse;
  if (!loss) return [];
  const stratified = figures.audit.design.kind === 'stratified' ? figures.audit.design : undefined;
  if (loss.lost === 0 && loss.pending === 0) {
    return [
      {
        kind: 'paragraph',
        text: `Offres perdues entre le tirage et la lecture : aucune, les ${count(loss.drawn)} offres tirées ont été lues.`,
      },
    ];
  }
  const shareOf = (part: number) => (loss.drawn > 0 ? ` (${percent(part / loss.drawn)})` : '');
  const within = (strata: number) =>
    stratified ? `, dans ${count(strata)} des ${count(loss.strata.length)} strates` : '';
  const name = (stratum: string) =>
    stratified?.strata === 'departement' ? departementLabel(stratum) : stratum;
  const sentences: string[] = [];
  if (loss.pending > 0) {
    sentences.push(
      `Collecte pas encore terminée : ${count(loss.pending)} des ${count(loss.drawn)} offres tirées ne sont pas encore ` +
        `lues${shareOf(loss.pending)}${within(loss.strataPending)}. Elles ne sont pas perdues : la reprise de la collecte ` +
        '(vigie crawl --resume) les lira. D’ici là, les chiffres sont provisoires : ' +
        (stratified
          ? 'dans chaque strate, les offres déjà lues représentent aussi celles qui restent à lire.'
          : 'les offres déjà lues représentent aussi celles qui restent à lire.'),
    );
  }
  if (loss.lost > 0) {
    sentences.push(
      `Offres perdues entre le tirage et la lecture (retirées entre-temps ou illisibles) : ${count(loss.lost)} sur ` +
        `${count(loss.drawn)} tirées${shareOf(loss.lost)}${within(loss.strataWithLosses)}. ` +
        (stratified
          ? 'Dans chaque strate, les offres lues représentent aussi celles perdues : chacune pèse N_h / n_h (offres lues) ' +
            'au lieu de N_h / n_h (offres tirées), ce qui suppose que les offres perdues ressemblent aux offres lues de leur ' +
            'strate ; sans cette correction, une strate qui a perdu des offres compterait moins que sa population.'
          : `Les parts portent sur les ${count(loss.fetched)} offres lues, qui représentent aussi les offres perdues : ` +
            'cela suppose que celles-ci leur ressemblent.'),
    );
  } else {
    sentences.push(
      'Offres perdues entre le tirage et la lecture (retirées entre-temps ou en échec définitif) : aucune à ce stade.',
    );
  }
  if (stratified && loss.emptied.length > 0) {
    sentences.push(
      `${count(loss.emptied.length)} ${loss.emptied.length === 1 ? 'strate n’a' : 'strates n’ont'} aucune offre lue ` +
        `(${loss.emptied.map((stratum) => name(stratum.name)).join(', ')}) : aucune offre ne peut représenter ses ` +
        `${count(loss.emptied.reduce((total, stratum) => total + stratum.population, 0))} offres en ligne, qui sont ` +
        'donc exclues des chiffres ; ceux-ci portent sur les autres strates.',
    );
  }
  if (stratified && loss.notYetRead.length > 0) {
    sentences.push(
      `${count(loss.notYetRead.length)} ${loss.notYetRead.length === 1 ? 'strate n’a' : 'strates n’ont'} encore aucune ` +
        `offre lue (${loss.notYetRead.map((stratum) => name(stratum.name)).join(', ')}) : leurs ` +
        `${count(loss.notYetRead.reduce((total, stratum) => total + stratum.population, 0))} offres en ligne sont ` +
        'exclues des chiffres jusqu’à ce que la collecte les atteigne.',
    );
  }
  sentences.push(
    'Dans l’export CSV des offres, la colonne « poids » donne ce poids ajusté, celui des chiffres du rapport ; ' +
      '« poids_tirage » garde le poids du tirage (N_h / n_h tirées).',
  );
  const blocks: MethodBlock[] = [{ kind: 'paragraph', text: sentences.join(' ') }];
  if (stratified) {
    const withPending = loss.pending > 0;
    blocks.push({
      kind: 'table',
      head: [
        'Strate',
        'Offres en ligne',
        'Tirées',
        'Lues',
        ...(withPending ? ['Pas encore lues'] : []),
        'Perdues',
      ],
      rows: loss.strata
        .filter((stratum) => stratum.lost > 0 || stratum.pending > 0)
        .map((stratum) => [
          name(stratum.name),
          count(stratum.population),
          count(stratum.drawn),
          count(stratum.fetched),
          ...(withPending ? [count(stratum.pending)] : []),
          count(stratum.lost),
        ]),
    });
  }
  return blocks;
}
