import { describe, expect, it } from 'vitest';
import type { VpnServerView } from '../api/schema';
import { render, textOf } from '../test/render';
import { VpnServersPage, countOf } from './VpnServersPage';
import { VpnServerPage } from './VpnServerPage';
import { filtersOf, formatLoad, formatMbps, locationOf, vpnServersQuery, type VpnFilters } from './vpnFilters';
import { flagsOf, isEndpoint, tagsOf } from './vpnServerForms';

const frankfurt: VpnServerView = {
  id: 'v-1', ip: '203.0.113.10', hostname: 'vpn-fra-1', countryCode: 'DE', country: 'Germany', region: 'Hesse', city: 'Frankfurt',
  status: 'UP', firstHeartbeatAt: '2026-11-01T08:00:00Z', lastHeartbeatAt: '2026-12-04T09:58:00Z',
  services: [{ name: 'wg', active: true }, { name: 'unbound', active: false }], load: { cpu: 42.4, ram: 61, net: 7.25 },
  flags: { enabled: true, static: true, tags: ['gaming', 'paid'] },
};
const nairobi: VpnServerView = {
  ...frankfurt, id: 'v-2', hostname: 'vpn-nbo-1', ip: '198.51.100.7', countryCode: 'KE', country: 'Kenya', region: undefined, city: 'Nairobi',
  status: 'DOWN', flags: { enabled: false, static: false, tags: [] }, wireguardEndpoint: 'vpn-nbo-1.example.net:51820',
  publicKey: 'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=',
};
const all: VpnFilters = { status: undefined, countryCode: '', service: '', page: 0 };
const list = (items: VpnServerView[], filters = all) => [[['vpn-servers', filters], { items, total: items.length, page: 0, size: 50 }]] as [unknown[], unknown][];

describe('the VPN servers screen', () => {
  it('shows each server: status in words, location, services (a stopped one said to be), load and flags', () => {
    const text = textOf(render(<VpnServersPage />, 'READONLY', list([frankfurt, nairobi])));

    expect(text).toContain('vpn-fra-1 203.0.113.10 up Frankfurt, Hesse, Germany (DE) wg unbound (stopped) CPU 42 %, RAM 61 %, net 7.3 Mbit/s enabled static #gaming #paid');
    expect(text).toContain('vpn-nbo-1 198.51.100.7 down Nairobi, Kenya (KE)');
    expect(text).toContain('disabled');
    expect(text).toContain('on this page 1 up, 1 down');
  });

  it('links each server to its screen, and offers live refresh', () => {
    const html = render(<VpnServersPage />, 'READONLY', list([frankfurt]));

    expect(html).toMatch(/<a href="\/vpn-servers\/v-1"[^>]*>vpn-fra-1<\/a>/);
    expect(textOf(html)).toContain('Refresh every 5 s');
  });

  it('takes its filters from the address', () => {
    const filters: VpnFilters = { status: 'DOWN', countryCode: 'ke', service: 'wg', page: 0 };
    const html = render(<VpnServersPage />, 'READONLY', list([], filters), { url: '/vpn-servers?status=DOWN&countryCode=ke&service=wg', route: '/vpn-servers' });

    expect(html).toMatch(/<option value="DOWN" selected="">down<\/option>/);
    expect(textOf(html)).toContain('No VPN server has sent a heartbeat yet.');
    expect(filtersOf(new URLSearchParams('status=SIDEWAYS'))).toEqual(all);
    expect(vpnServersQuery(filters, 50)).toEqual({ status: 'DOWN', countryCode: 'KE', service: 'wg', page: 0, size: 50 });
    expect(vpnServersQuery(all, 50)).toEqual({ status: undefined, countryCode: undefined, service: undefined, page: 0, size: 50 });
  });

  it('shows agent keys to the roles that manage them only', () => {
    const keys: [unknown[], unknown] = [['vpn-agent-keys'], { items: [{ id: 'k-1', createdAt: '2026-11-01T08:00:00Z' },
      { id: 'k-2', createdAt: '2026-10-01T08:00:00Z', revokedAt: '2026-11-02T08:00:00Z' }] }];
    const owner = render(<VpnServersPage />, 'OWNER', [...list([]), keys]);
    const readonly = render(<VpnServersPage />, 'READONLY', [...list([]), keys]);

    expect(textOf(owner)).toMatch(/k-1 .* in use/);
    expect(textOf(owner)).toMatch(/k-2 .* revoked/);
    expect(owner).toContain('>Create agent key</button>');
    expect(textOf(owner)).toContain('Revoke key k-1');
    expect(textOf(owner)).not.toContain('Revoke key k-2');
    expect(readonly).not.toContain('Agent keys');
  });

  it('counts, formats and places servers', () => {
    expect(countOf([frankfurt, nairobi, nairobi])).toBe('1 up, 2 down');
    expect(formatLoad(0.25)).toBe('0.3 %');
    expect(formatLoad(undefined)).toBe('—');
    expect(formatMbps(940.4)).toBe('940 Mbit/s');
    expect(locationOf({ city: 'Nairobi', country: 'Kenya', countryCode: 'KE' })).toBe('Nairobi, Kenya (KE)');
  });
});

describe('a VPN server', () => {
  const at = (id: string) => ({ url: `/vpn-servers/${id}`, route: '/vpn-servers/:id' });

  it('shows its WireGuard side, and offers editing to the roles that may', () => {
    const owner = render(<VpnServerPage />, 'OWNER', [[['vpn-server', 'v-2'], nairobi]], at('v-2'));
    const readonly = render(<VpnServerPage />, 'READONLY', [[['vpn-server', 'v-2'], nairobi]], at('v-2'));

    expect(textOf(owner)).toContain('Endpoint vpn-nbo-1.example.net:51820 Public key xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=');
    expect(owner).toContain('>Edit flags</button>');
    expect(owner).toContain('>Edit WireGuard</button>');
    expect(readonly).not.toContain('Edit');
  });

  it('says when routers fall back to the default WireGuard server', () => {
    const text = textOf(render(<VpnServerPage />, 'READONLY', [[['vpn-server', 'v-1'], frankfurt]], at('v-1')));

    expect(text).toContain('Endpoint not set Public key not set');
    expect(text).toContain('setup scripts use the installation&#x27;s default WireGuard server');
  });

  it('reads tags and endpoints as typed', () => {
    expect(tagsOf(' gaming, streaming  paid,gaming ')).toEqual(['gaming', 'streaming', 'paid']);
    expect(flagsOf({ enabled: false, static: true, tags: '' })).toEqual({ enabled: false, static: true, tags: [] });
    expect(isEndpoint('vpn1.example.net:51820')).toBe(true);
    expect(isEndpoint('[2001:db8::1]:51820')).toBe(true);
    expect(isEndpoint('vpn1.example.net')).toBe(false);
    expect(isEndpoint('vpn1.example.net:70000')).toBe(false);
  });
});
