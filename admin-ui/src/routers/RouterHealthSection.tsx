import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import type { RouterReport, RouterView } from '../api/schema';
import { Field } from '../ui/Field';
import { formatBytes, formatDuration, formatInstant } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { formatUptime, outageSeconds, WINDOW_LABELS, WINDOWS, windowQuery, type Window } from './availability';
import { RouterHealthBadge } from './RouterHealth';

/** Is the router alive: its health, when it was last heard from, what it last said, and its uptime over a window. */
export function RouterHealthSection({ router }: { router: RouterView }) {
  return (
    <section aria-labelledby="health">
      <h2 id="health">Health</h2>
      <dl className="facts">
        <dt>State</dt>
        <dd>
          <RouterHealthBadge health={router.health} />
        </dd>
        <dt>Last seen</dt>
        <dd>{router.lastSeenAt ? formatInstant(router.lastSeenAt) : 'never'}</dd>
      </dl>
      <LastReport report={router.lastReport} at={router.lastReportAt} />
      <Availability routerId={router.id!} />
    </section>
  );
}

function LastReport({ report, at }: { report: RouterReport | undefined; at: string | undefined }) {
  if (!report) {
    return <p>No heartbeat report yet.</p>;
  }
  return (
    <>
      <h3>Last report{at && `, ${formatInstant(at)}`}</h3>
      <dl className="facts">
        <dt>Uptime</dt>
        <dd>{formatDuration(report.uptimeSeconds)}</dd>
        <dt>RouterOS</dt>
        <dd>{report.version ?? '—'}</dd>
        <dt>Board</dt>
        <dd>{report.board ?? '—'}</dd>
        <dt>CPU load</dt>
        <dd>{report.cpuLoad === undefined ? '—' : `${report.cpuLoad} %`}</dd>
        <dt>Free memory</dt>
        <dd>{formatBytes(report.freeMemoryBytes)}</dd>
        <dt>Active sessions</dt>
        <dd>{report.activeSessions ?? '—'}</dd>
      </dl>
    </>
  );
}

function Availability({ routerId }: { routerId: string }) {
  const [span, setSpan] = useState<Window>('7d');
  const availability = useQuery({
    queryKey: ['router', routerId, 'availability', span],
    queryFn: () =>
      data(api.GET('/api/v1/routers/{id}/availability', { params: { path: { id: routerId }, query: windowQuery(span, new Date()) } })),
  });
  const now = new Date();
  const outages = availability.data?.outages ?? [];
  return (
    <>
      <h3>Availability</h3>
      <div className="filters">
        <Field label="Over the">
          <select value={span} onChange={(e) => setSpan(e.target.value as Window)}>
            {(Object.keys(WINDOWS) as Window[]).map((w) => (
              <option key={w} value={w}>
                {WINDOW_LABELS[w]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <ErrorMessage>{availability.error?.message}</ErrorMessage>
      {availability.data && (
        <>
          <p>
            Uptime: <strong>{formatUptime(availability.data.uptimePercent)}</strong>,{' '}
            {outages.length === 0 ? 'no outage' : outages.length === 1 ? '1 outage' : `${outages.length} outages`}
          </p>
          {outages.length > 0 && (
            <table>
              <caption>Outages</caption>
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col">Lasted</th>
                </tr>
              </thead>
              <tbody>
                {outages.map((outage) => (
                  <tr key={outage.from}>
                    <td>{formatInstant(outage.from)}</td>
                    <td>{outage.to ? formatInstant(outage.to) : 'still offline'}</td>
                    <td>{formatDuration(outageSeconds(outage, now))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
