import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import { formatInstant } from '../ui/format';
import { ErrorMessage } from '../ui/Message';

/** Installation-wide operations for the platform administrator: processors, RADIUS rebuild, drift and the tunnel's peers. */
export function OperationsPage() {
  return (
    <>
      <h1>Operations</h1>
      <Processors />
      <RadiusRebuild />
      <DriftCheck />
      <WireGuardPeers />
    </>
  );
}

function Processors() {
  const report = useQuery({
    queryKey: ['ops', 'projections'],
    queryFn: () => data(api.GET('/api/v1/ops/projections')),
    refetchInterval: 5000,
  });
  return (
    <section aria-labelledby="processors">
      <h2 id="processors">Processors</h2>
      <ErrorMessage>{report.error?.message}</ErrorMessage>
      {report.data && (
        <table>
          <caption>
            Event store head {report.data.head}, checked {formatInstant(report.data.checkedAt)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Processor</th>
              <th scope="col">Position</th>
              <th scope="col">Lag</th>
              <th scope="col">State</th>
              <th scope="col">Dead letters</th>
            </tr>
          </thead>
          <tbody>
            {(report.data.processors ?? []).map((p) => (
              <tr key={p.name}>
                <td>{p.name}</td>
                <td>{p.position ?? '—'}</td>
                <td className={p.lag ? 'lagging' : undefined}>{p.lag ?? '—'}</td>
                <td>{p.error ? `error: ${p.failure ?? ''}` : p.replaying ? 'replaying' : p.running ? 'running' : p.inThisProcess === false ? 'in another process' : 'stopped'}</td>
                <td>{p.deadLetters ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function RadiusRebuild() {
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () => data(api.POST('/api/v1/ops/radius/rebuild')),
    onSuccess: (answer) => setJobId(answer.jobId ?? null),
  });
  const job = useQuery({
    queryKey: ['ops', 'rebuild', jobId],
    enabled: jobId !== null,
    queryFn: () => data(api.GET('/api/v1/ops/radius/rebuild/{jobId}', { params: { path: { jobId: jobId! } } })),
    refetchInterval: (query) => (query.state.data?.state === 'RUNNING' ? 1000 : false),
  });
  const status = job.data;

  return (
    <section aria-labelledby="rebuild">
      <h2 id="rebuild">RADIUS rebuild</h2>
      <p>Rebuilds the RADIUS tables from the events into new tables and swaps them in: no outage.</p>
      <button type="button" onClick={() => start.mutate()} disabled={start.isPending || status?.state === 'RUNNING'}>
        Start rebuild
      </button>
      <ErrorMessage>{start.error?.message ?? job.error?.message}</ErrorMessage>
      {status && (
        <div>
          <label>
            Rebuild {status.state?.toLowerCase()}: {status.processed ?? 0} of {status.total ?? '?'} events
            <progress max={status.total || 1} value={status.processed ?? 0} />
          </label>
          <p>
            Started {formatInstant(status.startedAt)}
            {status.finishedAt && `, finished ${formatInstant(status.finishedAt)}`}
          </p>
          <ErrorMessage>{status.error}</ErrorMessage>
        </div>
      )}
    </section>
  );
}

function DriftCheck() {
  const check = useMutation({ mutationFn: () => data(api.GET('/api/v1/ops/radius/drift')) });
  const report = check.data;
  return (
    <section aria-labelledby="drift">
      <h2 id="drift">Drift check</h2>
      <p>Compares the live RADIUS tables with what the events imply.</p>
      <button type="button" onClick={() => check.mutate()} disabled={check.isPending}>
        {check.isPending ? 'Checking…' : 'Run drift check'}
      </button>
      <ErrorMessage>{check.error?.message}</ErrorMessage>
      {report && (
        <table>
          <caption>
            {report.differences?.length ?? 0} differences, checked {formatInstant(report.checkedAt)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Table</th>
              <th scope="col">Key</th>
              <th scope="col">Attribute</th>
              <th scope="col">Expected</th>
              <th scope="col">Actual</th>
            </tr>
          </thead>
          <tbody>
            {(report.differences ?? []).map((d, i) => (
              <tr key={i}>
                <td>{d.table}</td>
                <td>{d.key}</td>
                <td>{d.attribute}</td>
                <td>{d.expected}</td>
                <td>{d.actual}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** What the WireGuard server is given (deploy/wireguard's sync reads the same): every active router with a key. */
function WireGuardPeers() {
  const peers = useQuery({
    queryKey: ['ops', 'wireguard-peers'],
    queryFn: () => data(api.GET('/api/v1/wireguard/peers', { parseAs: 'text' })) as Promise<string>,
  });
  return (
    <section aria-labelledby="wireguard-peers">
      <h2 id="wireguard-peers">WireGuard peers</h2>
      <p>The peers the WireGuard server admits, of every tenant, as its sync reads them.</p>
      <button type="button" onClick={() => peers.refetch()} disabled={peers.isFetching}>
        {peers.isFetching ? 'Reading…' : 'Read again'}
      </button>
      <ErrorMessage>{peers.error?.message}</ErrorMessage>
      {peers.data !== undefined && (
        <pre tabIndex={0} aria-label="WireGuard peers">
          {peers.data}
        </pre>
      )}
    </section>
  );
}
