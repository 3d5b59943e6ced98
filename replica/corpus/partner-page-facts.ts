import type { ApiOffer, Contradiction } from '../types.js';
import { COMMUNES } from './data/communes.js';
import type { OfferPlan } from './plan-offer.js';

/** What a partner's page states about an offer, in the partner's own words. */
export interface PartnerPageFacts {
  title: string;
  employer?: string | undefined;
  contract: string;
  pay: string;
  place: string;
  hours?: string | undefined;
  description: string;
  postedAt?: string | undefined;
}

function pageContract(code: string, months?: number, days?: number): string {
  const names: Record<string, string> = {
    CDI: 'CDI',
    CDD: 'CDD',
    MIS: 'Intérim',
    SAI: 'Saisonnier',
    DDI: 'CDD insertion',
    DIN: 'CDI intérimaire',
  };
  const name = names[code] ?? code;
  if (months !== undefined) return `${name} ${months} mois`;
  if (days !== undefined) return `${name} ${days} jours`;
  return name;
}

function pagePay(offer: ApiOffer): string {
  const label = offer.salaire.libelle;
  if (!label) return 'Selon profil';
  const amounts = [...label.matchAll(/(\d+(?:[.,]\d+)?) Euros/g)].map((match) =>
    Number(match[1]!.replace(',', '.')),
  );
  const unit = /^Horaire/.test(label) ? "de l'heure" : /^Annuel/.test(label) ? 'par an' : 'par mois';
  const format = (value: number) =>
    Number.isInteger(value) ? String(value) : value.toFixed(2).replace('.', ',');
  if (amounts.length === 0) return 'Selon profil';
  return amounts.length > 1 && amounts[1] !== amounts[0]
    ? `${format(amounts[0]!)} € à ${format(amounts[1]!)} € brut ${unit}`
    : `${format(amounts[0]!)} € brut ${unit}`;
}

/** The page's statements, with the planned contradictions applied, and the contradiction for the truth. */
export function partnerPageFacts(
  plan: OfferPlan,
  offer: ApiOffer,
): { facts: PartnerPageFacts; contradiction?: Contradiction } {
  const commune = COMMUNES[plan.commune]!;
  const facts: PartnerPageFacts = {
    title: offer.intitule,
    employer: offer.entreprise.nom,
    contract: pageContract(plan.contract, plan.durationMonths, plan.durationDays),
    pay: pagePay(offer),
    place: `${commune.name} (${commune.postcode})`,
    hours: offer.dureeTravailLibelle?.split('\n')[0],
    description: offer.description,
    postedAt: offer.dateCreation?.slice(0, 10),
  };
  const contradiction: Contradiction = {};
  for (const field of plan.pageContradicts) {
    if (field === 'contract') {
      const page =
        plan.contract === 'CDI' || plan.contract === 'DIN'
          ? pageContract('CDD', 3)
          : 'Intérim 1 semaine renouvelable';
      contradiction.contract = { listing: offer.typeContratLibelle, page };
      facts.contract = page;
    } else if (field === 'duration') {
      const other =
        [1, 2, 3, 6, 9, 12].find(
          (months) => months !== plan.durationMonths && Math.abs(months - (plan.durationMonths ?? 0)) >= 2,
        ) ?? 1;
      const page = pageContract(plan.contract, other);
      contradiction.duration = { listing: offer.typeContratLibelle, page };
      facts.contract = page;
    } else if (field === 'place') {
      const other = COMMUNES[plan.otherCommune]!;
      const page = `${other.name} (${other.postcode})`;
      contradiction.place = { listing: offer.lieuTravail.libelle, page };
      facts.place = page;
    } else if (field === 'pay' && plan.salary.otherMonthly) {
      const page = `${plan.salary.otherMonthly} € brut par mois`;
      contradiction.pay = { listing: offer.salaire.libelle ?? '', page };
      facts.pay = page;
    }
  }
  return Object.keys(contradiction).length > 0 ? { facts, contradiction } : { facts };
}
