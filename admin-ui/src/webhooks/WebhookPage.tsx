import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { data } from '../api/client';
import { network, type DeliveryView } from '../api/network';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { CommandDialog } from '../ui/CommandDialog';
import { formatInstant } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { EVENT_LABELS } from './webhookForm';

/** One webhook: its address and events, and what came of each delivery. */
export function WebhookPage() {
  const { id } = useParams() as { id: string };
  const navigate = useNavigate();
  const webhook = useQuery({ queryKey: ['webhook', id], queryFn: () => data(network.GET('/api/v1/webhooks/{id}', { params: { path: { id } } })) });
  const deliveries = useQuery({
    queryKey: ['webhook', id, 'deliveries'],
    queryFn: () => data(network.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id } } })),
  });

  if (webhook.error) {
    return <ErrorMessage>{webhook.error.message}</ErrorMessage>;
  }
  if (!webhook.data) {
    return <p role="status">Loading…</p>;
  }
  const w = webhook.data;
  return (
    <>
      <h1>Webhook</h1>
      <dl className="facts">
        <dt>URL</dt>
        <dd>
          <code>{w.url}</code>
        </dd>
        <dt>Events</dt>
        <dd>
          <ul>
            {w.events.map((event) => (
              <li key={event}>{EVENT_LABELS[event] ?? event}</li>
            ))}
          </ul>
        </dd>
        <dt>Added</dt>
        <dd>{formatInstant(w.createdAt)}</dd>
      </dl>
      {may(useOperator().role, 'manageWebhooks') && (
        <div className="actions">
          <CommandDialog
            title="Delete webhook"
            danger
            description="Nothing more is sent to this address; deliveries still being retried stop."
            schema={z.object({})}
            defaultValues={{}}
            send={() => data(network.DELETE('/api/v1/webhooks/{id}', { params: { path: { id } } }))}
            done={() => navigate('/webhooks')}
            fields={() => null}
          />
        </div>
      )}
      <h2>Deliveries</h2>
      <ErrorMessage>{deliveries.error?.message}</ErrorMessage>
      <Deliveries deliveries={deliveries.data} />
    </>
  );
}

/** Delivered, or still being retried (with the receiver's last answer), per event. */
export function outcomeOf(delivery: DeliveryView): string {
  if (delivery.deliveredAt) {
    return `delivered ${formatInstant(delivery.deliveredAt)}`;
  }
  const tries = delivery.attempts === 1 ? '1 attempt' : `${delivery.attempts} attempts`;
  return delivery.attempts === 0 ? 'waiting' : `not delivered yet (${tries}, last answer ${delivery.lastStatus ?? 'none'})`;
}

function Deliveries({ deliveries }: { deliveries: DeliveryView[] | undefined }) {
  if (!deliveries) {
    return <p role="status">Loading…</p>;
  }
  return (
    <table>
      <caption>Deliveries</caption>
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">Occurred</th>
          <th scope="col">Attempts</th>
          <th scope="col">Last answer</th>
          <th scope="col">Outcome</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((delivery, index) => (
          <tr key={`${delivery.occurredAt}-${delivery.event}-${index}`}>
            <td>{delivery.event}</td>
            <td>{formatInstant(delivery.occurredAt)}</td>
            <td>{delivery.attempts}</td>
            <td>{delivery.lastStatus ?? '—'}</td>
            <td className={delivery.deliveredAt ? undefined : 'outcome-TIMEOUT'}>{outcomeOf(delivery)}</td>
          </tr>
        ))}
        {deliveries.length === 0 && (
          <tr>
            <td colSpan={5}>Nothing sent yet.</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
