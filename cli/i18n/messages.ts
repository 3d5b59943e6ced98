import { describeEstimate, type PlanEstimate } from '../../crawler/plan-estimate.js';
import type { StageDetail } from '../../pipeline/run-audit.js';

/** What a plan's line shows of its estimate. */
type PlanCost = Pick<PlanEstimate, 'requests' | 'rate' | 'seconds' | 'companionRequests'> &
  Partial<Pick<PlanEstimate, 'companionPages'>>;

/**
 * Every string the CLI shows its users in its help: French first (the default), then English with the same keys
 * (`Catalogue` makes a missing or extra key a type error; tests/cli/i18n.test.ts checks each command's help in
 * both languages). Logs are not here: they stay in English.
 */
export const fr = {
  commander: {
    titles: {
      'Usage:': 'Utilisation :',
      'Options:': 'Options :',
      'Commands:': 'Commandes :',
      'Arguments:': 'Arguments :',
      'Global Options:': 'Options globales :',
    } as Record<string, string>,
    helpOption: 'afficher l’aide de la commande',
    helpCommand: 'afficher l’aide d’une commande',
    version: 'afficher le numéro de version',
    defaultValue: 'par défaut :',
    choices: 'choix :',
    usageCommand: '[commande]',
    showHelpAfterError: '(lancez la commande avec --help pour voir ses options et des exemples)',
    /** Commander's error messages, matched by pattern, in French. */
    errors: [
      [/^error: unknown option '(.*?)'(?:\n\(Did you mean (.*)\?\))?$/s, "erreur : option inconnue '$1'"],
      [/^error: unknown command '(.*?)'.*$/s, "erreur : commande inconnue '$1'"],
      [/^error: missing required argument '(.*)'$/, "erreur : argument obligatoire manquant '$1'"],
      [/^error: option '(.*)' argument missing$/, "erreur : l'option '$1' attend une valeur"],
      [
        /^error: required option '(.*)' not specified$/,
        "erreur : l'option obligatoire '$1' n'est pas donnée",
      ],
      [/^error: too many arguments.*$/s, 'erreur : trop d’arguments'],
      [
        /^error: option '(.*?)' argument '(.*?)' is invalid\. Allowed choices are (.*)\.$/s,
        "erreur : l'option '$1' n'accepte pas '$2' ; choix possibles : $3",
      ],
      [
        /^error: option '(.*?)' argument '(.*?)' is invalid\. ?(.*)$/s,
        "erreur : l'option '$1' n'accepte pas '$2' : $3",
      ],
      [/^error: (.*)$/s, 'erreur : $1'],
    ] as ReadonlyArray<readonly [RegExp, string]>,
    didYouMean: (suggestion: string) => `(vouliez-vous dire ${suggestion} ?)`,
  },
  invalid: {
    wholeNumber: 'un nombre entier est attendu',
    positiveWholeNumber: 'un nombre entier positif est attendu',
    positiveNumber: 'un nombre positif est attendu',
  },
  checkErrors: {
    /** What to do when the input is not a link or a number: the text check exists. */
    textAdvice:
      '  → pour vérifier le texte d’une annonce (copié d’un site, d’un e-mail) : vigie check --text - puis collez-le, ou vigie check --file annonce.txt\n',
  },
  program: {
    description:
      'Audite les offres d’emploi de France Travail : collecte les annonces, signale les offres illégales, ' +
      'trompeuses ou médiocres avec le texte cité et l’article de loi, et publie un rapport aux statistiques honnêtes.',
    db: 'dossier de la base embarquée (PGlite) ; ignoré si DATABASE_URL est défini (env : VIGIE_DB)',
    logLevel: 'quantité de journaux sur stderr (en anglais)',
    logFormat:
      'format des journaux sur stderr : json, pretty (lisible), ou auto (JSON hors terminal quand aucune progression ne s’affiche)',
    lang: 'langue de la CLI : fr (par défaut) ou en (env : VIGIE_LANG)',
    footer: `
Exemples :
  $ vigie demo                                  audit d’une réplique locale de France Travail, de bout en bout
  $ vigie import offres.jsonl                   charger des offres enregistrées depuis l’API dans un nouvel audit
  $ vigie audits                                la liste des audits et leurs effectifs
  $ vigie --lang en --help                      cette aide en anglais

Environnement :
  DATABASE_URL     utiliser ce serveur PostgreSQL au lieu de la base embarquée
  VIGIE_DB         dossier de la base embarquée (par défaut : ~/.local/share/vigie/db)
  VIGIE_LANG       langue de la CLI (fr, en)
  VIGIE_LOG_LEVEL, VIGIE_LOG_FORMAT   niveau et format des journaux (json, pretty, auto)
  FT_CLIENT_ID, FT_CLIENT_SECRET   identifiants de l’API France Travail (sans eux, le site public est lu)`,
    unexpected: (reason: string) => `erreur inattendue : ${reason}`,
    unexpectedHint: 'relancez avec --log-level debug, et signalez-la avec le journal si elle persiste.',
    /** Before a notice on stderr (no API credentials…), with the language's own spacing. */
    noticePrefix: 'vigie : ',
  },
  selection: {
    census:
      'toutes les offres qui répondent aux filtres (les requêtes sont découpées pour passer le plafond de 3 150)',
    sample: 'un échantillon aléatoire de n offres',
    strata: 'stratifier l’échantillon selon ce champ',
    allocation: 'taille de l’échantillon par strate',
    seed: 'graine des tirages (même graine, même échantillon)',
    departement: 'seulement ce département (« 74 », « 2A », « 971 »)',
    typeContrat: 'seulement ces types de contrat, séparés par des virgules (CDI,CDD,MIS,SAI…)',
    publieeDepuis: 'seulement les offres publiées depuis n jours',
    motsCles: 'seulement les offres qui contiennent ces mots-clés',
    origine: 'seulement les offres de France Travail (1) ou des partenaires (2)',
    source: 'où lire les annonces (auto : l’API quand FT_CLIENT_ID est défini)',
    apiUrl: 'adresse de base de l’API',
    tokenUrl: 'adresse des jetons OAuth2',
    siteUrl: 'adresse de base du site public',
    rate: 'requêtes par seconde vers France Travail, jamais dépassées (par défaut : 3 API, 1 site)',
    partnerRate: 'requêtes par seconde vers chaque site partenaire (par défaut : 1)',
    concurrency: 'requêtes en cours à la fois (par défaut : 4)',
    backoffMs:
      'première attente avant de retenter une requête en échec, doublée à chaque essai, en millisecondes (par défaut : 500)',
    noPartners: 'ne pas visiter les pages partenaires',
    noBrowser: 'ne jamais lancer Chromium pour les pages partenaires en JavaScript',
  },
  crawl: {
    description:
      'remplir un audit avec les offres de France Travail : recensement ou échantillon aléatoire, par l’API ou le site public',
    resume: 'reprendre une collecte inachevée (la dernière, ou cet audit), éléments en échec compris',
    retryFailed:
      'retenter les éléments définitivement en échec d’une collecte (la dernière inachevée, ou cet audit)',
    worker: 'rejoindre comme travailleur de plus une collecte en cours sur le même PostgreSQL (DATABASE_URL)',
    label: 'un nom pour le nouvel audit',
    leaseSeconds:
      'combien de temps un travailleur garde un élément avant que d’autres le reprennent, s’il meurt (par défaut : 300)',
    maxAttempts:
      'tentatives d’un élément pour une cause passagère (503, délai dépassé) avant qu’il reste en échec (par défaut : 3)',
    maxResults: 'résultats jusqu’où une requête est paginée (l’API en permet 3150)',
    noProgress: 'pas de barre de progression, même dans un terminal',
    json: 'afficher le bilan en JSON',
    footer: `
La collecte est enregistrée au fil de l’eau : arrêtez-la à tout moment (même kill -9) et relancez la même commande,
ou \`vigie crawl --resume\`, pour la finir sans offre perdue ni comptée deux fois. Un élément défaillant (une requête
refusée par l’API, une page illisible, une offre refusée par la base) échoue seul avec sa cause (voir \`vigie audits\`)
et la collecte continue ; une collecte avec des éléments en échec finit « incomplète » (code 4) et \`--retry-failed\`
les retente. Seul ce qui ferait tout échouer l’arrête : identifiants refusés (code 2), base disparue (code 3).
Le robots.txt du site et des partenaires est respecté ; la limite de débit n’est jamais dépassée.

Exemples :
  $ vigie crawl --sample 1000 --seed 7                       un échantillon aléatoire simple de toute la France
  $ vigie crawl --sample 2000 --strata departement           stratifié par département, allocation proportionnelle
  $ vigie crawl --sample 600 --strata typeContrat --allocation equal --departement 74
  $ vigie crawl --census --departement 74 --no-partners      toutes les offres de Haute-Savoie
  $ vigie crawl --resume                                     finir la collecte interrompue
  $ vigie crawl --retry-failed 3                             retenter les pages en échec de l’audit 3
  $ DATABASE_URL=postgres://… vigie crawl --worker           un travailleur de plus sur une collecte partagée

Environnement :
  FT_CLIENT_ID, FT_CLIENT_SECRET   identifiants de l’API (francetravail.io) ; sans eux, le site public est lu
  FT_API_URL, FT_TOKEN_URL, FT_SITE_URL   autres adresses de base (une réplique locale, un ancien hôte de l’API)`,
  },
  crawlProgress: {
    counters: (done: number, total: number, rate: string, eta: string, errors: number) =>
      `${done}/${total} · ${rate} req/s · reste ${eta} · ${errors} erreur${errors > 1 ? 's' : ''}`,
    plan: (population: number, estimate: PlanCost) =>
      `Plan : ${population.toLocaleString('fr-FR')} offres, ${describeEstimate(estimate, 'fr')}${
        estimate.companionRequests > 0
          ? `, dont ${estimate.companionRequests.toLocaleString('fr-FR')} recherches des copies en ligne des offres tirées (doublons)${
              (estimate.companionPages ?? 0) > 0
                ? ` et au plus ${(estimate.companionPages ?? 0).toLocaleString('fr-FR')} pages de leurs résultats`
                : ''
            }`
          : ''
      }`,
  },
  audit: {
    description:
      'collecte → classement → rapport en une tâche ; relancez-la après un plantage pour continuer',
    out: 'dossier où écrire le rapport',
    format: (formats: string) => `formats du rapport, séparés par des virgules (${formats})`,
    noCompare: 'ne pas comparer avec l’audit précédent',
    keepContacts: 'garder numéros de téléphone, e-mails et noms dans le rapport et les exports',
    label: 'un nom pour l’audit',
    noProgress: 'pas de progression affichée, même dans un terminal',
    json: 'afficher le résultat en JSON',
    footer: `
Chaque étape est notée sur l’audit (en cours → collecté → classé → terminé) : après un plantage ou un kill, relancez
la même commande et elle continue l’audit inachevé au lieu d’en commencer un autre.

Exemples :
  $ vigie audit --sample 2000 --strata departement --seed 2026 --out rapports/2026-11
  $ vigie audit --census --departement 74 --out rapports/74 --format html,md
  $ FT_CLIENT_ID=… FT_CLIENT_SECRET=… vigie audit --sample 5000 --out rapports/national`,
  },
  stages: {
    crawl: 'collecte des offres et des pages partenaires',
    classify: 'classement des offres',
    report: 'rédaction du rapport',
    alreadyDone: 'déjà fait',
    colon: ' : ',
    detail: (detail: StageDetail): string => {
      switch (detail.kind) {
        case 'offers':
          return `${detail.offers} offre${detail.offers > 1 ? 's' : ''}`;
        case 'already_crawled':
          return `audit ${detail.auditId} déjà collecté`;
        case 'flags':
          return `${detail.flags} signalement${detail.flags > 1 ? 's' : ''}`;
        case 'files':
          return detail.paths.join(', ');
      }
    },
  },
  demo: {
    description:
      'un audit complet d’une réplique locale de France Travail : sans serveur, sans identifiants, sans réseau',
    out: 'dossier de la base de la démo et de ses rapports',
    offers: 'offres dans la réplique',
    seed: 'graine du corpus de la réplique',
    noProgress: 'pas de barre de progression, même dans un terminal',
    footer: `
La démo lance dans ce processus une réplique de France Travail (API, site, sites partenaires), en fait le
recensement, classe chaque offre et écrit le rapport (HTML, PDF si Chromium est installé, Markdown, CSV, JSON).
Relancez-la : la réplique avance d’un « mois » et le nouveau rapport montre ce qui a changé.

Exemples :
  $ vigie demo
  $ vigie demo --offers 10000 --out /tmp/demo`,
    starting: (offers: number, seed: number, month: number) =>
      `Vigie démo : réplique locale de France Travail, ${offers} offres (graine ${seed}, mois ${month})`,
    noChromium:
      'Chromium absent : les pages partenaires rendues en JavaScript ne seront pas lues, et pas de PDF.',
  },
  import: {
    description:
      'charger dans un audit des offres enregistrées depuis l’API France Travail (JSON ou JSON Lines)',
    file: 'une offre, un tableau, {"resultats":[…]} comme l’API répond, ou des JSON Lines',
    audit: 'ajouter à cet audit (un numéro ou « latest ») plutôt qu’à l’audit d’import du fichier',
    newAudit: 'commencer un nouvel audit même si ce fichier a déjà été importé',
    json: 'afficher le bilan en JSON',
    footer: `
Importer à nouveau le même fichier met à jour son audit : les offres changées sont mises à jour, aucune n’est doublée.
Une ligne mal formée est signalée avec son numéro et ignorée ; le reste est importé.

Exemples :
  $ vigie import offres.jsonl
  $ vigie import recherche-74.json --json
  $ vigie import nouvelles.jsonl --audit latest`,
  },
  classify: {
    description:
      'signaler les offres illégales, trompeuses et médiocres : un audit de la base, ou un fichier sans base',
    audit: 'l’audit à classer : un numéro ou « latest »',
    file: 'classer les offres d’un fichier (une offre, un tableau, {"resultats":[…]} ou JSONL), sans base',
    json: 'une ligne JSON par offre (avec --file) ou le bilan en JSON',
    footer: `
Exemples :
  $ vigie classify --file offres.jsonl --json     une ligne JSON par offre : id, authentique, signalements
  $ vigie classify --file offre.json              un résumé lisible en français
  $ vigie classify                                classer le dernier audit et enregistrer ses signalements
  $ vigie classify --audit 3                      reclasser l’audit 3 (remplace les signalements de cette version)`,
  },
  report: {
    written: (id: number, label: string, count: number) =>
      `Rapport de l’audit ${id} (${label}) : ${count} fichier(s) écrit(s).\n`,
    description:
      'écrire le rapport d’audit en français : HTML, PDF, Markdown, CSV de chaque offre, JSON de chaque chiffre',
    audit: 'l’audit du rapport : un numéro ou « latest »',
    compare: 'un audit antérieur avec lequel comparer, mois par mois : un numéro ou « previous »',
    format: (formats: string) => `formats séparés par des virgules parmi ${formats}`,
    out: 'dossier où écrire les fichiers',
    keepContacts:
      'garder numéros de téléphone, e-mails et noms des recruteurs dans les citations et exports (masqués par défaut)',
    footer: `
Fichiers : vigie-audit-ID.html (autonome, lisible hors ligne), .pdf (avec Chromium), .md, .json, -offres.csv.

Exemples :
  $ vigie report                                        le dernier audit, tous les formats, dans ./reports-out
  $ vigie report --audit 12 --compare previous          avec les changements depuis l’audit 11
  $ vigie report --format html,md --out site/rapports   seulement la page et le Markdown
  $ vigie report --format csv --keep-contacts           chaque offre et ses signalements, contacts gardés`,
  },
  audits: {
    description: 'la liste des audits et leurs effectifs (offres, offres signalées, erreurs de collecte)',
    json: 'un objet JSON par audit',
    footer: `
Exemples :
  $ vigie audits
  $ vigie audits --json
  $ vigie audits purge 3 --yes      supprimer l’audit 3 et tout ce qui y a été observé
  $ vigie audits anonymise 3        retirer contacts et noms de l’audit 3, chiffres conservés`,
    purge:
      'supprimer un audit avec ses offres brutes, signalements, pages et erreurs (données personnelles comprises)',
    purgeId: 'le numéro de l’audit',
    purgeYes: 'confirmer : la suppression est définitive',
    anonymise:
      'retirer des offres d’un audit les contacts et les noms des recruteurs, masquer les données personnelles de ses textes ; les chiffres restent les mêmes',
  },
  validate: {
    sampleWritten: (auditId: number, seed: number) =>
      `Échantillon de l’audit ${auditId} écrit (graine ${seed}).\n`,
    imported: (auditId: number, offers: number, verdicts: number, skipped: number) =>
      `Audit ${auditId} : ${offers} offres relues, ${verdicts} verdicts enregistrés` +
      `${skipped ? `, ${skipped} lignes sans verdict ignorées` : ''}.\n`,
    description:
      'mesurer la précision des règles : exporter un échantillon aléatoire à relire, importer les verdicts',
    export:
      'écrire un échantillon aléatoire d’un audit en CSV à relire (une colonne de verdict par catégorie)',
    audit: 'un numéro ou « latest »',
    n: 'offres à tirer',
    seed: 'graine du tirage (la même graine tire les mêmes offres) ; aléatoire par défaut',
    out: 'le CSV à écrire',
    keepContacts: 'garder numéros de téléphone, e-mails et noms des recruteurs dans le texte des offres',
    exportFooter: `
Remplissez les colonnes humain_<catégorie> avec oui/non (ou 1/0, x/vide) dans Excel ou LibreOffice, sans regarder
les colonnes vigie_<catégorie> si possible. Une ligne dont au moins une cellule humain_ est remplie est relue, et ses
cellules vides valent « non ». Gardez la ligne d’en-tête et les colonnes audit et offre ; enregistrez en CSV (« ; »
ou « , »).

Exemples :
  $ vigie validate export --audit 12 --n 200 --seed 7 --out revue-audit-12.csv
  $ vigie validate import revue-audit-12.csv`,
    import: 'relire un CSV revu et enregistrer les verdicts ; le rapport montre précision et rappel',
    importFile: 'le CSV relu',
    reviewer: 'qui a relu (gardé avec les verdicts)',
  },
  check: {
    description:
      'cette offre est-elle réelle ? le verdict sur une offre, en français simple, avec quoi faire',
    offer: 'un numéro d’offre (196FBMG), un lien France Travail, ou un lien de site partenaire',
    file: 'vérifier les offres enregistrées dans ce fichier JSON ou JSON Lines, ou le texte brut d’une offre (rien n’est téléchargé)',
    text: 'vérifier le texte collé d’une offre (« - » : le lire sur l’entrée standard) ; jugé tel quel, rien n’est téléchargé',
    follow: 'avec --file : lire aussi les pages partenaires vers lesquelles pointent les offres',
    json: 'afficher le verdict en JSON (identifiants de catégorie de la taxonomie)',
    apiUrl: 'adresse de base de l’API France Travail (env : FT_API_URL)',
    siteUrl: 'adresse de base du site France Travail (env : FT_SITE_URL)',
    tokenUrl: 'adresse des jetons OAuth2 de l’API (env : FT_TOKEN_URL)',
    partnerHost:
      'suivre aussi les liens partenaires vers cet hôte (« .example.com » pour ses sous-domaines ; env : VIGIE_PARTNER_HOSTS)',
    timeout: 'délai de chaque requête à France Travail ou un partenaire (par défaut 10000)',
    noBrowser: 'ne pas lancer Chromium pour les pages partenaires qui demandent JavaScript',
    noDuplicates: 'ne pas chercher de doublons dans la base des audits passés',
    /** Said on stderr when `--text -` reads a terminal: how to end the paste. */
    pastePrompt: 'Collez le texte de l’offre, puis Entrée et Ctrl+D :\n',
    footer: `
Code de sortie : 0 rien d’anormal ; 1 problèmes trouvés, offre expirée, ou seule une page partenaire a pu être lue ;
2 pas de verdict (saisie incorrecte, fichier absent ou cassé, offre inconnue, panne réseau). Un texte est jugé sur
ce qu’il dit (jusqu’à 20 000 caractères) : les doublons et la page partenaire demandent l’annonce elle-même. Avec
FT_CLIENT_ID et FT_CLIENT_SECRET, l’API est utilisée, sinon le site. Les doublons viennent du dernier audit de la
base, s’il y en a un.

Exemples :
  $ vigie check 196FBMG
  $ vigie check https://candidat.francetravail.fr/offres/recherche/detail/196FBMG
  $ vigie check "https://www.meteojob.com/candidat/offres/offre-d-emploi-…" --json
  $ vigie check --file offre.json --json
  $ vigie check --text - < annonce.txt            le texte d’une offre (titre, description, « Salaire : … »)
  $ vigie check --file annonce.txt                 pareil, depuis un fichier texte
  $ vigie check --file offres.jsonl --follow        lire aussi la page partenaire de chaque offre
  $ vigie check 196FBMG --site-url http://127.0.0.1:8080     contre une réplique locale`,
  },
  serve: {
    listening: (url: string) => `Vigie écoute sur ${url}  (Ctrl+C pour arrêter)\n`,
    description:
      'la page web des demandeurs d’emploi : collez un lien ou un numéro d’offre, obtenez le verdict ; et les audits',
    port: 'port d’écoute',
    host: 'adresse d’écoute (0.0.0.0 pour accepter d’autres machines)',
    perMinute: 'vérifications qu’un client peut lancer par minute',
    trustProxy: 'prendre l’adresse du client dans X-Forwarded-For (seulement derrière un proxy inverse)',
    maxChecks: 'vérifications en cours à la fois, tous clients confondus (4 par défaut)',
    maxChecksPerClient:
      'vérifications en cours à la fois pour un même client (la moitié de --max-checks par défaut)',
    footer: `
Pages : /  (le formulaire), /verifier?q=…  (le verdict), /audits, /audits/latest, /audits/ID.
JSON :  GET /api/check?q=196FBMG  ou  POST /api/check {"q":"…"}  (limité par client : 429 + Retry-After).
Seuls France Travail et les sites partenaires connus sont lus ; jamais une adresse privée.

Exemples :
  $ vigie serve
  $ vigie serve --port 8000 --host 0.0.0.0 --trust-proxy
  $ vigie serve --site-url http://127.0.0.1:8080       contre une réplique locale`,
  },
  schedule: {
    next: (when: string) => `vigie schedule : prochain audit le ${when} (Ctrl-C pour arrêter)\n`,
    stopping: 'vigie schedule : arrêt après l’audit en cours…\n',
    description: 'rester lancé, et commencer un audit à chaque échéance d’un calendrier cron',
    cron: 'quand auditer, par ex. « 0 6 1 * * » (6 h le 1er de chaque mois)',
    out: 'les rapports vont dans DIR/<période>/, et DIR/latest pointe vers le plus récent',
    period: 'ce que couvre un audit : un par mois, semaine, jour ou échéance',
    timezone: 'fuseau horaire de l’expression cron',
    noCatchUp: 'au démarrage, ne pas auditer la dernière période si elle a été manquée ou interrompue',
    format: 'formats du rapport, séparés par des virgules',
    keepContacts: 'garder numéros de téléphone, e-mails et noms dans les rapports',
    footer: `
Un audit par période : une période déjà auditée n’est pas refaite, une période interrompue est reprise (aussi au
redémarrage du planificateur), et deux planificateurs sur un même PostgreSQL ne lancent jamais la même période
(un verrou consultatif). Chaque rapport est comparé à celui du mois précédent.

Exemples :
  $ vigie schedule --cron "0 6 1 * *" --sample 2000 --strata departement --out /srv/vigie/rapports
  $ DATABASE_URL=postgres://vigie@db/vigie vigie schedule --cron "0 3 * * 1" --period week --census --departement 74 --out rapports

Pour utiliser cron ou un minuteur systemd à la place, lancez-y \`vigie audit\` (voir le README).`,
  },
  replica: {
    description:
      'lancer une réplique locale de France Travail (API, site, pages partenaires) au corpus tiré d’une graine, aux défauts connus',
    port: 'port d’écoute (0 : n’importe quel port libre)',
    host: 'adresse d’écoute',
    offers: 'offres en ligne au départ',
    seed: 'graine du corpus : la même graine donne les mêmes offres',
    faults:
      'pannes, par ex. latency=200,5xx=0.05,429=0.02,reset=0.01,truncate=0.01,malformed=0.01,trickle=0.01,drift=rename',
    rateLimit: 'seau de jetons de l’API par client, en requêtes par seconde, ou « off »',
    burst: 'taille du seau de la limite de débit (par défaut : le débit)',
    tokenTtl: 'expires_in des jetons OAuth2',
    epoch: 'avancer le corpus de n mois au départ (des offres expirent, apparaissent, changent)',
    crawlDelay: 'ajouter une ligne Crawl-delay au robots.txt',
    rates: 'taux de défauts plantés, par ex. age_limit=0.05,duplicate=0.2',
    referenceDate: 'le « maintenant » du corpus (par défaut 2026-11-15T12:00:00Z)',
    truth: 'écrire aussi la vérité de chaque offre dans ce fichier JSONL',
    footer: `
Chemins : /partenaire/offresdemploi/v2/offres/search, /offres/{id}, /referentiel/{name}  (l’API)
          /connexion/oauth2/access_token?realm=%2Fpartenaire  (les jetons)
          /offres/recherche, /offres/recherche/detail/{id}, /robots.txt  (le site)
          /_partners/{slug}/offres/{id}  (pages partenaires), /_truth/{id}  (vérité)
          POST /_admin/faults {json}, POST /_admin/advance {"expire":0.1,"add":0.1,"modify":0.05}

Exemples :
  $ vigie replica
  $ vigie replica --port 8080 --offers 1000000 --seed 42
  $ vigie replica --offers 20000 --faults latency=100,5xx=0.02,429=0.01 --rate-limit 3
  $ vigie replica --rate-limit off --truth truth.jsonl`,
  },
  /** What commands print when they are done: the summaries a user reads. Numbers are formatted by the caller. */
  summaries: {
    number: (value: number, digits = 1) => value.toLocaleString('fr-FR', { maximumFractionDigits: digits }),
    audit: {
      line: (id: number, resumed: boolean, offers: number, genuine: number, flagged: number) =>
        `Audit ${id}${resumed ? ' (repris)' : ''} : ${offers} offres, ${genuine} sans problème, ${flagged} signalées.`,
      headline: (range: string) =>
        `Offres authentiques (légales, honnêtes, uniques, en ligne, salaire indiqué) : ${range}.`,
      range: (low: string, high: string) => `${low} à ${high}`,
      report: '  Rapport :',
    },
    classify: (s: {
      auditId: number;
      version: string;
      offers: number;
      flags: number;
      flaggedOffers: number;
      genuine: number;
      share: string;
      clusters: number;
    }) =>
      `Audit ${s.auditId} classé (classifieur ${s.version}) : ${s.offers} offres, ${s.flags} signalements sur ${s.flaggedOffers} offres, ${s.genuine} offres conformes (${s.share} %), ${s.clusters} groupes de doublons.`,
    import: {
      counts: (imported: number, updated: number, unchanged: number, rejected: number) =>
        `  importées : ${imported}   mises à jour : ${updated}   inchangées : ${unchanged}   rejetées : ${rejected}`,
      inAudit: (offers: number) => `  offres dans l'audit : ${offers}`,
      repaired: (count: number) =>
        `  réparées : ${count} (caractères que PostgreSQL ne peut pas stocker, NUL ou surrogats isolés, remplacés par U+FFFD)`,
      rejected: (position: string, reason: string) => `  rejetée (${position}) : ${reason}`,
      moreRejected: (count: number) => `  … et ${count} autres rejets`,
    },
    crawl: {
      complete: 'collecte complète',
      incomplete: (failed: number, auditId: number) =>
        `collecte INCOMPLÈTE — ${failed} élément(s) en échec ; relancez avec \`vigie crawl --retry-failed ${auditId}\``,
      sourceName: (api: boolean): string => (api ? 'API France Travail' : 'site public'),
      sourceShort: (api: boolean): string => (api ? 'API' : 'site public'),
      resumed: ', repris',
      source: '  source       ',
      population: '  population   ',
      read: (read: number, expected: number, share: string) =>
        `  offres lues   ${read} sur ${expected} attendues${share}`,
      partnerPages: '  pages partenaires',
      applicationLinks: (count: number) =>
        count > 0 ? ` ; sites de candidature ${count} (comptés à part)` : '',
      failures: '  échecs       ',
      repairs: '  réparations  ',
      plan: '  plan         ',
      skipped: (count: number) => `${count} requête(s) écartée(s) :`,
      notExact:
        '  → les chiffres de cet audit ne portent que sur les offres lues : aucun n’est exact tant que la collecte est incomplète',
      run: (requests: number, retries: number, status429: number, duration: string) =>
        `  cette exécution ${requests} requêtes, ${retries} nouvelles tentatives, ${status429} × 429, ${duration}`,
    },
    audits: {
      none: 'Aucun audit. Lancez `vigie demo`, `vigie crawl` ou `vigie import FICHIER`.',
      header: ['id', 'date', 'statut', 'source', 'plan', 'offres', 'signalées', 'erreurs', 'libellé'],
      incompleteStatus: 'incomplet',
      incomplete: (id: number, failed: number) =>
        `Audit ${id} : collecte incomplète, ${failed} élément(s) en échec (relancer : vigie crawl --retry-failed ${id})`,
      errors: (id: number) => `Audit ${id} : erreurs enregistrées`,
      moreCauses: (count: number) => `  … et ${count} autres causes`,
      purged: (id: number, label: string) =>
        `Audit ${id} (${label}) supprimé, avec ses offres, signalements et erreurs.`,
    },
  },
};

export type Catalogue = typeof fr;

export const en: Catalogue = {
  commander: {
    titles: {
      'Usage:': 'Usage:',
      'Options:': 'Options:',
      'Commands:': 'Commands:',
      'Arguments:': 'Arguments:',
      'Global Options:': 'Global Options:',
    },
    helpOption: 'display help for command',
    helpCommand: 'display help for command',
    version: 'output the version number',
    defaultValue: 'default:',
    choices: 'choices:',
    usageCommand: '[command]',
    showHelpAfterError: '(run the command with --help to see its options and examples)',
    errors: [],
    didYouMean: (suggestion: string) => `(Did you mean ${suggestion}?)`,
  },
  invalid: {
    wholeNumber: 'a whole number is expected',
    positiveWholeNumber: 'a positive whole number is expected',
    positiveNumber: 'a positive number is expected',
  },
  checkErrors: {
    textAdvice:
      '  → to check the text of an advert (copied from a site, an e-mail): vigie check --text - then paste it, or vigie check --file annonce.txt\n',
  },
  program: {
    description:
      "Audit France Travail's job offers: crawl the listings, flag illegal, misleading and poor offers with " +
      'the quoted evidence and the legal article, and publish a report with honest statistics.',
    db: 'embedded database folder (PGlite); ignored when DATABASE_URL is set (env: VIGIE_DB)',
    logLevel: 'how much to log on stderr (in English)',
    logFormat:
      'format of the logs on stderr: json, pretty (readable), or auto (JSON off a terminal when no progress is shown)',
    lang: 'language of the CLI: fr (the default) or en (env: VIGIE_LANG)',
    footer: `
Examples:
  $ vigie demo                                  audit a local replica of France Travail, end to end
  $ vigie import offres.jsonl                   load offers saved from the API into a new audit
  $ vigie audits                                list audits with their counts
  $ vigie --lang fr --help                      this help in French

Environment:
  DATABASE_URL     use this PostgreSQL server instead of the embedded database
  VIGIE_DB         embedded database folder (default: ~/.local/share/vigie/db)
  VIGIE_LANG       language of the CLI (fr, en)
  VIGIE_LOG_LEVEL, VIGIE_LOG_FORMAT   level and format of the logs (json, pretty, auto)
  FT_CLIENT_ID, FT_CLIENT_SECRET   France Travail API credentials (without them, the public website is used)`,
    unexpected: (reason: string) => `unexpected error: ${reason}`,
    unexpectedHint: 'run again with --log-level debug, and report it with the log if it persists.',
    noticePrefix: 'vigie: ',
  },
  selection: {
    census: 'every offer matching the filters (queries are split to get past the 3,150 cap)',
    sample: 'a random sample of n offers',
    strata: 'stratify the sample by this field',
    allocation: 'sample size per stratum',
    seed: 'seed of the random draws (same seed, same sample)',
    departement: 'only this département ("74", "2A", "971")',
    typeContrat: 'only these contract types, comma-separated (CDI,CDD,MIS,SAI…)',
    publieeDepuis: 'only offers published in the last n days',
    motsCles: 'only offers matching these keywords',
    origine: 'only France Travail offers (1) or partner offers (2)',
    source: 'where to read the listings (auto: the API when FT_CLIENT_ID is set)',
    apiUrl: 'API base URL',
    tokenUrl: 'OAuth2 token URL',
    siteUrl: 'public website base URL',
    rate: 'requests per second to France Travail, never exceeded (default: 3 API, 1 website)',
    partnerRate: 'requests per second to each partner site (default: 1)',
    concurrency: 'requests in flight at once (default: 4)',
    backoffMs:
      'first wait before a failed request is retried, doubled at each attempt, in milliseconds (default: 500)',
    noPartners: 'do not visit partner pages',
    noBrowser: 'never start Chromium for JavaScript-only partner pages',
  },
  crawl: {
    description:
      "fill an audit with France Travail's offers: a census or a random sample, from the API or the public website",
    resume: 'continue an unfinished crawl (the latest, or this audit number), failed items included',
    retryFailed:
      'try again the items that failed for good in a crawl (the latest unfinished, or this audit number)',
    worker: 'join a crawl running on the same PostgreSQL (DATABASE_URL) as one more worker',
    label: 'a name for the new audit',
    leaseSeconds: 'how long a worker keeps an item before others may take it over, if it dies (default: 300)',
    maxAttempts:
      'attempts an item gets for a cause that may pass (503, timeout) before it stays failed (default: 3)',
    maxResults: 'results one query can be paged to (the API allows 3150)',
    noProgress: 'no progress bar, even on a terminal',
    json: 'print the summary as JSON',
    footer: `
The crawl is saved as it goes: stop it at any moment (even kill -9) and run the same command again, or
\`vigie crawl --resume\`, to finish it with no offer lost or counted twice. One bad item (a query the API refuses,
a page that cannot be read, an offer the database refuses) fails alone with its cause (see \`vigie audits\`) and
the crawl goes on; a crawl with failed items ends "incomplete" (exit 4) and \`--retry-failed\` tries them again.
Only what would make every item fail stops it: credentials refused (exit 2), the database gone (exit 3).
robots.txt is obeyed for the website and partner sites; the rate limit is never exceeded.

Examples:
  $ vigie crawl --sample 1000 --seed 7                       a simple random sample of the whole country
  $ vigie crawl --sample 2000 --strata departement           stratified by département, proportional allocation
  $ vigie crawl --sample 600 --strata typeContrat --allocation equal --departement 74
  $ vigie crawl --census --departement 74 --no-partners      every offer of Haute-Savoie
  $ vigie crawl --resume                                     finish the crawl that was interrupted
  $ vigie crawl --retry-failed 3                             try the failed pages of audit 3 again
  $ DATABASE_URL=postgres://… vigie crawl --worker           one more worker on a shared crawl

Environment:
  FT_CLIENT_ID, FT_CLIENT_SECRET   API credentials (francetravail.io); without them the public website is read
  FT_API_URL, FT_TOKEN_URL, FT_SITE_URL   other base URLs (a local replica, an older API host)`,
  },
  crawlProgress: {
    counters: (done: number, total: number, rate: string, eta: string, errors: number) =>
      `${done}/${total} · ${rate} req/s · ETA ${eta} · ${errors} error${errors === 1 ? '' : 's'}`,
    plan: (population: number, estimate: PlanCost) =>
      `Plan: ${population.toLocaleString('en-GB')} offers, ${describeEstimate(estimate, 'en')}${
        estimate.companionRequests > 0
          ? `, of which ${estimate.companionRequests.toLocaleString('en-GB')} searches for the sampled offers' copies online (duplicates)${
              (estimate.companionPages ?? 0) > 0
                ? ` and at most ${(estimate.companionPages ?? 0).toLocaleString('en-GB')} pages of their results`
                : ''
            }`
          : ''
      }`,
  },
  audit: {
    description: 'crawl → classify → report in one job; run it again after a crash to continue',
    out: 'folder the report is written to',
    format: (formats: string) => `report formats, comma-separated (${formats})`,
    noCompare: 'do not compare with the previous audit',
    keepContacts: 'keep phone numbers, e-mails and names in the report and exports',
    label: 'a name for the audit',
    noProgress: 'no progress display, even on a terminal',
    json: 'print the result as JSON',
    footer: `
Each stage is recorded on the audit (running → crawled → classified → complete): after a crash or a kill, run the
same command again and it continues the unfinished audit rather than starting another.

Examples:
  $ vigie audit --sample 2000 --strata departement --seed 2026 --out rapports/2026-11
  $ vigie audit --census --departement 74 --out rapports/74 --format html,md
  $ FT_CLIENT_ID=… FT_CLIENT_SECRET=… vigie audit --sample 5000 --out rapports/national`,
  },
  stages: {
    crawl: 'crawling the offers and the partner pages',
    classify: 'classifying the offers',
    report: 'writing the report',
    alreadyDone: 'already done',
    colon: ': ',
    detail: (detail: StageDetail): string => {
      switch (detail.kind) {
        case 'offers':
          return `${detail.offers} offer${detail.offers === 1 ? '' : 's'}`;
        case 'already_crawled':
          return `audit ${detail.auditId} already crawled`;
        case 'flags':
          return `${detail.flags} flag${detail.flags === 1 ? '' : 's'}`;
        case 'files':
          return detail.paths.join(', ');
      }
    },
  },
  demo: {
    description: 'a whole audit of a local replica of France Travail: no server, no credentials, no network',
    out: 'folder for the demo database and its reports',
    offers: 'offers in the replica',
    seed: "seed of the replica's corpus",
    noProgress: 'no progress bar, even on a terminal',
    footer: `
The demo starts a replica of France Travail (API, website, partner sites) in this process, takes a census of it,
classifies every offer and writes the report (HTML, PDF when Chromium is installed, Markdown, CSV, JSON).
Run it again: the replica moves on by one "month" and the new report shows what changed.

Examples:
  $ vigie demo
  $ vigie demo --offers 10000 --out /tmp/demo`,
    starting: (offers: number, seed: number, month: number) =>
      `Vigie demo: a local replica of France Travail, ${offers} offers (seed ${seed}, month ${month})`,
    noChromium: 'Chromium not found: partner pages rendered by JavaScript will not be read, and no PDF.',
  },
  import: {
    description: 'load offers saved from the France Travail API (JSON or JSON Lines) into an audit',
    file: 'one offer, an array, {"resultats":[…]} as the API answers, or JSON Lines',
    audit: 'add to this audit (a number or "latest") instead of the file\'s own import audit',
    newAudit: 'start a new audit even if this file was imported before',
    json: 'print the summary as JSON',
    footer: `
Importing the same file again updates its audit: changed offers are updated, none is duplicated.
A malformed line is reported with its line number and skipped; the rest is imported.

Examples:
  $ vigie import offres.jsonl
  $ vigie import recherche-74.json --json
  $ vigie import nouvelles.jsonl --audit latest`,
  },
  classify: {
    description: 'flag illegal, misleading and poor offers: an audit in the database, or a file without one',
    audit: 'the audit to classify: a number or "latest"',
    file: 'classify offers from a file (one offer, an array, {"resultats":[…]} or JSONL), no database',
    json: 'print one JSON line per offer (with --file) or the summary as JSON',
    footer: `
Examples:
  $ vigie classify --file offres.jsonl --json     one JSON line per offer: id, genuine, flags
  $ vigie classify --file offre.json              a readable summary (in French)
  $ vigie classify                                classify the latest audit and store its flags
  $ vigie classify --audit 3                      classify audit 3 again (replaces this version's flags)`,
  },
  report: {
    written: (id: number, label: string, count: number) =>
      `Report of audit ${id} (${label}): ${count} file${count === 1 ? '' : 's'} written.\n`,
    description:
      'write the audit report in French: HTML, PDF, Markdown, CSV of every offer, JSON of every figure',
    audit: 'the audit to report on: a number or "latest"',
    compare: 'an earlier audit to compare with, month over month: a number or "previous"',
    format: (formats: string) => `comma-separated formats among ${formats}`,
    out: 'folder to write the files into',
    keepContacts: 'keep phone numbers, e-mails and recruiter names in quotes and exports (masked by default)',
    footer: `
Files: vigie-audit-ID.html (self-contained, works offline), .pdf (needs Chromium), .md, .json, -offres.csv.

Examples:
  $ vigie report                                        the latest audit, every format, into ./reports-out
  $ vigie report --audit 12 --compare previous          with the changes since audit 11
  $ vigie report --format html,md --out site/rapports   only the page and the Markdown
  $ vigie report --format csv --keep-contacts           every offer with its flags, contacts kept`,
  },
  audits: {
    description: 'list audits with their counts (offers, flagged offers, fetch errors)',
    json: 'print one JSON object per audit',
    footer: `
Examples:
  $ vigie audits
  $ vigie audits --json
  $ vigie audits purge 3 --yes      delete audit 3 and everything observed in it
  $ vigie audits anonymise 3        remove contacts and names from audit 3, figures kept`,
    purge: 'delete an audit with its raw offers, flags, pages and errors (personal data included)',
    purgeId: 'the audit number',
    purgeYes: 'confirm: the deletion cannot be undone',
    anonymise:
      "remove contacts and recruiters' names from an audit's offers and mask personal data in its texts; the figures stay the same",
  },
  validate: {
    sampleWritten: (auditId: number, seed: number) => `Sample of audit ${auditId} written (seed ${seed}).\n`,
    imported: (auditId: number, offers: number, verdicts: number, skipped: number) =>
      `Audit ${auditId}: ${offers} offers reviewed, ${verdicts} verdicts recorded` +
      `${skipped ? `, ${skipped} lines without a verdict skipped` : ''}.\n`,
    description:
      'measure the precision of the rules: export a random sample for human review, import the verdicts',
    export: 'write a random sample of an audit as a CSV to review (one verdict column per category)',
    audit: 'a number or "latest"',
    n: 'offers to draw',
    seed: 'seed of the draw (the same seed draws the same offers); random by default',
    out: 'the CSV to write',
    keepContacts: 'keep phone numbers, e-mails and recruiter names in the offer text',
    exportFooter: `
Fill the humain_<category> columns with oui/non (or 1/0, x/empty) in Excel or LibreOffice, without looking at the
vigie_<category> columns if you can. A row with at least one humain_ cell filled is reviewed, and its empty cells
mean "no". Keep the header line and the audit and offre columns; save as CSV (";" or "," both work).

Examples:
  $ vigie validate export --audit 12 --n 200 --seed 7 --out revue-audit-12.csv
  $ vigie validate import revue-audit-12.csv`,
    import: 'read a reviewed CSV back and store the verdicts; the report shows precision and recall',
    importFile: 'the reviewed CSV',
    reviewer: 'who reviewed (kept with the verdicts)',
  },
  check: {
    description:
      'is this offer real? the verdict on one offer, in plain words, with what to do about it (findings explained in French)',
    offer: 'an offer number (196FBMG), a France Travail link, or a partner site link',
    file: 'check the offer(s) saved in this JSON or JSON Lines file, or the plain text of an offer (nothing is fetched)',
    text: 'check the pasted text of an offer ("-": read it from stdin); judged as it is, nothing is fetched',
    follow: 'with --file: also read the partner pages the offers link to',
    json: 'print the verdict as JSON (category ids of the taxonomy)',
    apiUrl: 'France Travail API base URL (env: FT_API_URL)',
    siteUrl: 'France Travail website base URL (env: FT_SITE_URL)',
    tokenUrl: 'OAuth2 token URL of the API (env: FT_TOKEN_URL)',
    partnerHost:
      'also follow partner links to this host (".example.com" for its subdomains too; env: VIGIE_PARTNER_HOSTS)',
    timeout: 'time limit of each request to France Travail or a partner (default 10000)',
    noBrowser: 'do not start Chromium for partner pages that need JavaScript',
    noDuplicates: 'do not look up duplicates in the database of past audits',
    pastePrompt: 'Paste the text of the offer, then Enter and Ctrl+D:\n',
    footer: `
Exit code: 0 nothing wrong found; 1 problems found, the offer has expired, or only a partner page could be
read; 2 no verdict (bad input, missing or broken file, unknown offer, network failure). A text is judged on
what it says (up to 20,000 characters): duplicates and the partner page need the listing itself. With
FT_CLIENT_ID and FT_CLIENT_SECRET set the API is used, else the website. Duplicates come from the latest audit in
the database, when there is one.

Examples:
  $ vigie check 196FBMG
  $ vigie check https://candidat.francetravail.fr/offres/recherche/detail/196FBMG
  $ vigie check "https://www.meteojob.com/candidat/offres/offre-d-emploi-…" --json
  $ vigie check --file offre.json --json
  $ vigie check --text - < annonce.txt            the text of an offer (title, description, "Salaire : …")
  $ vigie check --file annonce.txt                 the same, from a text file
  $ vigie check --file offres.jsonl --follow        also read each offer's partner page
  $ vigie check 196FBMG --site-url http://127.0.0.1:8080     against a local replica`,
  },
  serve: {
    listening: (url: string) => `Vigie is listening on ${url}  (Ctrl+C to stop)\n`,
    description:
      'the web page for jobseekers: paste a link or an offer number, get the verdict; plus the audits',
    port: 'port to listen on',
    host: 'address to listen on (0.0.0.0 to accept other machines)',
    perMinute: 'checks one client may run per minute',
    trustProxy: 'take the client address from X-Forwarded-For (behind a reverse proxy only)',
    maxChecks: 'checks running at once, all clients together (default 4)',
    maxChecksPerClient: 'checks one client may run at once (default: half of --max-checks)',
    footer: `
Pages: /  (the form), /verifier?q=…  (the verdict), /audits, /audits/latest, /audits/ID.
JSON:  GET /api/check?q=196FBMG  or  POST /api/check {"q":"…"}  (rate-limited per client: 429 + Retry-After).
Only France Travail and known partner sites are ever fetched; private addresses never are.

Examples:
  $ vigie serve
  $ vigie serve --port 8000 --host 0.0.0.0 --trust-proxy
  $ vigie serve --site-url http://127.0.0.1:8080       against a local replica`,
  },
  schedule: {
    next: (when: string) => `vigie schedule: next audit at ${when} (Ctrl-C to stop)\n`,
    stopping: 'vigie schedule: stopping after the current audit…\n',
    description: 'keep running, and start an audit at each tick of a cron schedule',
    cron: 'when to audit, e.g. "0 6 1 * *" (06:00 on the 1st of each month)',
    out: 'reports go to DIR/<period>/, with DIR/latest pointing at the newest',
    period: 'what one audit covers: one per month, week, day or tick',
    timezone: 'time zone of the cron expression',
    noCatchUp: 'on start, do not audit the last period if it was missed or interrupted',
    format: 'report formats, comma-separated',
    keepContacts: 'keep phone numbers, e-mails and names in the reports',
    footer: `
One audit per period: a period already audited is not redone, an interrupted one is resumed (also when the
scheduler restarts), and two schedulers on one PostgreSQL never run the same period (an advisory lock).
Each report is compared with the previous month's.

Examples:
  $ vigie schedule --cron "0 6 1 * *" --sample 2000 --strata departement --out /srv/vigie/rapports
  $ DATABASE_URL=postgres://vigie@db/vigie vigie schedule --cron "0 3 * * 1" --period week --census --departement 74 --out rapports

To use cron or a systemd timer instead, run \`vigie audit\` from them (see the README).`,
  },
  replica: {
    description:
      'run a local replica of France Travail (API, website, partner pages) with a seeded corpus whose defects are known',
    port: 'port to listen on (0: any free port)',
    host: 'address to listen on',
    offers: 'offers online at start',
    seed: 'corpus seed: the same seed gives the same offers',
    faults:
      'faults, e.g. latency=200,5xx=0.05,429=0.02,reset=0.01,truncate=0.01,malformed=0.01,trickle=0.01,drift=rename',
    rateLimit: 'API token bucket per client, in requests per second, or "off"',
    burst: 'bucket size of the rate limit (default: the rate)',
    tokenTtl: 'expires_in of the OAuth2 tokens',
    epoch: 'advance the corpus n months at start (offers expire, appear, change)',
    crawlDelay: 'add a Crawl-delay line to robots.txt',
    rates: 'planting rates, e.g. age_limit=0.05,duplicate=0.2',
    referenceDate: 'the corpus "now" (default 2026-11-15T12:00:00Z)',
    truth: 'also write the ground truth of every offer to this JSONL file',
    footer: `
Paths: /partenaire/offresdemploi/v2/offres/search, /offres/{id}, /referentiel/{name}  (the API)
       /connexion/oauth2/access_token?realm=%2Fpartenaire  (tokens)
       /offres/recherche, /offres/recherche/detail/{id}, /robots.txt  (the website)
       /_partners/{slug}/offres/{id}  (partner pages), /_truth/{id}  (ground truth)
       POST /_admin/faults {json}, POST /_admin/advance {"expire":0.1,"add":0.1,"modify":0.05}

Examples:
  $ vigie replica
  $ vigie replica --port 8080 --offers 1000000 --seed 42
  $ vigie replica --offers 20000 --faults latency=100,5xx=0.02,429=0.01 --rate-limit 3
  $ vigie replica --rate-limit off --truth truth.jsonl`,
  },
  summaries: {
    number: (value: number, digits = 1) => value.toLocaleString('en-GB', { maximumFractionDigits: digits }),
    audit: {
      line: (id: number, resumed: boolean, offers: number, genuine: number, flagged: number) =>
        `Audit ${id}${resumed ? ' (resumed)' : ''}: ${offers} offers, ${genuine} without a problem, ${flagged} flagged.`,
      headline: (range: string) => `Genuine offers (legal, honest, unique, online, pay stated): ${range}.`,
      range: (low: string, high: string) => `${low} to ${high}`,
      report: '  Report:',
    },
    classify: (s: {
      auditId: number;
      version: string;
      offers: number;
      flags: number;
      flaggedOffers: number;
      genuine: number;
      share: string;
      clusters: number;
    }) =>
      `Audit ${s.auditId} classified (classifier ${s.version}): ${s.offers} offers, ${s.flags} flags on ${s.flaggedOffers} offers, ${s.genuine} offers without a flag (${s.share} %), ${s.clusters} duplicate groups.`,
    import: {
      counts: (imported: number, updated: number, unchanged: number, rejected: number) =>
        `  imported: ${imported}   updated: ${updated}   unchanged: ${unchanged}   rejected: ${rejected}`,
      inAudit: (offers: number) => `  offers in the audit: ${offers}`,
      repaired: (count: number) =>
        `  repaired: ${count} (characters PostgreSQL cannot store, NUL or lone surrogates, replaced with U+FFFD)`,
      rejected: (position: string, reason: string) => `  rejected (${position}): ${reason}`,
      moreRejected: (count: number) => `  … and ${count} more rejected`,
    },
    crawl: {
      complete: 'crawl complete',
      incomplete: (failed: number, auditId: number) =>
        `crawl INCOMPLETE — ${failed} item(s) failed; run again with \`vigie crawl --retry-failed ${auditId}\``,
      sourceName: (api: boolean) => (api ? 'France Travail API' : 'public website'),
      sourceShort: (api: boolean) => (api ? 'API' : 'public website'),
      resumed: ', resumed',
      source: '  source       ',
      population: '  population   ',
      read: (read: number, expected: number, share: string) =>
        `  offers read   ${read} of ${expected} expected${share}`,
      partnerPages: '  partner pages',
      applicationLinks: (count: number) => (count > 0 ? `; application sites ${count} (counted apart)` : ''),
      failures: '  failures     ',
      repairs: '  repairs      ',
      plan: '  plan         ',
      skipped: (count: number) => `${count} request(s) left out:`,
      notExact:
        '  → the figures of this audit cover only the offers read: none is exact while the crawl is incomplete',
      run: (requests: number, retries: number, status429: number, duration: string) =>
        `  this run ${requests} requests, ${retries} retries, ${status429} × 429, ${duration}`,
    },
    audits: {
      none: 'No audit. Run `vigie demo`, `vigie crawl` or `vigie import FILE`.',
      header: ['id', 'date', 'status', 'source', 'design', 'offers', 'flagged', 'errors', 'label'],
      incompleteStatus: 'incomplete',
      incomplete: (id: number, failed: number) =>
        `Audit ${id}: crawl incomplete, ${failed} item(s) failed (retry: vigie crawl --retry-failed ${id})`,
      errors: (id: number) => `Audit ${id}: errors recorded`,
      moreCauses: (count: number) => `  … and ${count} more causes`,
      purged: (id: number, label: string) =>
        `Audit ${id} (${label}) deleted, with its offers, flags and errors.`,
    },
  },
};
