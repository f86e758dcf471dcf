import { useNavigate } from 'react-router';
import { z } from 'zod';
import { api, data } from '../api/client';
import type { SubscriberView } from '../api/schema';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { PackageSelect } from '../packages/PackageSelect';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { withoutEmpty } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { useAction } from '../ui/useCommand';

/** Every command on one subscriber that the operator's role allows, each in its own dialog. */
export function SubscriberActions({ subscriber }: { subscriber: SubscriberView }) {
  const role = useOperator().role;
  const id = subscriber.id!;
  const path = { params: { path: { id } } };
  const navigate = useNavigate();
  const reactivate = useAction(() => data(api.POST('/api/v1/subscribers/{id}/reactivate', path)));
  const release = useAction(() => data(api.DELETE('/api/v1/subscribers/{id}/static-ip', path)));

  if (subscriber.status === 'TERMINATED') {
    return may(role, 'forgetSubscribers') ? (
      <div className="actions" role="group" aria-label="Actions">
        <Forget id={id} />
      </div>
    ) : null;
  }
  return (
    <div className="actions" role="group" aria-label="Actions">
      <CommandDialog
        title="Change package"
        schema={z.object({ packageId: z.string().min(1, 'Choose a package') })}
        defaultValues={{ packageId: subscriber.packageId ?? '' }}
        send={(body) => data(api.POST('/api/v1/subscribers/{id}/change-package', { ...path, body }))}
        fields={(form, errors) => (
          <Field label="Package" error={errors.packageId}>
            <PackageSelect {...form.register('packageId')} />
          </Field>
        )}
      />
      <CommandDialog
        title="Change password"
        schema={z.object({ password: z.string().min(1, 'Choose a password') })}
        defaultValues={{ password: '' }}
        send={(body) => data(api.POST('/api/v1/subscribers/{id}/change-password', { ...path, body }))}
        fields={(form, errors) => (
          <Field label="New password" error={errors.password}>
            <input type="password" autoComplete="new-password" {...form.register('password')} />
          </Field>
        )}
      />
      {subscriber.status === 'SUSPENDED' ? (
        <button type="button" onClick={reactivate.run} disabled={reactivate.busy}>
          Reactivate
        </button>
      ) : (
        <CommandDialog
          title="Suspend"
          schema={z.object({ reason: z.string().trim().min(1, 'Say why') })}
          defaultValues={{ reason: '' }}
          send={(body) => data(api.POST('/api/v1/subscribers/{id}/suspend', { ...path, body }))}
          fields={(form, errors) => (
            <Field label="Reason" error={errors.reason}>
              <input {...form.register('reason')} />
            </Field>
          )}
        />
      )}
      <CommandDialog
        title="Renew"
        description="Add days to the current end, or give the new end."
        schema={z
          .object({ days: z.string().trim().regex(/^\d*$/, 'Days is a whole number'), until: z.string() })
          .refine((r) => (r.days === '') !== (r.until === ''), { path: ['days'], message: 'Give days or a date, not both' })}
        defaultValues={{ days: '30', until: '' }}
        send={(r) =>
          data(api.POST('/api/v1/subscribers/{id}/renew', {
            ...path,
            body: r.days ? { days: Number(r.days) } : { until: new Date(r.until).toISOString() },
          }))
        }
        fields={(form, errors) => (
          <>
            <Field label="Days" error={errors.days}>
              <input inputMode="numeric" {...form.register('days')} />
            </Field>
            <Field label="Until" error={errors.until}>
              <input type="datetime-local" {...form.register('until')} />
            </Field>
          </>
        )}
      />
      <CommandDialog
        title="Static IP"
        schema={z.object({ ip: z.string().trim().min(1, 'Give an IPv4 address') })}
        defaultValues={{ ip: subscriber.staticIp ?? '' }}
        send={(body) => data(api.PUT('/api/v1/subscribers/{id}/static-ip', { ...path, body }))}
        fields={(form, errors) => (
          <Field label="IP address" error={errors.ip}>
            <input inputMode="decimal" {...form.register('ip')} />
          </Field>
        )}
      />
      {subscriber.staticIp && (
        <button type="button" onClick={release.run} disabled={release.busy}>
          Release static IP
        </button>
      )}
      <CommandDialog
        title="Contact"
        schema={z.object({ fullName: z.string().trim(), phone: z.string().trim(), email: z.string().trim(), address: z.string().trim() })}
        defaultValues={{
          fullName: subscriber.fullName ?? '',
          phone: subscriber.phone ?? '',
          email: subscriber.email ?? '',
          address: subscriber.address ?? '',
        }}
        send={(contact) => data(api.PUT('/api/v1/subscribers/{id}/contact', { ...path, body: withoutEmpty(contact) }))}
        fields={(form, errors) => (
          <>
            <Field label="Full name" error={errors.fullName}>
              <input {...form.register('fullName')} />
            </Field>
            <Field label="Phone" error={errors.phone}>
              <input type="tel" {...form.register('phone')} />
            </Field>
            <Field label="Email" error={errors.email}>
              <input type="email" {...form.register('email')} />
            </Field>
            <Field label="Address" error={errors.address}>
              <input {...form.register('address')} />
            </Field>
          </>
        )}
      />
      {may(role, 'terminateSubscribers') && (
        <CommandDialog
          title="Terminate"
          danger
          description="The subscriber can no longer sign in; the history is kept."
          schema={z.object({})}
          defaultValues={{}}
          send={() => data(api.DELETE('/api/v1/subscribers/{id}', path))}
          done={() => navigate('/subscribers')}
          fields={() => null}
        />
      )}
      {may(role, 'forgetSubscribers') && <Forget id={id} />}
      <ErrorMessage>{reactivate.message ?? release.message}</ErrorMessage>
    </div>
  );
}

function Forget({ id }: { id: string }) {
  return (
    <CommandDialog
      title="Forget"
      danger
      description="Erases the subscriber's personal data for good (the right to be forgotten)."
      schema={z.object({})}
      defaultValues={{}}
      send={() => data(api.POST('/api/v1/subscribers/{id}/forget', { params: { path: { id } } }))}
      fields={() => null}
    />
  );
}
