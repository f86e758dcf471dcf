import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { api, data } from '../api/client';
import type { SubscriberView } from '../api/schema';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { usePackages } from '../packages/usePackages';
import { DataTable } from '../ui/DataTable';
import { Field } from '../ui/Field';
import { formatInstant } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { useAddressFilters } from '../ui/useAddressFilters';
import { NewSubscriberForm } from './NewSubscriberForm';

const SIZE = 20;
const STATUSES = ['ACTIVE', 'SUSPENDED', 'EXPIRED', 'TERMINATED'] as const;
type Status = (typeof STATUSES)[number];

const columns: ColumnDef<SubscriberView, unknown>[] = [
  { accessorKey: 'accountNumber', header: 'Account' },
  {
    accessorKey: 'username',
    header: 'User name',
    // a forgotten subscriber's user name is erased with the rest of its personal data
    cell: ({ row }) => <Link to={`/subscribers/${row.original.id}`}>{row.original.username ?? 'forgotten subscriber'}</Link>,
  },
  { accessorKey: 'fullName', header: 'Name' },
  { accessorKey: 'type', header: 'Type' },
  { accessorKey: 'packageName', header: 'Package' },
  { accessorKey: 'status', header: 'Status' },
  { accessorKey: 'expiresAt', header: 'Expires', cell: (c) => formatInstant(c.getValue() as string) },
];

/**
 * The search keeps its terms in the address, so a reload or a link shows the same list. The text being
 * typed lives in the page's own state: the address updates after a render, and an input fed from it
 * would drop the keys pressed in between.
 */
export function SubscribersPage() {
  const { search, change } = useAddressFilters();
  const [text, setText] = useState(() => search.get('q') ?? '');
  const status = (search.get('status') ?? '') as Status | '';
  const packageId = search.get('packageId') ?? '';
  const page = Number(search.get('page') ?? 0);
  const typed = useDeferredValue(text);
  const packages = usePackages(0, 500);
  const subscribers = useQuery({
    queryKey: ['subscribers', typed, status, packageId, page],
    queryFn: () =>
      data(api.GET('/api/v1/subscribers', {
        params: { query: { q: typed || undefined, status: status || undefined, packageId: packageId || undefined, page, size: SIZE } },
      })),
    placeholderData: (previous) => previous,
  });

  return (
    <>
      <h1>Subscribers</h1>
      {may(useOperator().role, 'changeSubscribers') && <NewSubscriberForm />}
      <search className="filters">
        <Field label="Search">
          <input type="search" value={text} placeholder="user name, account, name or phone"
                 onChange={(e) => {
                   setText(e.target.value);
                   change('q', e.target.value);
                 }} />
        </Field>
        <Field label="Status">
          <select value={status} onChange={(e) => change('status', e.target.value)}>
            <option value="">any</option>
            {STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </Field>
        <Field label="Package">
          <select value={packageId} onChange={(e) => change('packageId', e.target.value)}>
            <option value="">any</option>
            {(packages.data?.items ?? []).map((pkg) => (
              <option key={pkg.id} value={pkg.id}>
                {pkg.name}
              </option>
            ))}
          </select>
        </Field>
      </search>
      <ErrorMessage>{subscribers.error?.message}</ErrorMessage>
      <DataTable caption="Subscribers" columns={columns} rows={subscribers.data?.items ?? []} page={page} size={SIZE}
                 total={subscribers.data?.total ?? 0} onPage={(p) => change('page', String(p))} />
    </>
  );
}
