import { z } from 'zod';
import type { PackageRequest, PackageView } from '../api/schema';
import { formatBytes, formatRate } from '../ui/format';

/** The server's bound (PackageTerms.MAX_QUOTA_MB): a petabyte. */
const MAX_QUOTA_MB = 1_000_000_000;
/** Decimal units, as ISPs sell data and as the server counts it (10^6 bytes a megabyte). */
const MB_PER_GB = 1000;

/**
 * The quota an operator typed, in MB: undefined when empty (no quota), NaN when it is no amount
 * of whole megabytes (GB with up to three decimals).
 */
export function quotaMegabytes(amount: string, unit: 'GB' | 'MB'): number | undefined {
  const text = amount.trim();
  if (text === '') {
    return undefined;
  }
  if (unit === 'MB') {
    return /^\d+$/.test(text) ? Number(text) : NaN;
  }
  return /^\d+(\.\d{1,3})?$/.test(text) ? Math.round(Number(text) * MB_PER_GB) : NaN;
}

/** A quota in decimal units: 50 000 MB reads "50 GB", 1500 MB "1.5 GB". */
export function formatQuota(megabytes: number): string {
  return megabytes === 0 ? '0 MB' : formatBytes(megabytes * 1_000_000);
}

const whole = (label: string) => z.string().trim().regex(/^\d+$/, `${label} is a whole number`);
const optionalWhole = (label: string) => z.string().trim().regex(/^\d*$/, `${label} is a whole number`);

/** A package's whole terms as the form holds them (text), checked before the server checks them again. */
export const packageTerms = z.object({
  name: z.string().trim().min(1, 'Name the package'),
  downloadKbps: whole('Download'),
  uploadKbps: whole('Upload'),
  sessionTimeout: optionalWhole('Session timeout'),
  idleTimeout: optionalWhole('Idle timeout'),
  deviceLimit: optionalWhole('Device limit'),
  validityDays: optionalWhole('Validity'),
  addressPool: z.string().trim(),
  price: z.string().trim().regex(/^(\d+(\.\d{1,2})?)?$/, 'Price is an amount such as 25.00'),
  // named as the server's field, so that its refusals land next to it; the amount is in `quotaUnit`
  dataQuotaMb: z.string().trim(),
  quotaUnit: z.enum(['GB', 'MB']),
  fupDownloadKbps: optionalWhole('Fair-usage download'),
  fupUploadKbps: optionalWhole('Fair-usage upload'),
}).superRefine((terms, problems) => {
  // the server's rules (PackageTerms, PackageRequest), said before it says them
  const megabytes = quotaMegabytes(terms.dataQuotaMb, terms.quotaUnit);
  if (Number.isNaN(megabytes)) {
    problems.addIssue({ code: 'custom', path: ['dataQuotaMb'],
      message: terms.quotaUnit === 'GB' ? 'The quota is an amount of GB such as 50 or 2.5' : 'The quota is a whole number of MB' });
  } else if (megabytes !== undefined && (megabytes < 1 || megabytes > MAX_QUOTA_MB)) {
    problems.addIssue({ code: 'custom', path: ['dataQuotaMb'], message: `The quota is 1 MB to ${MAX_QUOTA_MB / 1000} GB` });
  }
  const download = terms.fupDownloadKbps !== '';
  const upload = terms.fupUploadKbps !== '';
  if (download !== upload) {
    problems.addIssue({ code: 'custom', path: [download ? 'fupUploadKbps' : 'fupDownloadKbps'],
      message: 'Give both fair-usage rates, or neither' });
  }
  if ((download || upload) && megabytes === undefined) {
    problems.addIssue({ code: 'custom', path: ['fupDownloadKbps'], message: 'A fair-usage rate needs a data quota' });
  }
});

export type PackageTerms = z.infer<typeof packageTerms>;

export function termsOf(existing?: PackageView): PackageTerms {
  const text = (value: number | string | undefined) => (value === undefined || value === null ? '' : String(value));
  return {
    name: existing?.name ?? '',
    downloadKbps: text(existing?.downloadKbps),
    uploadKbps: text(existing?.uploadKbps),
    sessionTimeout: text(existing?.sessionTimeout),
    idleTimeout: text(existing?.idleTimeout),
    deviceLimit: text(existing?.deviceLimit),
    validityDays: text(existing?.validityDays),
    addressPool: existing?.addressPool ?? '',
    price: text(existing?.price),
    ...quotaTextOf(existing?.dataQuotaMb),
    fupDownloadKbps: text(existing?.fupDownloadKbps),
    fupUploadKbps: text(existing?.fupUploadKbps),
  };
}

export function requestOf(terms: PackageTerms): PackageRequest {
  const number = (value: string) => (value === '' ? undefined : Number(value));
  return {
    name: terms.name,
    downloadKbps: Number(terms.downloadKbps),
    uploadKbps: Number(terms.uploadKbps),
    sessionTimeout: number(terms.sessionTimeout),
    idleTimeout: number(terms.idleTimeout),
    deviceLimit: number(terms.deviceLimit),
    validityDays: number(terms.validityDays),
    addressPool: terms.addressPool === '' ? undefined : terms.addressPool,
    price: number(terms.price),
    dataQuotaMb: quotaMegabytes(terms.dataQuotaMb, terms.quotaUnit),
    fupDownloadKbps: number(terms.fupDownloadKbps),
    fupUploadKbps: number(terms.fupUploadKbps),
  };
}

/** A stored quota as the form shows it: in GB from 1 GB up (whole MB are GB with at most three decimals), in MB below. */
function quotaTextOf(megabytes: number | undefined): Pick<PackageTerms, 'dataQuotaMb' | 'quotaUnit'> {
  if (megabytes === undefined || megabytes === null) {
    return { dataQuotaMb: '', quotaUnit: 'GB' };
  }
  return megabytes < MB_PER_GB
    ? { dataQuotaMb: String(megabytes), quotaUnit: 'MB' }
    : { dataQuotaMb: String(megabytes / MB_PER_GB), quotaUnit: 'GB' };
}

/** What a subscriber gets once the quota is used up, in words, as the form's terms stand. */
export function afterQuota(quota: string, fupDownloadKbps: string, fupUploadKbps: string): string {
  if (quota.trim() === '') {
    return 'No quota: the package rate all period.';
  }
  if (fupDownloadKbps.trim() === '' && fupUploadKbps.trim() === '') {
    return 'No service after the quota: until the next period or a top-up.';
  }
  return 'After the quota: the fair-usage rate until the next period or a top-up.';
}

/** A package's quota in a few words, for lists: "50 GB, then 1 Mbit/s down, 512 kbit/s up". */
export function quotaSummary(pkg: Pick<PackageView, 'dataQuotaMb' | 'fupDownloadKbps' | 'fupUploadKbps'>): string {
  if (pkg.dataQuotaMb === undefined || pkg.dataQuotaMb === null) {
    return 'Unlimited';
  }
  const after = pkg.fupDownloadKbps === undefined || pkg.fupDownloadKbps === null
    ? 'then no service'
    : `then ${formatRate(pkg.fupDownloadKbps)} down, ${formatRate(pkg.fupUploadKbps)} up`;
  return `${formatQuota(pkg.dataQuotaMb)}, ${after}`;
}
