import { describe, expect, it } from 'vitest';
import type { VoucherBatchView, VoucherView } from '../api/schema';
import type { Role } from '../auth/permissions';
import { render, textOf } from '../test/render';
import { VoucherBatchPage } from './VoucherBatchPage';
import { VouchersPage } from './VouchersPage';

const batch: VoucherBatchView = {
  id: 'b-1', packageId: 'p-1', packageName: 'Day pass', count: 20, prefix: 'shop', validityHours: 24, price: 1.5, unused: 15, active: 3, expired: 1, revoked: 1,
  createdAt: '2026-12-03T08:00:00Z', usableUntil: '2027-01-31T00:00:00Z',
};
const unused: VoucherView = { number: 1, code: 'shopk7x9m2', status: 'UNUSED' };
const active: VoucherView = { number: 2, code: 'shopq4r8t6', status: 'ACTIVE', activatedAt: '2026-12-03T09:00:00Z', expiresAt: '2026-12-04T09:00:00Z' };
const any = { status: '', page: 0 };

function batchScreen(role: Role, vouchers: VoucherView[], shown = batch): string {
  return render(<VoucherBatchPage />, role, [
    [['voucher-batch', 'b-1'], shown],
    [['vouchers', 'b-1', any], { items: vouchers, total: vouchers.length }],
  ], { url: '/vouchers/b-1', route: '/vouchers/:id' });
}

describe('the vouchers screen', () => {
  it('lists each batch by its package, with how many vouchers are unused, active, expired and revoked', () => {
    const html = render(<VouchersPage />, 'READONLY', [[['voucher-batches', 0, 20], { items: [batch], total: 1 }]]);

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
    expect(text).toContain('Vouchers 20 Unused 15 Active 3 Expired 1 Revoked 1 Validity 24 hours from the first login Price 1.5');
    expect(text).toContain('1 shopk7x9m2 unused');
    expect(text).toContain('2 shopq4r8t6 active');
    expect(text).toContain('Download CSV');
    expect(text).toContain('Print cards');
    expect(text).toContain('Revoke batch');
    expect(text).toContain('Revoke shopk7x9m2');
    expect(text).toContain('Revoke shopq4r8t6');
  });

  it('offers no file and no revocation to a read-only operator, and says a code the server masks is hidden', () => {
    const text = textOf(batchScreen('READONLY', [{ number: 1, code: '***', status: 'UNUSED' }]));

    expect(text).toContain('1 hidden unused');
    expect(text).not.toMatch(/Download CSV|Print cards|Revoke\s/);
  });

  it('offers an operator at the counter the files and the revocations too', () => {
    const text = textOf(batchScreen('OPERATOR', [unused]));

    expect(text).toMatch(/Download CSV Print cards Revoke batch/);
    expect(text).toContain('Revoke shopk7x9m2');
  });

  it('offers no revocation of a batch with nothing left to revoke, nor of an expired or revoked voucher', () => {
    const spent = { ...batch, unused: 0, active: 0, expired: 12, revoked: 8 };
    const text = textOf(batchScreen('OWNER', [{ number: 1, code: 'shopa2b3c4', status: 'EXPIRED' }, { number: 2, code: 'shopd5e6f7', status: 'REVOKED' }], spent));

    expect(text).not.toMatch(/Revoke\s/);
    expect(text).toContain('1 shopa2b3c4 expired');
  });

  it('says when the batch was revoked, and offers no second revocation of it', () => {
    const text = textOf(batchScreen('OWNER', [active], { ...batch, revokedAt: '2026-12-03T10:00:00Z' }));

    expect(text).toContain('Revoked at Dec 3, 2026');
    expect(text).not.toContain('Revoke batch');
  });
});
