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

  it('shows the network: routers online and offline, VPN servers up and down, each linking to its filtered list', () => {
    const html = render(<DashboardPage />, 'READONLY', [[['dashboard'], { routersOnline: 41, routersOffline: 3, vpnServersUp: 12, vpnServersDown: 1 }]]);

    expect(textOf(html)).toContain('Network Routers online 41 Routers offline 3 VPN servers up 12 VPN servers down 1');
    expect(html).toMatch(/<a href="\/routers\?health=OFFLINE"[^>]*>3<\/a>/);
    expect(html).toMatch(/<a href="\/vpn-servers\?status=DOWN"[^>]*>1<\/a>/);
  });

  it('counts nothing online before the network reports', () => {
    expect(textOf(render(<DashboardPage />, 'READONLY', [[['dashboard'], {}]]))).toContain('Routers online 0 Routers offline 0 VPN servers up 0 VPN servers down 0');
  });
});
