import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { data } from '../api/client';
import { network, WEBHOOK_EVENTS } from '../api/network';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { formatInstant } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { EVENT_LABELS, randomSecret, webhookForm } from './webhookForm';

/** Where ispflow tells the ISP's own systems (SMS, WhatsApp, e-mail gateways) what happened. */
export function WebhooksPage() {
  const navigate = useNavigate();
  const webhooks = useQuery({ queryKey: ['webhooks'], queryFn: () => data(network.GET('/api/v1/webhooks')) });

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
            send={(body) => data(network.POST('/api/v1/webhooks', { body }))}
            done={(answer) => navigate(`/webhooks/${answer.id}`)}
            codeFields={{ WEBHOOK_URL_FORBIDDEN: 'url' }}
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
        <table>
          <caption>Webhooks</caption>
          <thead>
            <tr>
              <th scope="col">URL</th>
              <th scope="col">Events</th>
              <th scope="col">Added</th>
            </tr>
          </thead>
          <tbody>
            {webhooks.data.map((webhook) => (
              <tr key={webhook.id}>
                <td>
                  <Link to={`/webhooks/${webhook.id}`}>{webhook.url}</Link>
                </td>
                <td>{webhook.events.join(', ')}</td>
                <td>{formatInstant(webhook.createdAt)}</td>
              </tr>
            ))}
            {webhooks.data.length === 0 && (
              <tr>
                <td colSpan={3}>No webhook yet.</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
    </>
  );
}
