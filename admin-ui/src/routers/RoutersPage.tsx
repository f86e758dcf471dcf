import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { api, data } from '../api/client';
import type { RouterView } from '../api/schema';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { CommandDialog } from '../ui/CommandDialog';
import { DataTable } from '../ui/DataTable';
import { withoutEmpty } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { RouterDetailsFields, routerDetails } from './routerDetails';

const SIZE = 20;

const columns: ColumnDef<RouterView, unknown>[] = [
  { accessorKey: 'name', header: 'Name', cell: ({ row }) => <Link to={`/routers/${row.original.id}`}>{row.original.name}</Link> },
  { accessorKey: 'site', header: 'Site' },
  { accessorKey: 'tunnelAddress', header: 'Tunnel address' },
  { accessorKey: 'status', header: 'Status' },
];

export function RoutersPage() {
  const [page, setPage] = useState(0);
  const navigate = useNavigate();
  const routers = useQuery({
    queryKey: ['routers', page],
    queryFn: () => data(api.GET('/api/v1/routers', { params: { query: { page, size: SIZE } } })),
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
      <ErrorMessage>{routers.error?.message}</ErrorMessage>
      <DataTable caption="Routers" columns={columns} rows={routers.data?.items ?? []} page={page} size={SIZE}
                 total={routers.data?.total ?? 0} onPage={setPage} />
    </>
  );
}
