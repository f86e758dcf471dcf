import { describe, expect, it } from 'vitest';
import { batchTerms, EMPTY_BATCH, requestOf } from './voucherTerms';

const valid = { ...EMPTY_BATCH, packageId: 'p-1', count: '20' };

function problems(values: typeof valid): Record<string, string> {
  const result = batchTerms.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('a voucher batch as the form takes it', () => {
  it('needs a package and a count of 1 to 10,000', () => {
    expect(problems({ ...valid, packageId: '', count: '' })).toEqual({ packageId: 'Choose a package', count: 'How many vouchers?' });
    expect(problems({ ...valid, count: '10001' })).toEqual({ count: 'Count is a whole number from 1 to 10000' });
    expect(problems({ ...valid, count: '10000' })).toEqual({});
  });

  it('takes a prefix only from the code alphabet, which has no look-alike characters', () => {
    expect(problems({ ...valid, prefix: 'cafe' })).toEqual({});
    expect(problems({ ...valid, prefix: 'COOL' })).toHaveProperty('prefix');
    expect(problems({ ...valid, prefix: 'abcdefghj' })).toHaveProperty('prefix');
  });

  it('checks the code length, the validity in hours and the price as the server does', () => {
    expect(problems({ ...valid, codeLength: '5', validityHours: '0', price: '2.505' })).toEqual({
      codeLength: 'Code length is a whole number from 6 to 16',
      validityHours: 'Validity is a whole number from 1 to 8784',
      price: 'Price is an amount such as 2.50',
    });
  });

  it('leaves out what was left empty, so that the package gives the validity and the price', () => {
    expect(requestOf(valid)).toEqual({ packageId: 'p-1', count: 20 });
    expect(requestOf({ ...valid, prefix: 'shop', codeLength: '8', validityHours: '24', price: '1.50', usableUntil: '2027-01-31T18:00' }))
      .toEqual({ packageId: 'p-1', count: 20, prefix: 'shop', codeLength: 8, validityHours: 24, price: 1.5,
        usableUntil: new Date('2027-01-31T18:00').toISOString() });
  });
});
