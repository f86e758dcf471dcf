import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { api, data } from '../api/client';
import type { WebhookView } from '../api/schema';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { CommandDialog } from '../ui/CommandDialog';
import { DataTable } from '../ui/DataTable';
import { Field } from '../ui/Field';
import { formatInstant } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { EVENT_LABELS, randomSecret, WEBHOOK_EVENTS, webhookForm } from './webhookForm';

const SIZE = 20;

const columns: ColumnDef<WebhookView, unknown>[] = [
  { accessorKey: 'url', header: 'URL', cell: ({ row }) => <Link to={`/webhooks/${row.original.id}`}>{row.original.url}</Link> },
  { id: 'events', header: 'Events', enableSorting: false, accessorFn: (webhook) => (webhook.events ?? []).join(', ') },
  { accessorKey: 'createdAt', header: 'Added', cell: (c) => formatInstant(c.getValue() as string) },
];

/** Where ispflow tells the ISP's own systems (SMS, WhatsApp, e-mail gateways) what happened. */
export function WebhooksPage() {
  const navigate = useNavigate();
  const [page, setPage] = useState(0);
  const webhooks = useQuery({
    queryKey: ['webhooks', page],
    queryFn: () => data(api.GET('/api/v1/webhooks', { params: { query: { page, size: SIZE } } })),
  });

  return (
    <>
      <h1>Webhooks</h1>
      <p>Each delivery is a JSON POST signed with X-Ispflow-Signature: sha256= and the HMAC of the body under the webhook's secret.</p>
      {may(useOperator().role, 'manageWebhooks') && (
        <div className="actions">
          <CommandDialog
            title="Add webhook"
            description="The secret is not shown again: give the receiver the same one."
            schema={webhookForm}
            defaultValues={{ url: '', events: [], secret: randomSecret() }}
            send={(body) => data(api.POST('/api/v1/webhooks', { body }))}
            done={(answer) => navigate(`/webhooks/${answer.id}`)}
            codeFields={{ WEBHOOK_URL_REFUSED: 'url' }}
            fields={(form, errors) => (
              <>
                <Field label="URL" error={errors.url}>
                  <input {...form.register('url')} type="url" spellCheck={false} autoComplete="off" />
                </Field>
                <fieldset className="events" aria-describedby={errors.events ? 'events-error' : undefined}>
                  <legend>Events</legend>
                  {WEBHOOK_EVENTS.map((event) => (
                    <label key={event}>
                      <input type="checkbox" value={event} {...form.register('events')} /> {EVENT_LABELS[event]} <code>{event}</code>
                    </label>
                  ))}
                  {errors.events && (
                    <span className="field-error" id="events-error">
                      {errors.events}
                    </span>
                  )}
                </fieldset>
                <Field label="Secret" error={errors.secret} hint="a random one is filled in; copy it to the receiver">
                  <input {...form.register('secret')} spellCheck={false} autoComplete="off" />
                </Field>
              </>
            )}
          />
        </div>
      )}
      <ErrorMessage>{webhooks.error?.message}</ErrorMessage>
      {webhooks.data === undefined ? (
        !webhooks.isError && <p role="status">Loading…</p>
      ) : (
        <DataTable caption="Webhooks" columns={columns} rows={webhooks.data.items ?? []} page={page} size={SIZE}
                   total={webhooks.data.total ?? 0} empty="No webhook yet." onPage={setPage} />
      )}
    </>
  );
}
