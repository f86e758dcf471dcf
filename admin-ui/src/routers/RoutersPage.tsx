import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { api, data } from '../api/client';
import type { RouterView } from '../api/schema';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { CommandDialog } from '../ui/CommandDialog';
import { DataTable } from '../ui/DataTable';
import { Field } from '../ui/Field';
import { formatInstant, withoutEmpty } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { useAddressFilters } from '../ui/useAddressFilters';
import { HEALTH_LABELS, ROUTER_HEALTH_STATES, RouterHealthBadge, routerHealthOf, type RouterHealthState } from './RouterHealth';
import { RouterDetailsFields, routerDetails } from './routerDetails';

const SIZE = 20;

const columns: ColumnDef<RouterView, unknown>[] = [
  { accessorKey: 'name', header: 'Name', cell: ({ row }) => <Link to={`/routers/${row.original.id}`}>{row.original.name}</Link> },
  { accessorKey: 'site', header: 'Site' },
  { accessorKey: 'tunnelAddress', header: 'Tunnel address' },
  { accessorKey: 'status', header: 'Status' },
  { accessorKey: 'health', header: 'Health', cell: ({ row }) => <RouterHealthBadge health={row.original.health} /> },
  { accessorKey: 'lastSeenAt', header: 'Last seen', cell: (c) => formatInstant(c.getValue() as string | undefined) },
];

/** The health filter kept in the address; anything else shows every router. */
export function healthFilterOf(search: URLSearchParams): RouterHealthState | undefined {
  return routerHealthOf(search.get('health'));
}

export function RoutersPage() {
  const { search, change } = useAddressFilters();
  const health = healthFilterOf(search);
  const page = Number(search.get('page') ?? 0) || 0;
  const navigate = useNavigate();
  const routers = useQuery({
    queryKey: ['routers', { health, page }],
    queryFn: () => data(api.GET('/api/v1/routers', { params: { query: { health, page, size: SIZE } } })),
  });

  return (
    <>
      <h1>Routers</h1>
      {may(useOperator().role, 'changeCatalog') && (
        <CommandDialog
          title="Register router"
          description="The router gets its tunnel address and RADIUS secret; its setup script configures it."
          schema={routerDetails}
          defaultValues={{ name: '', site: '', description: '' }}
          send={(details) => data(api.POST('/api/v1/routers', { body: withoutEmpty(details) as { name: string } }))}
          done={(answer) => navigate(`/routers/${answer.id}`)}
          fields={(form, errors) => <RouterDetailsFields form={form} errors={errors} />}
        />
      )}
      <search className="filters">
        <Field label="Health">
          <select value={health ?? ''} onChange={(e) => change('health', e.target.value)}>
            <option value="">any</option>
            {ROUTER_HEALTH_STATES.map((state) => (
              <option key={state} value={state}>
                {HEALTH_LABELS[state]}
              </option>
            ))}
          </select>
        </Field>
      </search>
      <ErrorMessage>{routers.error?.message}</ErrorMessage>
      <DataTable caption="Routers" columns={columns} rows={routers.data?.items ?? []} page={page} size={SIZE}
                 total={routers.data?.total ?? 0} empty={health ? `No router is ${HEALTH_LABELS[health]}.` : 'No router registered yet.'}
                 onPage={(p) => change('page', String(p))} />
    </>
  );
}
