import { Link } from 'react-router';
import type { ColumnDef } from '@tanstack/react-table';
import type { SessionView } from '../api/schema';
import { formatBytes, formatInstant } from '../ui/format';
import { SessionStatus } from './SessionStatus';

/**
 * The columns of a list of sessions. The router is named when its name is known (else its address
 * as the router reported it). The list of sessions links each to its subscriber; a subscriber's own
 * screen lists ended sessions too, so it adds when and why they ended.
 */
export function sessionColumns(routerNames: ReadonlyMap<string, string>, where: 'sessions' | 'subscriber'): ColumnDef<SessionView, unknown>[] {
  const username: ColumnDef<SessionView, unknown> = {
    accessorKey: 'username',
    header: 'User name',
    cell: ({ row }) =>
      row.original.subscriberId ? <Link to={`/subscribers/${row.original.subscriberId}`}>{row.original.username}</Link> : row.original.username,
  };
  const ended: ColumnDef<SessionView, unknown>[] = [
    { accessorKey: 'stoppedAt', header: 'Ended', cell: (c) => formatInstant(c.getValue() as string) },
    { accessorKey: 'terminateCause', header: 'Cause', cell: (c) => (c.getValue() as string | undefined) ?? '—' },
  ];
  return [
    ...(where === 'sessions' ? [username] : []),
    {
      id: 'router',
      header: 'Router',
      accessorFn: (s) => (s.routerId && routerNames.get(s.routerId)) ?? s.nasAddress,
      cell: ({ row, getValue }) =>
        row.original.routerId && routerNames.has(row.original.routerId) ? (
          <Link to={`/routers/${row.original.routerId}`}>{getValue() as string}</Link>
        ) : (
          (getValue() as string)
        ),
    },
    { accessorKey: 'framedIp', header: 'IP address' },
    { accessorKey: 'callingStationId', header: 'MAC address' },
    { accessorKey: 'startedAt', header: 'Started', cell: (c) => formatInstant(c.getValue() as string) },
    { accessorKey: 'lastUpdateAt', header: 'Last update', cell: (c) => formatInstant(c.getValue() as string) },
    { accessorKey: 'uploadBytes', header: 'Up', cell: (c) => formatBytes(c.getValue() as number) },
    { accessorKey: 'downloadBytes', header: 'Down', cell: (c) => formatBytes(c.getValue() as number) },
    {
      accessorKey: 'status',
      header: 'Status',
      cell: ({ row }) => <SessionStatus session={row.original} />,
    },
    ...(where === 'subscriber' ? ended : []),
  ];
}
