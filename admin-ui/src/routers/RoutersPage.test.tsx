import { describe, expect, it } from 'vitest';
import type { RouterView } from '../api/schema';
import { render, textOf } from '../test/render';
import { healthFilterOf, RoutersPage } from './RoutersPage';
import { RouterPage } from './RouterPage';
import { formatUptime, outageSeconds, windowQuery } from './availability';

const online: RouterView = {
  id: 'r-1', name: 'edge-north', site: 'North', tunnelAddress: '100.64.0.2', status: 'ACTIVE', createdAt: '2026-11-01T08:00:00Z',
  health: 'ONLINE', lastSeenAt: '2026-12-04T09:59:00Z',
  lastReport: { uptimeSeconds: 7500, version: '7.16.2', board: 'RB5009', cpuLoad: 12, freeMemoryBytes: 734_000_000, activeSessions: 87 },
};
const offline: RouterView = { ...online, id: 'r-2', name: 'edge-south', health: 'OFFLINE', lastSeenAt: '2026-12-04T07:00:00Z' };
const unseen: RouterView = { ...online, id: 'r-3', name: 'edge-new', health: 'NEVER_SEEN', lastSeenAt: undefined, lastReport: undefined };
const at = (id: string) => ({ url: `/routers/${id}`, route: '/routers/:id' });

describe('the routers screen', () => {
  it('shows each router health in words and when it was last seen', () => {
    const html = render(<RoutersPage />, 'READONLY', [[['routers', { health: undefined, page: 0 }], { items: [online, offline, unseen], total: 3 }]]);

    expect(html).toMatch(/<span class="status status-health-ONLINE"[^>]*>online<\/span>/);
    expect(html).toMatch(/<span class="status status-health-OFFLINE"[^>]*>offline<\/span>/);
    expect(html).toMatch(/<span class="status status-health-NEVER_SEEN"[^>]*>never seen<\/span>/);
    expect(textOf(html)).toMatch(/edge-new North 100\.64\.0\.2 ACTIVE never seen —/);
  });

  it('filters by health from the address, and says when no router is in that state', () => {
    const html = render(<RoutersPage />, 'READONLY', [[['routers', { health: 'OFFLINE', page: 0 }], { items: [], total: 0 }]],
      { url: '/routers?health=OFFLINE', route: '/routers' });

    expect(html).toMatch(/<option value="OFFLINE" selected="">offline<\/option>/);
    expect(textOf(html)).toContain('No router is offline.');
  });

  it('reads only the known health states from the address', () => {
    expect(healthFilterOf(new URLSearchParams('health=OFFLINE'))).toBe('OFFLINE');
    expect(healthFilterOf(new URLSearchParams('health=offline'))).toBeUndefined();
    expect(healthFilterOf(new URLSearchParams(''))).toBeUndefined();
  });
});

describe("a router's health", () => {
  it('shows its health, last seen and what its last heartbeat reported', () => {
    const html = render(<RouterPage />, 'READONLY', [[['router', 'r-1'], online]], at('r-1'));

    expect(textOf(html)).toContain('Health State online Last seen');
    expect(textOf(html)).toContain('Uptime 2 h 05 min RouterOS 7.16.2 Board RB5009 CPU load 12 % Free memory 734 MB Active sessions 87');
  });

  it('says a router never seen has no report', () => {
    const html = render(<RouterPage />, 'READONLY', [[['router', 'r-3'], unseen]], at('r-3'));

    expect(textOf(html)).toContain('State never seen Last seen never');
    expect(textOf(html)).toContain('No heartbeat report yet.');
  });

  it('shows the uptime over the window and each outage, one still going on as such', () => {
    const html = render(<RouterPage />, 'READONLY', [
      [['router', 'r-2'], offline],
      [['router', 'r-2', 'availability', '7d'], {
        uptimePercent: 98.8095238, outages: [{ from: '2026-12-01T10:00:00Z', to: '2026-12-01T11:00:00Z' }, { from: '2026-12-04T07:04:00Z' }],
      }],
    ], at('r-2'));

    expect(textOf(html)).toContain('Uptime: 98.81 % , 2 outages');
    expect(textOf(html)).toContain('1 h 00 min');
    expect(textOf(html)).toContain('still offline');
  });

  it('asks for availability over a window ending now', () => {
    expect(windowQuery('24h', new Date('2026-12-04T10:00:00Z'))).toEqual({ from: '2026-12-03T10:00:00.000Z', to: '2026-12-04T10:00:00.000Z' });
    expect(formatUptime(100)).toBe('100 %');
    expect(formatUptime(undefined)).toBe('not measured yet');
    expect(outageSeconds({ from: '2026-12-04T09:00:00Z' }, new Date('2026-12-04T09:30:00Z'))).toBe(1800);
  });
});
