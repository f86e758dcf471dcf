import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import type { HistoryEntry } from '../api/schema';
import { usePackages } from '../packages/usePackages';
import { describe, formatInstant } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { SubscriberFacts } from './SubscriberPage';

/** Who did what, newest first; each moment can be opened to see the subscriber as it was then. */
export function HistoryTimeline({ subscriberId }: { subscriberId: string }) {
  const [moment, setMoment] = useState<string | null>(null);
  const history = useQuery({
    queryKey: ['subscriber', subscriberId, 'history'],
    queryFn: () => data(api.GET('/api/v1/subscribers/{id}/history', { params: { path: { id: subscriberId } } })),
  });
  const events = [...(history.data?.events ?? [])].reverse();
  const packages = usePackages(0, 500);
  const names = new Map((packages.data?.items ?? []).map((pkg) => [pkg.id, pkg.name]));

  return (
    <section aria-labelledby="history">
      <h2 id="history">History</h2>
      <ErrorMessage>{history.error?.message}</ErrorMessage>
      <ol className="timeline">
        {events.map((entry) => (
          <li key={entry.position}>
            <p>
              <strong>{describe(entry.type)}</strong> by {actorOf(entry)}, {formatInstant(entry.timestamp)}
            </p>
            {entry.payload && <Payload payload={entry.payload} names={names} />}
            <button type="button" className="secondary" onClick={() => setMoment(entry.timestamp ?? null)}>
              Show the state as of this moment
            </button>
          </li>
        ))}
      </ol>
      {moment && <AsOf subscriberId={subscriberId} at={moment} />}
    </section>
  );
}

/** The acting operator's user name when the server gives it ('system' for a policy), else their id. */
export function actorOf(entry: HistoryEntry & { actorUsername?: string }): string {
  return entry.actorUsername ?? entry.actor ?? 'unknown';
}

/** The event's fields, a package's id shown as its name. */
function Payload({ payload, names }: { payload: object; names: Map<string | undefined, string | undefined> }) {
  const shown = Object.entries(payload).filter(([key]) => !['subscriberId', 'tenantId'].includes(key));
  if (shown.length === 0) {
    return null;
  }
  return (
    <dl className="payload">
      {shown.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{typeof value === 'object' ? JSON.stringify(value) : (names.get(String(value)) ?? String(value))}</dd>
        </div>
      ))}
    </dl>
  );
}

function AsOf({ subscriberId, at }: { subscriberId: string; at: string }) {
  const state = useQuery({
    queryKey: ['subscriber', subscriberId, 'as-of', at],
    queryFn: () => data(api.GET('/api/v1/subscribers/{id}/as-of', { params: { path: { id: subscriberId }, query: { at } } })),
  });
  return (
    <section aria-labelledby="as-of" className="card">
      <h3 id="as-of">As of {formatInstant(at)}</h3>
      <ErrorMessage>{state.error?.message}</ErrorMessage>
      {state.data && (
        <>
          <p>
            Status: <strong>{state.data.status}</strong>
          </p>
          <SubscriberFacts subscriber={state.data} />
        </>
      )}
    </section>
  );
}
