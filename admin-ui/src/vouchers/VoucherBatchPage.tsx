import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { z } from 'zod';
import { api, data } from '../api/client';
import type { VoucherBatchView, VoucherList, VoucherView } from '../api/schema';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { CommandDialog } from '../ui/CommandDialog';
import { DataTable } from '../ui/DataTable';
import { Field } from '../ui/Field';
import { formatInstant } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { useAction } from '../ui/useCommand';
import { useAddressFilters } from '../ui/useAddressFilters';
import { downloadCsv, openCards } from './batchFiles';
import { filtersOf, isReadable, shownCode, STATUS_LABELS, VOUCHER_STATUSES } from './voucherFilters';

const SIZE = 50;
const reason = z.object({ reason: z.string().trim().min(1, 'Say why') });
type Reason = z.infer<typeof reason>;

/** One batch: its counts, its files (CSV, printable cards), and its vouchers by status, each revocable. */
export function VoucherBatchPage() {
  const { id } = useParams() as { id: string };
  const role = useOperator().role;
  const batch = useQuery({
    queryKey: ['voucher-batch', id],
    queryFn: () => data(api.GET('/api/v1/voucher-batches/{id}', { params: { path: { id } } })),
  });

  if (batch.error) {
    return <ErrorMessage>{batch.error.message}</ErrorMessage>;
  }
  if (!batch.data) {
    return <p role="status">Loading…</p>;
  }
  const b = batch.data;
  return (
    <>
      <h1>Vouchers for {b.packageName}</h1>
      <BatchFacts batch={b} />
      <BatchActions batch={b} mayPrint={may(role, 'printVouchers')} mayRevoke={may(role, 'changeVouchers')} />
      <BatchVouchers batchId={id} mayRevoke={may(role, 'changeVouchers')} />
    </>
  );
}

function BatchFacts({ batch: b }: { batch: VoucherBatchView }) {
  return (
    <dl className="facts">
      <dt>Package</dt>
      <dd>{b.packageName}</dd>
      <dt>Vouchers</dt>
      <dd>{b.count}</dd>
      <dt>Unused</dt>
      <dd>{b.unused}</dd>
      <dt>Active</dt>
      <dd>{b.active}</dd>
      <dt>Expired</dt>
      <dd>{b.expired}</dd>
      <dt>Revoked</dt>
      <dd>{b.revoked}</dd>
      <dt>Validity</dt>
      <dd>{b.validityHours} hours from the first login</dd>
      <dt>Price</dt>
      <dd>{b.price ?? '—'}</dd>
      <dt>Created</dt>
      <dd>{formatInstant(b.createdAt)}</dd>
      <dt>Usable until</dt>
      <dd>{b.usableUntil ? formatInstant(b.usableUntil) : 'no end'}</dd>
      {b.revokedAt && (
        <>
          <dt>Revoked at</dt>
          <dd>{formatInstant(b.revokedAt)}</dd>
        </>
      )}
    </dl>
  );
}

function BatchActions({ batch, mayPrint, mayRevoke }: { batch: VoucherBatchView; mayPrint: boolean; mayRevoke: boolean }) {
  const id = batch.id!;
  const csv = useAction(() => downloadCsv(id));
  const cards = useAction(() => openCards(id));
  const usable = !batch.revokedAt && (batch.unused ?? 0) + (batch.active ?? 0) > 0;
  if (!mayPrint && !(mayRevoke && usable)) {
    return null;
  }
  return (
    <div className="actions" role="group" aria-label="Actions">
      {mayPrint && (
        <>
          <button type="button" onClick={csv.run} disabled={csv.busy}>
            Download CSV
          </button>
          <button type="button" onClick={cards.run} disabled={cards.busy}>
            Print cards
          </button>
        </>
      )}
      {mayRevoke && usable && (
        <RevokeDialog
          title="Revoke batch"
          description="Every unused or active voucher of the batch stops working; sessions of active ones are disconnected."
          send={(body) => data(api.POST('/api/v1/voucher-batches/{id}/revoke', { params: { path: { id } }, body }))}
        />
      )}
      <ErrorMessage>{csv.message ?? cards.message}</ErrorMessage>
    </div>
  );
}

function BatchVouchers({ batchId, mayRevoke }: { batchId: string; mayRevoke: boolean }) {
  const { search, change } = useAddressFilters();
  const filters = filtersOf(search);
  const vouchers = useQuery({
    queryKey: ['vouchers', batchId, filters],
    // the same route answers text/csv (the batch's file); this read asks for JSON
    queryFn: async () => (await data(api.GET('/api/v1/voucher-batches/{id}/vouchers', {
      params: { path: { id: batchId }, query: { status: filters.status || undefined, page: filters.page, size: SIZE } },
      headers: { Accept: 'application/json' },
    }))) as VoucherList,
    placeholderData: (previous) => previous,
  });
  const columns: ColumnDef<VoucherView, unknown>[] = [
    { accessorKey: 'number', header: 'Number' },
    { accessorKey: 'code', header: 'Code', cell: (c) => shownCode(c.getValue() as string | undefined) },
    { accessorKey: 'status', header: 'Status', cell: (c) => STATUS_LABELS[c.getValue() as keyof typeof STATUS_LABELS] },
    { accessorKey: 'activatedAt', header: 'Activated', cell: (c) => formatInstant(c.getValue() as string) },
    { accessorKey: 'expiresAt', header: 'Expires', cell: (c) => formatInstant(c.getValue() as string) },
  ];
  if (mayRevoke) {
    columns.push({
      id: 'actions',
      header: 'Actions',
      enableSorting: false,
      cell: ({ row }) => {
        const { code, status } = row.original;
        return isReadable(code) && (status === 'UNUSED' || status === 'ACTIVE') ? <RevokeVoucher code={code} /> : null;
      },
    });
  }

  return (
    <section aria-labelledby="vouchers">
      <h2 id="vouchers">Vouchers</h2>
      <search className="filters">
        <Field label="Status">
          <select value={filters.status} onChange={(e) => change('status', e.target.value)}>
            <option value="">any</option>
            {VOUCHER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </Field>
      </search>
      <ErrorMessage>{vouchers.error?.message}</ErrorMessage>
      {vouchers.data === undefined ? (
        !vouchers.isError && <p role="status">Loading…</p>
      ) : (
        <DataTable caption="Vouchers of the batch" columns={columns} rows={vouchers.data.items ?? []} page={filters.page} size={SIZE}
                   total={vouchers.data.total ?? 0} onPage={(p) => change('page', String(p))}
                   empty={filters.status ? `No ${STATUS_LABELS[filters.status]} voucher.` : 'No voucher.'} />
      )}
    </section>
  );
}

function RevokeVoucher({ code }: { code: string }) {
  return (
    <RevokeDialog
      title={`Revoke ${code}`}
      description="The code stops working; its session, if one is open, is disconnected."
      send={(body) => data(api.POST('/api/v1/vouchers/{code}/revoke', { params: { path: { code } }, body }))}
    />
  );
}

/** A revocation asks why: the reason goes into the voucher's history. */
function RevokeDialog({ title, description, send }: { title: string; description: string; send: (body: Reason) => Promise<unknown> }) {
  return (
    <CommandDialog
      title={title}
      description={description}
      danger
      schema={reason}
      defaultValues={{ reason: '' }}
      send={send}
      fields={(form, errors) => (
        <Field label="Reason" error={errors.reason}>
          <input {...form.register('reason')} />
        </Field>
      )}
    />
  );
}
