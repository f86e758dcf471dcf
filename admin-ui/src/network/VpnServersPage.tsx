import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { api, data } from '../api/client';
import type { VpnServerView } from '../api/schema';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { DataTable } from '../ui/DataTable';
import { Field } from '../ui/Field';
import { formatInstant } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { useAddressFilters } from '../ui/useAddressFilters';
import { AgentKeys } from './AgentKeys';
import { Flags, Load, Services, VpnStatus } from './VpnServerParts';
import { filtersOf, locationOf, VPN_STATUSES, vpnServersQuery } from './vpnFilters';

const SIZE = 50;
/** Agents post every two minutes and a server is DOWN after four; reading every 5 s shows a change as soon as the server knows it. */
export const REFRESH_MILLIS = 5000;

const columns: ColumnDef<VpnServerView, unknown>[] = [
  {
    accessorKey: 'hostname',
    header: 'Server',
    cell: ({ row }) => (
      <>
        <Link to={`/vpn-servers/${row.original.id}`}>{row.original.hostname}</Link> <small>{row.original.ip}</small>
      </>
    ),
  },
  { accessorKey: 'status', header: 'Status', cell: ({ row }) => <VpnStatus status={row.original.status} /> },
  { id: 'location', header: 'Location', accessorFn: locationOf },
  { id: 'services', header: 'Services', enableSorting: false, cell: ({ row }) => <Services services={row.original.services} /> },
  { id: 'load', header: 'Load', accessorFn: (server) => server.load?.cpu, cell: ({ row }) => <Load load={row.original.load} /> },
  { id: 'flags', header: 'Flags', enableSorting: false, cell: ({ row }) => <Flags flags={row.original.flags} /> },
  { accessorKey: 'lastHeartbeatAt', header: 'Last heartbeat', cell: (c) => formatInstant(c.getValue() as string) },
];

/**
 * The WireGuard concentrators as a monitoring dashboard: read again every few seconds, filtered from the address.
 * The country code and service being typed live in the page's own state, as the subscribers' search does: an input
 * fed from the address would drop the keys pressed before it updates.
 */
export function VpnServersPage() {
  const { search, change } = useAddressFilters();
  const [countryCode, setCountryCode] = useState(() => search.get('countryCode') ?? '');
  const [service, setService] = useState(() => search.get('service') ?? '');
  const typedCountryCode = useDeferredValue(countryCode);
  const typedService = useDeferredValue(service);
  const filters = { ...filtersOf(search), countryCode: typedCountryCode, service: typedService };
  const [live, setLive] = useState(true);
  const servers = useQuery({
    queryKey: ['vpn-servers', filters],
    queryFn: () => data(api.GET('/api/v1/vpn-servers', { params: { query: vpnServersQuery(filters, SIZE) } })),
    placeholderData: (previous) => previous,
    refetchInterval: live ? REFRESH_MILLIS : false,
  });

  return (
    <>
      <h1>VPN servers</h1>
      <search className="filters">
        <Field label="Status">
          <select value={filters.status ?? ''} onChange={(e) => change('status', e.target.value)}>
            <option value="">any</option>
            {VPN_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status === 'UP' ? 'up' : 'down'}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Country code">
          <input value={countryCode} size={4} maxLength={2} placeholder="DE"
                 onChange={(e) => {
                   setCountryCode(e.target.value);
                   change('countryCode', e.target.value);
                 }} />
        </Field>
        <Field label="Service">
          <input value={service} placeholder="wg"
                 onChange={(e) => {
                   setService(e.target.value);
                   change('service', e.target.value);
                 }} />
        </Field>
        <label className="check">
          <input type="checkbox" checked={live} onChange={(e) => setLive(e.target.checked)} /> Refresh every {REFRESH_MILLIS / 1000} s
        </label>
      </search>
      <ErrorMessage>{servers.error?.message}</ErrorMessage>
      {servers.data === undefined ? (
        !servers.isError && <p role="status">Loading…</p>
      ) : (
        <>
          <p className="as-of">
            Read at {new Date(servers.dataUpdatedAt).toLocaleTimeString()}; on this page {countOf(servers.data.items ?? [])}
          </p>
          <DataTable caption="VPN servers" columns={columns} rows={servers.data.items ?? []} page={filters.page} size={SIZE}
                     total={servers.data.total ?? 0} empty="No VPN server has sent a heartbeat yet." onPage={(p) => change('page', String(p))} />
        </>
      )}
      {may(useOperator().role, 'manageAgentKeys') && <AgentKeys />}
    </>
  );
}

/** How many of the page's servers are up and down, in one line. */
export function countOf(servers: VpnServerView[]): string {
  const up = servers.filter((server) => server.status === 'UP').length;
  return `${up} up, ${servers.length - up} down`;
}
