import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import { DataTable } from '../ui/DataTable';
import { ErrorMessage } from '../ui/Message';
import { sessionColumns } from './sessionColumns';
import { REFRESH_MILLIS } from './SessionsPage';
import { routerNames, useRouters } from './useRouterNames';

const SIZE = 10;

/** A subscriber's sessions, newest first, the open ones read again every few seconds like the sessions screen. */
export function SubscriberSessions({ subscriberId }: { subscriberId: string }) {
  const [page, setPage] = useState(0);
  const names = routerNames(useRouters());
  const sessions = useQuery({
    queryKey: ['subscriber', subscriberId, 'sessions', page],
    queryFn: () => data(api.GET('/api/v1/subscribers/{id}/sessions', { params: { path: { id: subscriberId }, query: { page, size: SIZE } } })),
    placeholderData: (previous) => previous,
    refetchInterval: REFRESH_MILLIS,
  });

  return (
    <section aria-labelledby="sessions">
      <h2 id="sessions">Sessions</h2>
      <ErrorMessage>{sessions.error?.message}</ErrorMessage>
      {sessions.data === undefined ? (
        !sessions.isError && <p role="status">Loading…</p>
      ) : (
        <DataTable caption="Sessions, newest first" columns={sessionColumns(names, 'subscriber')} rows={sessions.data.items ?? []}
                   page={page} size={SIZE} total={sessions.data.total ?? 0} onPage={setPage} empty="No session yet." />
      )}
    </section>
  );
}
