import { useState } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import { api, data } from '../api/client';
import type { PackageView } from '../api/schema';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { DataTable } from '../ui/DataTable';
import { formatRate } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { useAction } from '../ui/useCommand';
import { PackageForm } from './PackageForm';
import { quotaSummary } from './packageTerms';
import { usePackages } from './usePackages';

const SIZE = 20;

export function PackagesPage() {
  const [page, setPage] = useState(0);
  const packages = usePackages(page, SIZE);
  const mayChange = may(useOperator().role, 'changeCatalog');

  const columns: ColumnDef<PackageView, unknown>[] = [
    { accessorKey: 'name', header: 'Name' },
    { accessorKey: 'downloadKbps', header: 'Download', cell: (c) => formatRate(c.getValue() as number) },
    { accessorKey: 'uploadKbps', header: 'Upload', cell: (c) => formatRate(c.getValue() as number) },
    { id: 'quota', header: 'Data quota', accessorFn: quotaSummary },
    { accessorKey: 'validityDays', header: 'Validity (days)' },
    { accessorKey: 'price', header: 'Price' },
    { accessorKey: 'status', header: 'Status' },
  ];
  if (mayChange) {
    columns.push({
      id: 'actions',
      header: 'Actions',
      enableSorting: false,
      cell: ({ row }) => (row.original.status === 'ACTIVE' ? <PackageActions pkg={row.original} /> : null),
    });
  }

  return (
    <>
      <h1>Packages</h1>
      {mayChange && <PackageForm />}
      <ErrorMessage>{packages.error?.message}</ErrorMessage>
      <DataTable caption="Packages" columns={columns} rows={packages.data?.items ?? []} page={page} size={SIZE}
                 total={packages.data?.total ?? 0} onPage={setPage} />
    </>
  );
}

function PackageActions({ pkg }: { pkg: PackageView }) {
  const retire = useAction(() => data(api.POST('/api/v1/packages/{id}/retire', { params: { path: { id: pkg.id! } } })));
  return (
    <div className="actions">
      <PackageForm existing={pkg} />
      <button type="button" className="danger" onClick={retire.run} disabled={retire.busy} aria-label={`Retire ${pkg.name}`}>
        Retire
      </button>
      <ErrorMessage>{retire.message}</ErrorMessage>
    </div>
  );
}
