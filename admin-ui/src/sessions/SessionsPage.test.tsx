import { describe, expect, it } from 'vitest';
import type { SessionView } from '../api/schema';
import { render, textOf } from '../test/render';
import { SessionsPage } from './SessionsPage';

const router = { id: 'r-1', name: 'edge-north' };
const online: SessionView = {
  sessionId: 'a1', subscriberId: 's-1', username: 'alice', routerId: 'r-1', nasAddress: '100.64.0.2', framedIp: '10.10.0.7',
  callingStationId: 'AA:BB:CC:00:11:22', startedAt: '2026-12-03T08:00:00Z', lastUpdateAt: '2026-12-03T09:00:00Z',
  uploadBytes: 52_000_000, downloadBytes: 1_250_000_000, status: 'ONLINE',
};
const stale: SessionView = { ...online, sessionId: 'b2', subscriberId: 's-2', username: 'bob', routerId: 'r-gone', status: 'STALE' };
const filters = { shown: 'online', routerId: '', q: '', page: 0 };

describe('the sessions screen', () => {
  it('lists each session with its subscriber, router, addresses and traffic in readable units', () => {
    const html = render(<SessionsPage />, 'READONLY', [
      [['routers', 'all'], { items: [router], total: 1 }],
      [['sessions', filters], { items: [online], total: 1, page: 0, size: 50 }],
    ]);

    expect(html).toMatch(/<a href="\/subscribers\/s-1"[^>]*>alice<\/a>/);
    expect(html).toMatch(/<a href="\/routers\/r-1"[^>]*>edge-north<\/a>/);
    expect(textOf(html)).toContain('10.10.0.7 AA:BB:CC:00:11:22');
    expect(textOf(html)).toContain('52 MB 1.3 GB online');
  });

  it('shows a stale session as stale, not online, and a router it cannot name by its address', () => {
    const html = render(<SessionsPage />, 'READONLY', [[['sessions', filters], { items: [stale], total: 1 }]]);

    expect(html).toMatch(/<span class="status status-session-STALE"[^>]*>stale<\/span>/);
    expect(html).not.toContain('status-session-ONLINE');
    expect(textOf(html)).toContain('bob 100.64.0.2 10.10.0.7');
  });

  it('says when no session is online, and pages what there is', () => {
    const empty = render(<SessionsPage />, 'READONLY', [[['sessions', filters], { items: [], total: 0 }]]);
    const many = render(<SessionsPage />, 'READONLY', [[['sessions', filters], { items: [online], total: 120 }]]);

    expect(textOf(empty)).toContain('No session is online.');
    expect(textOf(many)).toContain('Page 1 of 3 (120 in all)');
  });

  it('says it is loading before the first answer', () => {
    expect(render(<SessionsPage />, 'READONLY')).toContain('<p role="status">Loading…</p>');
  });
});
