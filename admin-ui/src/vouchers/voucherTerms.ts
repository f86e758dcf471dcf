import { z } from 'zod';
import type { BatchRequest, VoucherBatchView } from '../api/schema';

/** The server's bounds (IssueVoucherBatch): at most 10,000 codes, 6 to 16 random characters, a year and a day. */
export const MAX_COUNT = 10_000;
export const MAX_VALIDITY_HOURS = 366 * 24;
/** What a code is drawn from (VoucherCode.ALPHABET): no 0/o, 1/i/l, so a prefix may only use these. */
export const CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

const between = (label: string, low: number, high: number) =>
  z.string().trim().refine((text) => text === '' || (/^\d+$/.test(text) && Number(text) >= low && Number(text) <= high),
    `${label} is a whole number from ${low} to ${high}`);

/** A batch as the issue form holds it (text), checked as the server checks it before it is sent. */
export const batchTerms = z.object({
  packageId: z.string().min(1, 'Choose a package'),
  count: between('Count', 1, MAX_COUNT).refine((text) => text !== '', 'How many vouchers?'),
  prefix: z.string().trim().toLowerCase().regex(new RegExp(`^[${CODE_ALPHABET}]{0,8}$`),
    `A prefix is up to 8 of ${CODE_ALPHABET} (no 0, 1, i, l or o)`),
  codeLength: between('Code length', 6, 16),
  validityHours: between('Validity', 1, MAX_VALIDITY_HOURS),
  price: z.string().trim().regex(/^(\d+(\.\d{1,2})?)?$/, 'Price is an amount such as 2.50'),
  usableUntil: z.string(),
});

export type BatchTerms = z.infer<typeof batchTerms>;

export const EMPTY_BATCH: BatchTerms = { packageId: '', count: '', prefix: '', codeLength: '', validityHours: '', price: '', usableUntil: '' };

/** The command's body: what was left empty is left out, so the server takes the package's validity and price. */
export function requestOf(terms: BatchTerms): BatchRequest {
  const number = (text: string) => (text === '' ? undefined : Number(text));
  return {
    packageId: terms.packageId,
    count: Number(terms.count),
    prefix: terms.prefix || undefined,
    codeLength: number(terms.codeLength),
    validityHours: number(terms.validityHours),
    price: number(terms.price),
    usableUntil: terms.usableUntil ? new Date(terms.usableUntil).toISOString() : undefined,
  };
}

/** The batch in a few words: "20 vouchers: 12 unused, 5 active, 2 expired, 1 revoked". */
export function countsOf(batch: Pick<VoucherBatchView, 'count' | 'unused' | 'active' | 'expired' | 'revoked'>): string {
  return `${batch.count ?? 0} vouchers: ${batch.unused ?? 0} unused, ${batch.active ?? 0} active, `
    + `${batch.expired ?? 0} expired, ${batch.revoked ?? 0} revoked`;
}
