import { describe, expect, it } from 'vitest';
import { afterQuota, packageTerms, quotaSummary, requestOf, termsOf, type PackageTerms } from './packageTerms';

const terms = (quota: Partial<PackageTerms>): PackageTerms => ({ ...termsOf(), name: 'Home 50', downloadKbps: '20000', uploadKbps: '5000', ...quota });
const problems = (quota: Partial<PackageTerms>) => {
  const checked = packageTerms.safeParse(terms(quota));
  return checked.success ? {} : Object.fromEntries(checked.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe("a package's quota in the form", () => {
  it('sends the quota in MB, whichever unit it was typed in', () => {
    expect(requestOf(terms({ dataQuotaMb: '2.5', quotaUnit: 'GB' })).dataQuotaMb).toBe(2500);
    expect(requestOf(terms({ dataQuotaMb: '750', quotaUnit: 'MB' })).dataQuotaMb).toBe(750);
    expect(requestOf(terms({ dataQuotaMb: '' })).dataQuotaMb).toBeUndefined();
  });

  it('shows a stored quota in GB from 1 GB up, in MB below', () => {
    expect(termsOf({ name: 'x', dataQuotaMb: 1500 })).toMatchObject({ dataQuotaMb: '1.5', quotaUnit: 'GB' });
    expect(termsOf({ name: 'x', dataQuotaMb: 750 })).toMatchObject({ dataQuotaMb: '750', quotaUnit: 'MB' });
    expect(termsOf({ name: 'x', fupDownloadKbps: 1000, fupUploadKbps: 512 })).toMatchObject({ fupDownloadKbps: '1000', fupUploadKbps: '512' });
  });

  it('holds the quota to what the server takes: whole MB, 1 MB to a petabyte', () => {
    expect(problems({ dataQuotaMb: '1.5', quotaUnit: 'MB' })).toEqual({ dataQuotaMb: 'The quota is a whole number of MB' });
    expect(problems({ dataQuotaMb: '1.2345', quotaUnit: 'GB' })).toEqual({ dataQuotaMb: 'The quota is an amount of GB such as 50 or 2.5' });
    expect(problems({ dataQuotaMb: '0', quotaUnit: 'MB' })).toEqual({ dataQuotaMb: 'The quota is 1 MB to 1000000 GB' });
    expect(problems({ dataQuotaMb: '1000001', quotaUnit: 'GB' })).toEqual({ dataQuotaMb: 'The quota is 1 MB to 1000000 GB' });
    expect(problems({ dataQuotaMb: '1000000', quotaUnit: 'GB' })).toEqual({});
  });

  it('takes both fair-usage rates or neither, and only with a quota', () => {
    expect(problems({ dataQuotaMb: '50', fupDownloadKbps: '1000' })).toEqual({ fupUploadKbps: 'Give both fair-usage rates, or neither' });
    expect(problems({ dataQuotaMb: '50', fupUploadKbps: '512' })).toEqual({ fupDownloadKbps: 'Give both fair-usage rates, or neither' });
    expect(problems({ fupDownloadKbps: '1000', fupUploadKbps: '512' })).toEqual({ fupDownloadKbps: 'A fair-usage rate needs a data quota' });
    expect(problems({ dataQuotaMb: '50', fupDownloadKbps: '1000', fupUploadKbps: '512' })).toEqual({});
    expect(problems({ dataQuotaMb: '50' })).toEqual({});
  });

  it('says what comes after the quota', () => {
    expect(afterQuota('', '', '')).toBe('No quota: the package rate all period.');
    expect(afterQuota('50', '', '')).toBe('No service after the quota: until the next period or a top-up.');
    expect(afterQuota('50', '1000', '512')).toBe('After the quota: the fair-usage rate until the next period or a top-up.');
  });

  it('sums a package up in the list', () => {
    expect(quotaSummary({})).toBe('Unlimited');
    expect(quotaSummary({ dataQuotaMb: 50_000 })).toBe('50 GB, then no service');
    expect(quotaSummary({ dataQuotaMb: 50_000, fupDownloadKbps: 1000, fupUploadKbps: 512 })).toBe('50 GB, then 1 Mbit/s down, 512 kbit/s up');
  });
});
