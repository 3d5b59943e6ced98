import { COMMUNES, departementOfInsee } from '../corpus/data/communes.js';
import { NATURES_CONTRATS, TYPES_CONTRATS } from '../corpus/data/contracts.js';
import { DEPARTEMENTS } from '../corpus/data/departements.js';
import { DOMAINES, JOBS } from '../corpus/data/jobs.js';
import { REGIONS } from '../corpus/data/regions.js';

/** `GET /referentiel/{name}`: `[{code, libelle}]` lists, as the real API serves them. */
export const REFERENTIALS: Record<string, () => readonly unknown[]> = {
  typesContrats: () => TYPES_CONTRATS,
  naturesContrats: () => NATURES_CONTRATS,
  departements: () =>
    DEPARTEMENTS.map((departement) => ({
      code: departement.code,
      libelle: departement.libelle,
      region: {
        code: departement.region,
        libelle: REGIONS.find((region) => region.code === departement.region)?.libelle,
      },
    })),
  regions: () => REGIONS,
  communes: () =>
    COMMUNES.map((commune) => ({
      code: commune.insee,
      libelle: commune.name.toUpperCase(),
      codePostal: commune.postcode,
      codeDepartement: departementOfInsee(commune.insee),
    })),
  domaines: () => Object.entries(DOMAINES).map(([code, libelle]) => ({ code, libelle })),
  metiers: () => unique(JOBS.map((job) => ({ code: job.rome, libelle: job.romeLibelle }))),
  appellations: () => JOBS.map((job, i) => ({ code: String(10_000 + i * 7), libelle: job.appellation })),
  secteursActivites: () =>
    unique(JOBS.map((job) => ({ code: job.naf.slice(0, 2), libelle: job.nafLibelle }))),
  nafs: () => unique(JOBS.map((job) => ({ code: job.naf, libelle: job.nafLibelle }))),
  niveauxFormations: () => [
    { code: 'NV5', libelle: 'CAP, BEP et équivalents' },
    { code: 'NV4', libelle: 'Bac ou équivalent' },
    { code: 'NV3', libelle: 'Bac+2 ou équivalents' },
    { code: 'NV2', libelle: 'Bac+3, Bac+4 ou équivalents' },
    { code: 'NV1', libelle: 'Bac+5 et plus ou équivalents' },
  ],
  permis: () => [
    { code: 'B', libelle: 'B - Véhicule léger' },
    { code: 'C', libelle: 'C - Poids lourd' },
    { code: 'D', libelle: 'D - Transport de personnes' },
  ],
  langues: () => [
    { code: 'FR', libelle: 'Français' },
    { code: 'EN', libelle: 'Anglais' },
    { code: 'DE', libelle: 'Allemand' },
    { code: 'ES', libelle: 'Espagnol' },
    { code: 'IT', libelle: 'Italien' },
  ],
  pays: () => [
    { code: '01', libelle: 'France' },
    { code: '02', libelle: 'Allemagne' },
    { code: '05', libelle: 'Belgique' },
    { code: '22', libelle: 'Suisse' },
  ],
};

function unique(items: { code: string; libelle: string }[]): { code: string; libelle: string }[] {
  const seen = new Map<string, { code: string; libelle: string }>();
  for (const item of items) if (!seen.has(item.code)) seen.set(item.code, item);
  return [...seen.values()].sort((a, b) => a.code.localeCompare(b.code));
}
