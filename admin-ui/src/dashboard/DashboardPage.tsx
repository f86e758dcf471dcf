import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, data } from '../api/client';
import type { DashboardView } from '../api/schema';
import { ErrorMessage } from '../ui/Message';
import { formatInstant } from '../ui/format';
import { STATUS_LABELS, VOUCHER_STATUSES } from '../vouchers/voucherFilters';

export function DashboardPage() {
  const dashboard = useQuery({ queryKey: ['dashboard'], queryFn: () => data(api.GET('/api/v1/dashboard')) });

  return (
    <>
      <h1>Dashboard</h1>
      <ErrorMessage>{dashboard.error?.message}</ErrorMessage>
      {dashboard.data && (
        <div className="cards">
          <section className="card" aria-labelledby="online">
            <h2 id="online">Online now</h2>
            <p className="big">
              <Link to="/sessions">{dashboard.data.onlineSessions ?? 0} sessions</Link>
            </p>
          </section>
          <Network counts={dashboard.data} />
          <Counts title="Subscribers by status" counts={dashboard.data.subscribersByStatus ?? {}} />
          <Counts title="Routers by state" counts={dashboard.data.routersByState ?? {}} />
          <section className="card" aria-labelledby="vouchers">
            <h2 id="vouchers">
              <Link to="/vouchers">Vouchers</Link>
            </h2>
            <dl>
              {VOUCHER_STATUSES.map((status) => (
                <div key={status}>
                  <dt>{STATUS_LABELS[status]}</dt>
                  <dd>{dashboard.data.vouchers?.[status.toLowerCase() as Lowercase<typeof status>] ?? 0}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="card" aria-labelledby="by-package">
            <h2 id="by-package">Subscribers by package</h2>
            <dl>
              {(dashboard.data.subscribersByPackage ?? []).map((entry) => (
                <div key={entry.id}>
                  <dt>{entry.name}</dt>
                  <dd>{entry.count}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="card" aria-labelledby="expiring">
            <h2 id="expiring">Expiring soon: {dashboard.data.expiringSoon?.count ?? 0}</h2>
            <ul>
              {(dashboard.data.expiringSoon?.soonest ?? []).map((subscriber) => (
                <li key={subscriber.id}>
                  <Link to={`/subscribers/${subscriber.id}`}>{subscriber.username}</Link> ({subscriber.packageName}),{' '}
                  {formatInstant(subscriber.expiresAt)}
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </>
  );
}

/** Is the network alive: routers online and offline, VPN servers up and down, each linking to its list so filtered. */
function Network({ counts }: { counts: DashboardView }) {
  const rows = [
    ['Routers online', counts.routersOnline, '/routers?health=ONLINE'],
    ['Routers offline', counts.routersOffline, '/routers?health=OFFLINE'],
    ['VPN servers up', counts.vpnServersUp, '/vpn-servers?status=UP'],
    ['VPN servers down', counts.vpnServersDown, '/vpn-servers?status=DOWN'],
  ] as const;
  return (
    <section className="card" aria-labelledby="network">
      <h2 id="network">Network</h2>
      <dl>
        {rows.map(([label, count, list]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <Link to={list}>{count ?? 0}</Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Counts({ title, counts }: { title: string; counts: Record<string, number> }) {
  const id = title.replace(/\W+/g, '-').toLowerCase();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <dl>
        {Object.entries(counts).map(([key, count]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
