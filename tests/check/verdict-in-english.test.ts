import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CheckError } from '../../check/check-error.js';
import { checkText } from '../../check/check-text.js';
import { formatVerdict } from '../../check/format-verdict.js';
import { checkOffer, runCheck } from '../../check/run-check.js';
import { expiredVerdict, type Verdict } from '../../check/verdict.js';
import type { PartnerPage } from '../../model/partner-page.js';
import { verdictPage } from '../../web/pages/verdict-page.js';
import { vigieArgv } from '../helpers/built-cli.js';
import { hangLimitMs } from '../helpers/machine-speed.js';
import { sampleOffer } from './sample-offer.js';

/**
 * `vigie check --lang en` frames the verdict in English (issue #17); the findings' explanations, quotes and legal
 * articles are the audit's data and stay French, which the English output says once. French is the default.
 */

const NOW = () => new Date('2026-11-28T12:00:00Z');

/** The French words around a verdict: none may be left in the English one. */
const FRENCH_FRAMING = [
  'Texte collé',
  'Page partenaire',
  'Ce qui ne va pas',
  'À savoir sur ce poste',
  '(probable :',
  'Dans l’offre :',
  'Texte de loi :',
  'Page du partenaire :',
  'L’offre y est',
  'Elle ne dit pas la même chose',
  'Lu dans le texte',
  'Ce que Vigie n’a pas pu vérifier',
  'Doublons :',
  'Page du site partenaire :',
  'Le même poste est aussi publié',
  'Offres semblables',
  'annonce d’origine',
  'ce n’est pas un avis juridique',
  'Vigie a relevé',
  'n’a rien relevé',
  'Demandez des précisions',
  'Contactez',
  'Signalez l’offre',
  'Avant de signer',
  'non indiqué',
];

/** A framing label at the start of a line, in French ("  Salaire : …", "  Contrat : …", "Offre 196FBMG"). */
const FRENCH_LINE_LABEL =
  /^\s*(?:Intitulé|Contrat|Salaire|Lieu|Horaires|Type de contrat|Durée du travail|Publiée le|Numéro d’offre|Offre) [:\dA-Z]/m;

function frenchFramingIn(text: string): string[] {
  const found = FRENCH_FRAMING.filter((words) => text.includes(words));
  const label = FRENCH_LINE_LABEL.exec(text);
  return label ? [...found, label[0].trim()] : found;
}

/** A page of a partner site that says CDD where the listing says CDI. */
const PARTNER_PAGE: PartnerPage = {
  offerId: '196FBMG',
  url: 'https://www.meteojob.com/offre/1',
  finalUrl: null,
  status: 200,
  live: true,
  reason: 'ok',
  renderedWith: 'http',
  stated: { title: 'Vendeur', contract: 'CDD', duration: '3 mois', pay: null, place: 'Annecy', hours: null },
  error: null,
  fetchedAt: '2026-11-28T12:00:00Z',
};

/**
 * An offer with an age limit, a part time under 24 hours (a "likely" finding), a partner page contradicting it,
 * a copy and a similar offer from the latest audit, judged by the real classifiers. Its title and description
 * hold terminal escapes.
 */
async function flaggedVerdict(): Promise<Verdict> {
  const offer = sampleOffer({
    intitule: 'Vendeur\u001b[2J\u001b[31m (H/F)\r',
    description: 'Magasin recherche un vendeur âgé de moins de 30 ans.\u001b]0;pwned\u0007',
    dureeTravailLibelle: '20H/semaine',
    dureeTravailLibelleConverti: 'Temps partiel',
    salaire: { libelle: 'Mensuel de 1300.0 Euros sur 12.0 mois' },
  });
  return checkOffer(offer, {
    partnerPages: [PARTNER_PAGE],
    now: NOW,
    lookup: {
      duplicatesOf: async () => ({
        copies: [
          { id: '197AAAA', kind: 'duplicate', original: true, title: null, partner: 'Indeed', auditId: 1 },
          { id: '198BBBB', kind: 'similar', original: false, title: null, partner: null, auditId: 1 },
        ],
        flags: [],
      }),
      offerForPartnerUrl: async () => null,
    },
  });
}

/** An offer copied from France Travail's page, each label on its own line and its value on the next. */
const COPIED_PAGE = `Serveur / Serveuse H/F
Publié le 12 novembre 2026 - offre n° 196FBMG
74 - ANNECY

Restaurant du centre-ville recherche un serveur âgé de 20 à 30 ans, dynamique et souriant.

Type de contrat
CDD - 6 Mois
Durée du travail
35H/semaine
Salaire
Salaire : Mensuel de 1200.0 Euros sur 12.0 mois`;

/** Nothing wrong in what it says, and none of the field lines. */
const PLAIN = `Agent de propreté (H/F)
Entreprise de nettoyage recherche un agent ou une agente de propreté pour l'entretien de bureaux à Lyon. Poste accessible aux débutants, formation assurée.`;

describe('the verdict on an offer, framed in English', () => {
  it('says the headline, the sections, the advice, the partner page and the duplicates in English', async () => {
    const verdict = await flaggedVerdict();
    const blocking = verdict.flags.filter((flag) => flag.blocking);
    expect(blocking.map((flag) => flag.category)).toEqual(
      expect.arrayContaining(['age_limit', 'part_time_under_24h', 'contract_mismatch']),
    );
    const text = formatVerdict(verdict, 'en');

    expect(text).toMatch(/^Offer 196FBMG — Vendeur/);
    expect(text).toContain(`Warning: Vigie found ${blocking.length} problems in this offer.`);
    expect(text).toContain('\nWhat is wrong:\n');
    expect(text).toContain('\nGood to know about this job:\n');
    expect(text).toContain('(likely: an exception provided by law might apply)');
    expect(text).toContain('In the offer: "Magasin recherche un vendeur âgé de moins de 30 ans.');
    expect(text).toContain('Law: Code du travail, art. L5331-2');
    expect(text).toContain('→ Contact the Défenseur des droits');
    expect(text).toContain('Partner’s page: https://www.meteojob.com/offre/1');
    expect(text).toContain('It does not say the same as the listing on France Travail.');
    expect(text).toContain('  Contract: CDD — 3 mois (France Travail: CDI)');
    expect(text).toContain(
      'The same job is also published under these numbers:\n  • 197AAAA (original advert), via Indeed',
    );
    expect(text).toContain('Similar offers (same title, same employer, same département):\n  • 198BBBB');
    expect(text).toMatch(/this is not legal advice\. If in doubt, ask for advice\.\n$/);
    expect(frenchFramingIn(text)).toEqual([]);
  });

  it('says once, before the findings, that they are explained in French, and keeps them as they are', async () => {
    const verdict = await flaggedVerdict();
    const text = formatVerdict(verdict, 'en');
    const note = 'Findings are explained in French, as the audit reports are.';
    expect(text.split(note)).toHaveLength(2);
    expect(text.indexOf(note)).toBeLessThan(text.indexOf('What is wrong:'));
    for (const flag of verdict.flags) expect(text).toContain(flag.explanation);
    // The French verdict has no such note: its findings are in its own language.
    expect(formatVerdict(verdict, 'fr')).not.toContain(note);
  });

  it('is French by default, word for word the French framing', async () => {
    const verdict = await flaggedVerdict();
    const text = formatVerdict(verdict);
    expect(text).toBe(formatVerdict(verdict, 'fr'));
    expect(text).toMatch(/^Offre 196FBMG — Vendeur/);
    expect(text).toContain('\nCe qui ne va pas :\n');
    expect(text).toContain('(probable : une exception prévue par la loi pourrait s’appliquer)');
    expect(text).toContain('  Contrat : CDD — 3 mois (France Travail : CDI)');
    expect(text).toContain('→ Contactez le Défenseur des droits');
    expect(text).not.toMatch(/What is wrong|Findings are explained|In the offer:|original advert/);
  });

  it('strips terminal escapes from the offer’s text in both languages', async () => {
    const verdict = await flaggedVerdict();
    for (const language of ['fr', 'en'] as const) {
      const text = formatVerdict(verdict, language);
      expect(text, language).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      expect(text, language).toContain('moins de 30 ans');
    }
  });

  it('answers an expired offer and a lawful one in English', async () => {
    const expired = formatVerdict(expiredVerdict('196FBMG', null, NOW().toISOString()), 'en');
    expect(expired).toContain('This offer is no longer available on France Travail');
    expect(frenchFramingIn(expired)).toEqual([]);

    const lawful = await checkOffer(sampleOffer(), { now: NOW });
    expect(lawful.genuine).toBe(true);
    const text = formatVerdict(lawful, 'en');
    expect(text).toContain('Vigie found nothing illegal or misleading in this offer.');
    expect(text).not.toContain('Findings are explained in French');
    expect(frenchFramingIn(text)).toEqual([]);
  });
});

describe('a partner page alone, framed in English', () => {
  /** A fetcher that knows no France Travail offer and reads the partner page it is given. */
  const fetcherOf = (page: PartnerPage) => ({
    fetchOffer: async () => ({ status: 'not_found' as const }),
    fetchPartnerPage: async () => page,
  });
  const hosts = { partnerHosts: ['www.meteojob.com'] };

  it('says what the page states, with no France Travail column', async () => {
    const verdict = await runCheck(PARTNER_PAGE.url, { fetcher: fetcherOf(PARTNER_PAGE), hosts, now: NOW });
    expect(verdict.unmatched).toBe(true);
    const text = formatVerdict(verdict, 'en');
    expect(text).toMatch(/^Partner page\n/);
    expect(text).toContain('Vigie did not find the France Travail offer this link belongs to');
    expect(text).toContain('  The offer is online there.\n  Title: Vendeur\n  Contract: CDD — 3 mois\n');
    expect(text).not.toContain('(France Travail:');
    expect(frenchFramingIn(text)).toEqual([]);
  });

  it('a page that cannot be reached: no verdict, and where and why in each language', async () => {
    const unread: PartnerPage = {
      ...PARTNER_PAGE,
      live: null,
      status: null,
      reason: 'dns',
      error: 'ENOTFOUND',
    };
    const failure = await runCheck(PARTNER_PAGE.url, { fetcher: fetcherOf(unread), hosts, now: NOW }).then(
      () => null,
      (error: unknown) => error,
    );
    if (!(failure instanceof CheckError)) throw new Error(`not a CheckError: ${String(failure)}`);
    expect(failure.code).toBe('network');
    expect(failure.context?.en).toBe(
      'Partner page, www.meteojob.com: domain name not found (DNS): is this computer connected to the Internet?',
    );
    expect(failure.context?.fr).toMatch(
      /^Page du partenaire, www\.meteojob\.com : nom de domaine introuvable/,
    );
  });
});

describe('the verdict on a pasted text, framed in English', () => {
  it('names the fields read and the checks the text did not allow in English', async () => {
    const verdict = await checkText(COPIED_PAGE, { now: NOW });
    const text = formatVerdict(verdict, 'en');
    expect(text).toMatch(/^Pasted text \(offer 196FBMG\) — Serveur \/ Serveuse H\/F/);
    expect(text).toContain('\nRead in the text:\n');
    expect(text).toContain('  Type of contract: CDD - 6 Mois');
    expect(text).toContain('  Pay: Mensuel de 1200.0 Euros sur 12.0 mois');
    expect(text).toContain('  Published on: 12 novembre 2026');
    expect(text).toContain('\nWhat Vigie could not check from the text alone:\n');
    expect(text).toContain('  • Duplicates: the advert must be compared with the other published offers');
    expect(text).toContain('  • Partner site page: without the link of the advert');
    expect(frenchFramingIn(text)).toEqual([]);
    // The verdict itself (its JSON, the web page) keeps the French labels.
    expect(verdict.text?.fields.map((field) => field.label)).toContain('Type de contrat');
  });

  it('says each missing field line in English, quoting the French line to add', async () => {
    const verdict = await checkText(PLAIN, { now: NOW });
    expect(verdict.genuine).toBe(true);
    const text = formatVerdict(verdict, 'en');
    expect(text).toMatch(/^Pasted text — Agent de propreté/);
    expect(text).toContain(
      'Vigie found nothing illegal or misleading in this text (some points need the online advert',
    );
    expect(text).toContain('Publication date: the text gives none');
    expect(text).toContain('Type of contract: no "Type de contrat : …" line');
    expect(text).toContain('Pay: no "Salaire : …" line');
    expect(text).toContain('Working hours: no "Durée du travail : …" line');
    expect(frenchFramingIn(text)).toEqual([]);
  });

  it('strips control characters from a hostile pasted text in both languages', async () => {
    const hostile = `Serveur\u001b[2J (H/F)\nType de contrat : CDD\u001b]0;pwned\u0007\n${PLAIN}`;
    const verdict = await checkText(hostile, { now: NOW });
    for (const language of ['fr', 'en'] as const) {
      const text = formatVerdict(verdict, language);
      expect(text, language).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      expect(text, language).toContain('Serveur');
    }
  });
});

describe('the web page', () => {
  it('stays French', async () => {
    const page = verdictPage(await flaggedVerdict());
    expect(page).toContain('Vigie a relevé');
    expect(page).not.toMatch(/Vigie found|What is wrong|Findings are explained/);
  });
});

describe('`vigie --lang en check --text -` (the built CLI)', () => {
  it('frames the verdict in English and exits 1 for a flagged text', () => {
    const run = spawnSync(process.execPath, vigieArgv(['--lang', 'en', 'check', '--text', '-']), {
      input: COPIED_PAGE,
      encoding: 'utf8',
      env: { ...process.env, VIGIE_LOG_LEVEL: 'silent', VIGIE_LANG: '', DATABASE_URL: '', VIGIE_DB: '' },
      // A hang guard, scaled by the machine's measured slowness.
      timeout: hangLimitMs(60_000),
    });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^Pasted text \(offer 196FBMG\)/);
    expect(run.stdout).toContain('Warning: Vigie found');
    expect(run.stdout).toContain('Findings are explained in French, as the audit reports are.');
    expect(run.stdout).toContain('What Vigie could not check from the text alone:');
    expect(frenchFramingIn(run.stdout)).toEqual([]);
    expect(run.stderr).toBe('');
  });
});
