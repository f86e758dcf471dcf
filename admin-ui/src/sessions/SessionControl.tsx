import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api, data } from '../api/client';
import type { SessionControlEntry } from '../api/schema';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { describe, formatInstant } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { routerNames, useRouters } from './useRouterNames';

/** How long the screen keeps asking for the routers' answers to a disconnect: the retries with backoff end well within it. */
const ANSWER_WAIT_MILLIS = 30_000;
const POLL_MILLIS = 1000;

export function entryKey(entry: SessionControlEntry): string {
  return [entry.sentAt, entry.sessionId, entry.routerId, entry.kind, entry.outcome].join('|');
}

/** The answers that came since the disconnect was asked for, counted by outcome: "ACK 2, TIMEOUT 1". */
export function newOutcomes(entries: readonly SessionControlEntry[], before: ReadonlySet<string>): string | null {
  const counts = new Map<string, number>();
  entries.filter((entry) => !before.has(entryKey(entry)))
         .forEach((entry) => counts.set(entry.outcome ?? '?', (counts.get(entry.outcome ?? '?') ?? 0) + 1));
  return counts.size === 0 ? null : [...counts].map(([outcome, count]) => `${outcome} ${count}`).join(', ');
}

/**
 * The CoA and Disconnect requests sent for a subscriber's sessions and what the routers answered,
 * and, for the roles that may, a Disconnect button. The command answers once the request is
 * recorded; the routers' answers come after it, so the log is read every second until they do.
 */
export function SessionControl({ subscriberId }: { subscriberId: string }) {
  const role = useOperator().role;
  const names = routerNames(useRouters());
  const [waiting, setWaiting] = useState<{ before: ReadonlySet<string>; until: number } | null>(null);
  const log = useQuery({
    queryKey: ['subscriber', subscriberId, 'session-control'],
    queryFn: () => data(api.GET('/api/v1/subscribers/{id}/session-control', { params: { path: { id: subscriberId } } })),
    refetchInterval: waiting ? POLL_MILLIS : false,
  });
  const entries = log.data?.items ?? [];
  const answered = waiting && newOutcomes(entries, waiting.before);

  useEffect(() => {
    if (!waiting) {
      return;
    }
    const stop = setTimeout(() => setWaiting(null), Math.max(0, waiting.until - Date.now()));
    return () => clearTimeout(stop);
  }, [waiting]);

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
            send={(body) => data(api.POST('/api/v1/subscribers/{id}/disconnect', { params: { path: { id: subscriberId } }, body }))}
            done={() => setWaiting({ before: new Set(entries.map(entryKey)), until: Date.now() + ANSWER_WAIT_MILLIS })}
            fields={(form, errors) => (
              <Field label="Reason" error={errors.reason}>
                <input {...form.register('reason')} />
              </Field>
            )}
          />
          <p role="status">
            {waiting && (answered ? `Disconnect requested; the routers answered: ${answered}.` : 'Disconnect requested; waiting for the routers to answer…')}
          </p>
        </div>
      )}
      <ErrorMessage>{log.error?.message}</ErrorMessage>
      <table>
        <caption>CoA and Disconnect requests, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Sent</th>
            <th scope="col">Kind</th>
            <th scope="col">Because of</th>
            <th scope="col">Outcome</th>
            <th scope="col">Error cause</th>
            <th scope="col">Router</th>
            <th scope="col">Session</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entryKey(entry)}>
              <td>{formatInstant(entry.sentAt)}</td>
              <td>{entry.kind}</td>
              <td>{describe(entry.trigger)}</td>
              <td className={`outcome-${entry.outcome}`}>{entry.outcome}</td>
              <td>{entry.errorCause ?? '—'}</td>
              <td>{(entry.routerId && names.get(entry.routerId)) ?? entry.routerId}</td>
              <td>{entry.sessionId}</td>
            </tr>
          ))}
          {log.data && entries.length === 0 && (
            <tr>
              <td colSpan={7}>No request sent yet.</td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
