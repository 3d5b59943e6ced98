import { parentPort } from 'node:worker_threads';
import { normaliseWithMap } from '../../../classifiers/engine/normalise.js';
import { prepareOffer } from '../../../classifiers/engine/prepared-offer.js';
import { runRule } from '../../../classifiers/engine/text-rules.js';
import { findDurations } from '../../../classifiers/facts/contract.js';
import { findWeeklyHours, parseHoursLabel } from '../../../classifiers/facts/hours.js';
import { findPayAmounts } from '../../../classifiers/facts/pay/find-pay-amounts.js';
import { parseSalaryLabel } from '../../../classifiers/facts/pay/parse-salary-label.js';
import { classifyOffer, defaultContext } from '../../../classifiers/index.js';
import { TEXT_RULES } from '../../../classifiers/rules/index.js';
import { isJavaScriptShell } from '../../../crawler/sources/partner/detect-js-shell.js';
import { readPartnerPage } from '../../../crawler/sources/partner/parse-partner-page.js';
import { parseDetailPage } from '../../../crawler/sources/site/parse-detail-page.js';
import { parseSearchPage } from '../../../crawler/sources/site/parse-search-page.js';
import { parseApiOffer } from '../../../model/from-api-offer.js';
import type { Offer } from '../../../model/offer.js';
import { maskContacts } from '../../../reports/mask-contacts.js';
import type { GuardedJob } from './hang-guard.js';

let base: Offer | undefined;

function offerWith(title: string, description: string, sample: unknown): Offer {
  if (!base) {
    const parsed = parseApiOffer(sample);
    if (!parsed.ok) throw new Error(parsed.reason);
    base = parsed.offer;
  }
  return { ...base, title, description };
}

function run(job: GuardedJob): void {
  switch (job.kind) {
    case 'regex': {
      const regex = new RegExp(job.source, job.flags.includes('g') ? job.flags : `${job.flags}g`);
      let count = 0;
      for (let match = regex.exec(job.text); match && count < 10_000; match = regex.exec(job.text)) {
        count++;
        if (match[0] === '') regex.lastIndex++;
      }
      return;
    }
    case 'rule': {
      const rule = TEXT_RULES.find((candidate) => candidate.id === job.ruleId);
      if (!rule) throw new Error(`no rule ${job.ruleId}`);
      const prepared = prepareOffer(offerWith(job.text.slice(0, 2000), job.text, job.sample));
      runRule(rule, prepared);
      runRule(rule, prepared, { exhaustive: true });
      return;
    }
    case 'classify':
      classifyOffer(offerWith(job.text.slice(0, 2000), job.text, job.sample), defaultContext());
      return;
    case 'mask':
      maskContacts(job.text, job.names);
      return;
    case 'labels': {
      parseSalaryLabel(job.text);
      parseHoursLabel(job.text);
      const normalised = normaliseWithMap(job.text);
      findPayAmounts(normalised, 'description');
      findWeeklyHours(normalised.text);
      findDurations(normalised.text);
      return;
    }
    case 'pages':
      if (job.parser === 'detail') parseDetailPage(job.text, 'X1');
      else if (job.parser === 'partner') {
        isJavaScriptShell(job.text);
        readPartnerPage(job.text);
      } else parseSearchPage(job.text);
      return;
  }
}

parentPort?.on('message', (message: { id: number; job: GuardedJob }) => {
  const started = performance.now();
  try {
    run(message.job);
    parentPort?.postMessage({ id: message.id, ms: performance.now() - started });
  } catch (error) {
    parentPort?.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
parentPort?.postMessage({ ready: true });
