import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { z } from 'zod';
import { api, data } from '../api/client';
import type { WebhookDelivery } from '../api/schema';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { CommandDialog } from '../ui/CommandDialog';
import { DataTable } from '../ui/DataTable';
import { formatInstant } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { EVENT_LABELS } from './webhookForm';

/** One webhook: its address and events, and what came of each delivery. */
export function WebhookPage() {
  const { id } = useParams() as { id: string };
  const navigate = useNavigate();
  const mayDelete = may(useOperator().role, 'manageWebhooks');
  const webhook = useQuery({ queryKey: ['webhook', id], queryFn: () => data(api.GET('/api/v1/webhooks/{id}', { params: { path: { id } } })) });

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
            {(w.events ?? []).map((event) => (
              <li key={event}>{EVENT_LABELS[event] ?? event}</li>
            ))}
          </ul>
        </dd>
        <dt>Added</dt>
        <dd>{formatInstant(w.createdAt)}</dd>
      </dl>
      {mayDelete && (
        <div className="actions">
          <CommandDialog
            title="Delete webhook"
            danger
            description="Nothing more is sent to this address; deliveries still being retried stop."
            schema={z.object({})}
            defaultValues={{}}
            send={() => data(api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id } } }))}
            done={() => navigate('/webhooks')}
            fields={() => null}
          />
        </div>
      )}
      <h2>Deliveries</h2>
      <Deliveries webhookId={id} />
    </>
  );
}

/** Delivered, or still being retried (with the receiver's last answer), per event. */
export function outcomeOf(delivery: WebhookDelivery): string {
  if (delivery.deliveredAt) {
    return `delivered ${formatInstant(delivery.deliveredAt)}`;
  }
  const attempts = delivery.attempts ?? 0;
  return attempts === 0 ? 'waiting' : `not delivered yet (${attempts === 1 ? '1 attempt' : `${attempts} attempts`})`;
}

const SIZE = 50;

const columns: ColumnDef<WebhookDelivery, unknown>[] = [
  { accessorKey: 'event', header: 'Event' },
  { accessorKey: 'occurredAt', header: 'Occurred', cell: (c) => formatInstant(c.getValue() as string) },
  { accessorKey: 'attempts', header: 'Attempts' },
  { id: 'answer', header: 'Last answer', accessorFn: (delivery) => delivery.lastStatus ?? delivery.lastError ?? '—' },
  {
    id: 'outcome',
    header: 'Outcome',
    accessorFn: outcomeOf,
    cell: ({ row, getValue }) => <span className={row.original.deliveredAt ? undefined : 'outcome-TIMEOUT'}>{getValue() as string}</span>,
  },
];

/** The webhook's deliveries, newest first as the server pages them. */
function Deliveries({ webhookId }: { webhookId: string }) {
  const [page, setPage] = useState(0);
  const deliveries = useQuery({
    queryKey: ['webhook', webhookId, 'deliveries', page],
    queryFn: () => data(api.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id: webhookId }, query: { page, size: SIZE } } })),
  });
  if (deliveries.error) {
    return <ErrorMessage>{deliveries.error.message}</ErrorMessage>;
  }
  if (!deliveries.data) {
    return <p role="status">Loading…</p>;
  }
  return (
    <DataTable caption="Deliveries" columns={columns} rows={deliveries.data.items ?? []} page={page} size={SIZE}
               total={deliveries.data.total ?? 0} empty="Nothing sent yet." onPage={setPage} />
  );
}
