import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import { Field } from '../ui/Field';
import { formatBytes, formatDuration } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { UsageChart } from './UsageChart';
import { everyDay, lastDays, MAX_DAYS } from './usageDays';

/** What a range of dates is wrong about, if anything: the server is asked only for a readable range. */
export function rangeProblem(from: string, to: string): string | undefined {
  if (!from || !to) {
    return 'Give both days';
  }
  if (from > to) {
    return 'The first day comes after the last';
  }
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  return days > MAX_DAYS ? `At most ${MAX_DAYS} days` : undefined;
}

/** A subscriber's traffic per day over a range of days (the last 30 at first), as a chart and a table. */
export function SubscriberUsage({ subscriberId }: { subscriberId: string }) {
  const [range, setRange] = useState(() => lastDays(30));
  const problem = rangeProblem(range.from, range.to);
  const usage = useQuery({
    queryKey: ['subscriber', subscriberId, 'usage', range.from, range.to],
    queryFn: () => data(api.GET('/api/v1/subscribers/{id}/usage', { params: { path: { id: subscriberId }, query: range } })),
    enabled: problem === undefined,
  });
  const total = usage.data?.total;

  return (
    <section aria-labelledby="usage">
      <h2 id="usage">Usage</h2>
      <div className="filters">
        <Field label="From" error={problem}>
          <input type="date" value={range.from} onChange={(e) => setRange({ ...range, from: e.target.value })} />
        </Field>
        <Field label="To">
          <input type="date" value={range.to} onChange={(e) => setRange({ ...range, to: e.target.value })} />
        </Field>
      </div>
      <ErrorMessage>{usage.error?.message}</ErrorMessage>
      {usage.data === undefined ? (
        !usage.isError && problem === undefined && <p role="status">Loading…</p>
      ) : (
        <>
          {total && (
            <p>
              In all: {formatBytes(total.downloadBytes)} down, {formatBytes(total.uploadBytes)} up, {total.sessions ?? 0}{' '}
              {total.sessions === 1 ? 'session' : 'sessions'}, {formatDuration(total.onlineSeconds)} online.
            </p>
          )}
          <UsageChart days={everyDay(usage.data.days ?? [], range.from, range.to)} />
        </>
      )}
    </section>
  );
}
