import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import type { SubscriberAsOf, SubscriberView } from '../api/schema';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { formatInstant } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { SubscriberQuota } from '../quota/SubscriberQuota';
import { SessionControl } from '../sessions/SessionControl';
import { SubscriberSessions } from '../sessions/SubscriberSessions';
import { SubscriberUsage } from '../sessions/SubscriberUsage';
import { HistoryTimeline } from './HistoryTimeline';
import { SubscriberActions } from './SubscriberActions';

export function SubscriberPage() {
  const { id } = useParams() as { id: string };
  const role = useOperator().role;
  const subscriber = useQuery({
    queryKey: ['subscriber', id],
    queryFn: () => data(api.GET('/api/v1/subscribers/{id}', { params: { path: { id } } })),
  });

  if (subscriber.error) {
    return <ErrorMessage>{subscriber.error.message}</ErrorMessage>;
  }
  if (!subscriber.data) {
    return <p role="status">Loading…</p>;
  }
  const s = subscriber.data;
  return (
    <>
      <h1>
        {s.username ?? 'Forgotten subscriber'} <span className={`status status-${s.status}`}>{s.status}</span>
      </h1>
      <SubscriberFacts subscriber={s} />
      {may(role, 'changeSubscribers') && <SubscriberActions subscriber={s} />}
      <SubscriberQuota subscriber={s} />
      <SubscriberSessions subscriberId={id} />
      <SubscriberUsage subscriberId={id} />
      <SessionControl subscriberId={id} />
      {may(role, 'readHistory') && <HistoryTimeline subscriberId={id} />}
    </>
  );
}

/** The subscriber's state: today's (the read model) or as of a past moment (rebuilt from its events). */
export function SubscriberFacts({ subscriber: s }: { subscriber: SubscriberView | SubscriberAsOf }) {
  const packageName = 'packageName' in s ? s.packageName : s.packageId;
  return (
    <dl className="facts">
      <dt>Account</dt>
      <dd>{s.accountNumber}</dd>
      <dt>Type</dt>
      <dd>{s.type}</dd>
      <dt>Package</dt>
      <dd>{packageName}</dd>
      <dt>Expires</dt>
      <dd>{formatInstant(s.expiresAt)}</dd>
      <dt>Static IP</dt>
      <dd>{s.staticIp ?? '—'}</dd>
      <dt>Full name</dt>
      <dd>{s.fullName ?? '—'}</dd>
      <dt>Phone</dt>
      <dd>{s.phone ?? '—'}</dd>
      <dt>Email</dt>
      <dd>{s.email ?? '—'}</dd>
      <dt>Address</dt>
      <dd>{s.address ?? '—'}</dd>
      {'suspensionReason' in s && s.suspensionReason && (
        <>
          <dt>Suspended because</dt>
          <dd>{s.suspensionReason}</dd>
        </>
      )}
    </dl>
  );
}
