import { useState } from 'react';
import { Link } from 'react-router';
import type { ColumnDef } from '@tanstack/react-table';
import type { VoucherBatchView } from '../api/schema';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { DataTable } from '../ui/DataTable';
import { formatInstant } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { IssueBatchForm } from './IssueBatchForm';
import { useVoucherBatches } from './useVoucherBatches';

const SIZE = 20;

/** The tenant's voucher batches with how many of each are unused, active, expired and revoked. */
export function VouchersPage() {
  const [page, setPage] = useState(0);
  const batches = useVoucherBatches(page, SIZE);
  const columns: ColumnDef<VoucherBatchView, unknown>[] = [
    {
      id: 'package',
      header: 'Package',
      accessorFn: (batch) => batch.packageName,
      cell: ({ row, getValue }) => <Link to={`/vouchers/${row.original.id}`}>{getValue() as string}</Link>,
    },
    { accessorKey: 'count', header: 'Vouchers' },
    { accessorKey: 'unused', header: 'Unused' },
    { accessorKey: 'active', header: 'Active' },
    { accessorKey: 'expired', header: 'Expired' },
    { accessorKey: 'revoked', header: 'Revoked' },
    { accessorKey: 'createdAt', header: 'Created', cell: (c) => formatInstant(c.getValue() as string) },
    { accessorKey: 'usableUntil', header: 'Usable until', cell: (c) => formatInstant(c.getValue() as string) },
  ];

  return (
    <>
      <h1>Vouchers</h1>
      {may(useOperator().role, 'changeVouchers') && (
        <div className="actions">
          <IssueBatchForm />
        </div>
      )}
      <ErrorMessage>{batches.error?.message}</ErrorMessage>
      {batches.data === undefined ? (
        !batches.isError && <p role="status">Loading…</p>
      ) : (
        <DataTable caption="Voucher batches" columns={columns} rows={batches.data.items ?? []} page={page} size={SIZE}
                   total={batches.data.total ?? 0} onPage={setPage} empty="No batch issued yet." />
      )}
    </>
  );
}
