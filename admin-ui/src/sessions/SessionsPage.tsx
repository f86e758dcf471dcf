import { useDeferredValue, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import { DataTable } from '../ui/DataTable';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/Message';
import { useAddressFilters } from '../ui/useAddressFilters';
import { sessionColumns } from './sessionColumns';
import { filtersOf, sessionsQuery, SHOWN, type SessionFilters } from './sessionFilters';
import { routerNames, useRouters } from './useRouterNames';

const SIZE = 50;
/** Routers send an interim update every few minutes; reading every 5 s shows a login or a logout promptly enough. */
export const REFRESH_MILLIS = 5000;
const EMPTY = { online: 'No session is online.', offline: 'No stale or ended session.', all: 'No session yet.' } as const;
const SHOWN_LABELS = { online: 'online', offline: 'stale or ended', all: 'all' } as const;

/**
 * Who is online now, read again every few seconds. The filters live in the address (a reload or a
 * link shows the same list); the text being typed in the page's state, as on the subscribers screen.
 */
export function SessionsPage() {
  const { search, change } = useAddressFilters();
  const filters = filtersOf(search);
  const [text, setText] = useState(filters.q);
  const typed = useDeferredValue(text);
  const [live, setLive] = useState(true);
  const routers = useRouters();
  const names = routerNames(routers);
  const shownFilters: SessionFilters = { ...filters, q: typed };
  const sessions = useQuery({
    queryKey: ['sessions', shownFilters],
    queryFn: () => data(api.GET('/api/v1/sessions', { params: { query: sessionsQuery(shownFilters, SIZE) } })),
    placeholderData: (previous) => previous,
    refetchInterval: live ? REFRESH_MILLIS : false,
  });

  return (
    <>
      <h1>Sessions</h1>
      <search className="filters">
        <Field label="Show">
          <select value={filters.shown} onChange={(e) => change('shown', e.target.value)}>
            {SHOWN.map((shown) => (
              <option key={shown} value={shown}>
                {SHOWN_LABELS[shown]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Router">
          <select value={filters.routerId} onChange={(e) => change('routerId', e.target.value)}>
            <option value="">any</option>
            {(routers.data?.items ?? []).map((router) => (
              <option key={router.id} value={router.id}>
                {router.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Search">
          <input type="search" value={text} placeholder="user name, IP or MAC address"
                 onChange={(e) => {
                   setText(e.target.value);
                   change('q', e.target.value);
                 }} />
        </Field>
        <label className="check">
          <input type="checkbox" checked={live} onChange={(e) => setLive(e.target.checked)} /> Refresh every {REFRESH_MILLIS / 1000} s
        </label>
      </search>
      <ErrorMessage>{sessions.error?.message}</ErrorMessage>
      {sessions.data === undefined ? (
        !sessions.isError && <p role="status">Loading…</p>
      ) : (
        <>
          <p className="as-of">Read at {new Date(sessions.dataUpdatedAt).toLocaleTimeString()}</p>
          <DataTable caption="Sessions" columns={sessionColumns(names, 'sessions')} rows={sessions.data.items ?? []}
                     page={filters.page} size={SIZE} total={sessions.data.total ?? 0} empty={EMPTY[filters.shown]} onPage={(p) => change('page', String(p))} />
        </>
      )}
    </>
  );
}
