import { useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { z } from 'zod';
import { api, data } from '../api/client';
import type { SessionControlEntry, SessionControlLog } from '../api/schema';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { CommandDialog } from '../ui/CommandDialog';
import { DataTable } from '../ui/DataTable';
import { Field } from '../ui/Field';
import { describe, formatInstant } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { errorCause } from './errorCauses';
import { routerNames, useRouters } from './useRouterNames';

const SIZE = 20;
/** How long the screen keeps asking for the routers' answers to a disconnect: the retries with backoff end well within it. */
const ANSWER_WAIT_MILLIS = 30_000;
const POLL_MILLIS = 1000;

function columns(names: ReadonlyMap<string, string>): ColumnDef<SessionControlEntry, unknown>[] {
  return [
    { accessorKey: 'sentAt', header: 'Sent', cell: (c) => formatInstant(c.getValue() as string) },
    { accessorKey: 'kind', header: 'Kind' },
    { accessorKey: 'trigger', header: 'Because of', cell: (c) => describe(c.getValue() as string) },
    { accessorKey: 'outcome', header: 'Outcome', cell: (c) => <span className={`outcome-${c.getValue()}`}>{c.getValue() as string}</span> },
    { accessorKey: 'errorCause', header: 'Error cause', cell: (c) => errorCause(c.getValue() as number | undefined) },
    { id: 'router', header: 'Router', accessorFn: (e) => (e.routerId && names.get(e.routerId)) ?? e.routerId ?? '—' },
    { accessorKey: 'sessionId', header: 'Session', cell: (c) => (c.getValue() as string | undefined) ?? '—' },
  ];
}

/** An entry as it stands: a PENDING request that the router then answers is a new entry. */
export function entryKey(entry: SessionControlEntry): string {
  return [entry.sentAt, entry.sessionId, entry.routerId, entry.kind, entry.outcome].join('|');
}

/**
 * What came of a disconnect so far: the entries that were not in the log before it, counted by
 * outcome ("ACK 2, TIMEOUT 1"); null while there is none, or while a request is still PENDING.
 */
export function outcomeOf(entries: readonly SessionControlEntry[], before: ReadonlySet<string>): string | null {
  const added = entries.filter((entry) => !before.has(entryKey(entry)));
  if (added.length === 0 || added.some((entry) => entry.outcome === 'PENDING')) {
    return null;
  }
  const counts = new Map<string, number>();
  added.forEach((entry) => counts.set(entry.outcome ?? '?', (counts.get(entry.outcome ?? '?') ?? 0) + 1));
  return [...counts].map(([outcome, count]) => `${outcome} ${count}`).join(', ');
}

/**
 * The CoA and Disconnect requests sent for a subscriber's sessions and what the routers answered,
 * and, for the roles that may, a Disconnect button. The command answers once it is recorded; the
 * routers answer after it, so the log is read every second until they have (or 30 s have passed).
 */
export function SessionControl({ subscriberId }: { subscriberId: string }) {
  const role = useOperator().role;
  const names = routerNames(useRouters());
  const [page, setPage] = useState(0);
  const [waiting, setWaiting] = useState<{ before: ReadonlySet<string>; until: number } | null>(null);
  const [unanswered, setUnanswered] = useState(false);
  const queries = useQueryClient();
  const key = (page: number) => ['subscriber', subscriberId, 'session-control', page];
  const log = useQuery({
    queryKey: key(page),
    queryFn: () => data(api.GET('/api/v1/subscribers/{id}/session-control', { params: { path: { id: subscriberId }, query: { page, size: SIZE } } })),
    placeholderData: (previous) => previous,
    // until the routers have answered: the same test as `polling` below, on the answer just read
    refetchInterval: (query) =>
      waiting && !unanswered && !outcomeOf(query.state.data?.items ?? [], waiting.before) ? POLL_MILLIS : false,
  });
  const entries = log.data?.items ?? [];
  const outcome = waiting && outcomeOf(entries, waiting.before);
  const polling = waiting !== null && !outcome && !unanswered;

  useEffect(() => {
    if (!polling) {
      return;
    }
    const stop = setTimeout(() => setUnanswered(true), Math.max(0, waiting.until - Date.now()));
    return () => clearTimeout(stop);
  }, [polling, waiting]);

  // the log's newest entries (its first page) as they were before the disconnect was sent: the
  // reads after the command may already hold its requests, even their answers
  const before = useRef<ReadonlySet<string>>(new Set());

  function disconnect(body: { reason: string }) {
    before.current = new Set((queries.getQueryData<SessionControlLog>(key(0))?.items ?? []).map(entryKey));
    return data(api.POST('/api/v1/subscribers/{id}/disconnect', { params: { path: { id: subscriberId } }, body }));
  }

  function requested() {
    setPage(0);
    setUnanswered(false);
    setWaiting({ before: before.current, until: Date.now() + ANSWER_WAIT_MILLIS });
  }

  return (
    <section aria-labelledby="session-control">
      <h2 id="session-control">Session control</h2>
      {may(role, 'disconnectSubscribers') && (
        <div className="actions">
          <CommandDialog
            title="Disconnect"
            danger
            description="Sends a Disconnect-Request to the router of each of the subscriber's open sessions. The subscriber may sign in again at once."
            schema={z.object({ reason: z.string().trim().min(1, 'Say why') })}
            defaultValues={{ reason: '' }}
            send={disconnect}
            done={requested}
            fields={(form, errors) => (
              <Field label="Reason" error={errors.reason}>
                <input {...form.register('reason')} />
              </Field>
            )}
          />
          <p role="status">
            {waiting && (outcome
              ? `Disconnect requested. Outcome: ${outcome}.`
              : unanswered
                ? 'Disconnect requested; no answer yet: the log below shows it when it comes.'
                : 'Disconnect requested; waiting for the routers to answer…')}
          </p>
        </div>
      )}
      <ErrorMessage>{log.error?.message}</ErrorMessage>
      {log.data === undefined ? (
        !log.isError && <p role="status">Loading…</p>
      ) : (
        <DataTable caption="CoA and Disconnect requests, newest first" columns={columns(names)} rows={entries} page={page} size={SIZE}
                   total={log.data.total ?? 0} onPage={setPage} empty="No request sent yet." />
      )}
    </section>
  );
}
