import { describe, expect, it } from 'vitest';
import type { VoucherBatchView, VoucherView } from '../api/schema';
import type { Role } from '../auth/permissions';
import { render, textOf } from '../test/render';
import { VoucherBatchPage } from './VoucherBatchPage';
import { VouchersPage } from './VouchersPage';

const packages: [string[] | (string | number)[], unknown] = [['packages', 0, 500], { items: [{ id: 'p-1', name: 'Day pass', status: 'ACTIVE' }], total: 1 }];
const batch: VoucherBatchView = {
  id: 'b-1', packageId: 'p-1', count: 20, unused: 15, active: 3, expired: 1, revoked: 1,
  createdAt: '2026-12-03T08:00:00Z', usableUntil: '2027-01-31T00:00:00Z',
};
const unused: VoucherView = { code: 'shopk7x9m2', status: 'UNUSED' };
const active: VoucherView = { code: 'shopq4r8t6', status: 'ACTIVE', activatedAt: '2026-12-03T09:00:00Z', expiresAt: '2026-12-04T09:00:00Z' };
const any = { status: '', page: 0 };

function batchScreen(role: Role, vouchers: VoucherView[], shown = batch): string {
  return render(<VoucherBatchPage />, role, [
    packages,
    [['voucher-batch', 'b-1'], shown],
    [['vouchers', 'b-1', any], { items: vouchers, total: vouchers.length }],
  ], { url: '/vouchers/b-1', route: '/vouchers/:id' });
}

describe('the vouchers screen', () => {
  it('lists each batch by its package, with how many vouchers are unused, active, expired and revoked', () => {
    const html = render(<VouchersPage />, 'READONLY', [packages, [['voucher-batches', 0, 20], { items: [batch], total: 1 }]]);

    expect(html).toMatch(/<a href="\/vouchers\/b-1"[^>]*>Day pass<\/a>/);
    expect(textOf(html)).toContain('Day pass 20 15 3 1 1');
  });

  it('offers to issue a batch only to the roles that may', () => {
    const answers: [string[] | (string | number)[], unknown][] = [[['voucher-batches', 0, 20], { items: [], total: 0 }]];

    expect(textOf(render(<VouchersPage />, 'OWNER', answers))).toContain('Issue batch');
    expect(textOf(render(<VouchersPage />, 'READONLY', answers))).not.toContain('Issue batch');
    expect(textOf(render(<VouchersPage />, 'READONLY', answers))).toContain('No batch issued yet.');
  });
});

describe('a batch screen', () => {
  it('shows the counts and the vouchers with their codes, the files and the revocations to an owner', () => {
    const html = batchScreen('OWNER', [unused, active]);
    const text = textOf(html);

    expect(html).toContain('<h1>Vouchers for Day pass</h1>');
    expect(text).toContain('Vouchers 20 Unused 15 Active 3 Expired 1 Revoked 1');
    expect(text).toContain('shopk7x9m2 unused');
    expect(text).toContain('shopq4r8t6 active');
    expect(text).toContain('Download CSV');
    expect(text).toContain('Print cards');
    expect(text).toContain('Revoke batch');
    expect(text).toContain('Revoke shopk7x9m2');
    expect(text).toContain('Revoke shopq4r8t6');
  });

  it('offers no file and no revocation to a read-only operator, and says a code the server withholds is hidden', () => {
    const text = textOf(batchScreen('READONLY', [{ status: 'UNUSED' }]));

    expect(text).toContain('hidden unused');
    expect(text).not.toMatch(/Download CSV|Print cards|Revoke\s/);
  });

  it('offers no revocation of a batch with nothing left to revoke, nor of an expired or revoked voucher', () => {
    const spent = { ...batch, unused: 0, active: 0, expired: 12, revoked: 8 };
    const text = textOf(batchScreen('OWNER', [{ code: 'shopa2b3c4', status: 'EXPIRED' }, { code: 'shopd5e6f7', status: 'REVOKED' }], spent));

    expect(text).not.toMatch(/Revoke\s/);
    expect(text).toContain('shopa2b3c4 expired');
  });
});
