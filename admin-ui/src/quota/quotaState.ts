import type { QuotaView } from '../api/schema';
import { formatQuota } from '../packages/packageTerms';

export type QuotaState = NonNullable<QuotaView['state']>;

/** Each state in words, so that no one needs the bar's colour to tell them apart. */
const WORDS: Record<QuotaState, { label: string; meaning: string }> = {
  UNLIMITED: { label: 'Unlimited', meaning: 'The package has no data quota.' },
  WITHIN: { label: 'Within the quota', meaning: 'The package rate.' },
  FAIR_USAGE: { label: 'Fair usage', meaning: 'Quota used up: the fair-usage rate until the next period or a top-up.' },
  BLOCKED: { label: 'Blocked', meaning: 'Quota used up: no service until the next period or a top-up.' },
};

export function stateInWords(state: QuotaState): { label: string; meaning: string } {
  return WORDS[state];
}

/** What the period allows: the package's quota and the period's top-ups; null without a quota. */
export function allowanceMb(quota: QuotaView): number | null {
  return quota.limitMb === undefined || quota.limitMb === null ? null : quota.limitMb + (quota.topUpMb ?? 0);
}

/** The bar's text equivalent: "1.2 GB of 5 GB used (24 %): 4 GB quota + 1 GB top-ups". */
export function usedInWords(quota: QuotaView): string {
  const allowance = allowanceMb(quota);
  const used = quota.usedMb ?? 0;
  if (allowance === null) {
    return `${formatQuota(used)} used`;
  }
  const share = allowance === 0 ? 100 : Math.floor((used * 100) / allowance);
  const parts = quota.topUpMb ? `: ${formatQuota(quota.limitMb!)} quota + ${formatQuota(quota.topUpMb)} top-ups` : '';
  return `${formatQuota(used)} of ${formatQuota(allowance)} used (${share} %)${parts}`;
}
