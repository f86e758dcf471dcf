import { describe, expect, it } from 'vitest';
import { render, textOf } from '../test/render';
import { DashboardPage } from './DashboardPage';

describe('the dashboard', () => {
  it('shows how many sessions are online, linking to them', () => {
    const html = render(<DashboardPage />, 'READONLY', [[['dashboard'], { onlineSessions: 1234, subscribersByStatus: { ACTIVE: 2000 } }]]);

    expect(html).toMatch(/<a href="\/sessions"[^>]*>1234 sessions<\/a>/);
  });

  it('counts the vouchers by status, linking to them', () => {
    const html = render(<DashboardPage />, 'READONLY', [[['dashboard'], { vouchers: { unused: 120, active: 14, expired: 30, revoked: 2 } }]]);

    expect(html).toMatch(/<a href="\/vouchers"[^>]*>Vouchers<\/a>/);
    expect(textOf(html)).toContain('unused 120 active 14 expired 30 revoked 2');
  });
});
