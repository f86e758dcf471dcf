import type { VpnServerView } from '../api/schema';

export type VpnServerStatus = NonNullable<VpnServerView['status']>;

export const VPN_STATUSES: readonly VpnServerStatus[] = ['UP', 'DOWN'];

/** Which servers the VPN-servers screen lists: by status, country (ISO 3166 alpha-2) and service running on them. */
export interface VpnFilters {
  status?: VpnServerStatus;
  countryCode: string;
  service: string;
  page: number;
}

/** The filters kept in the page's address; an unknown status shows every server. */
export function filtersOf(search: URLSearchParams): VpnFilters {
  const status = search.get('status');
  return {
    status: (VPN_STATUSES as readonly string[]).includes(status ?? '') ? (status as VpnServerStatus) : undefined,
    countryCode: search.get('countryCode') ?? '',
    service: search.get('service') ?? '',
    page: Number(search.get('page') ?? 0) || 0,
  };
}

/** The filters as the query of GET /api/v1/vpn-servers: empty ones are left out, a country code in capitals. */
export function vpnServersQuery({ status, countryCode, service, page }: VpnFilters, size: number) {
  return {
    status,
    countryCode: countryCode.trim().toUpperCase() || undefined,
    service: service.trim() || undefined,
    page,
    size,
  };
}

/** A load average as a share: "42 %", one decimal below 10. */
export function formatLoad(value: number | undefined): string {
  if (value === undefined || value === null) {
    return '—';
  }
  return `${value < 10 ? Number(value.toFixed(1)) : Math.round(value)} %`;
}

/** A network load in Mbit/s, as the agent averages it: "7.3 Mbit/s". */
export function formatMbps(value: number | undefined): string {
  if (value === undefined || value === null) {
    return '—';
  }
  return `${value < 10 ? Number(value.toFixed(1)) : Math.round(value)} Mbit/s`;
}

/** Where a server is: "Frankfurt, Hesse, Germany (DE)", without the parts it did not send. */
export function locationOf(server: { city?: string; region?: string; country?: string; countryCode?: string }): string {
  const place = [server.city, server.region, server.country].filter(Boolean).join(', ');
  return server.countryCode ? `${place} (${server.countryCode})` : place;
}
