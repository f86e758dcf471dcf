import { useState } from 'react';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { api, data } from '../api/client';
import type { SubscriberRequest } from '../api/schema';
import { PackageSelect } from '../packages/PackageSelect';
import { ActionDialog } from '../ui/ActionDialog';
import { Field } from '../ui/Field';
import { withoutEmpty } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { useCommand } from '../ui/useCommand';

const newSubscriber = z
  .object({
    username: z.string().trim().min(1, 'Choose a user name'),
    password: z.string().min(1, 'Choose a password'),
    type: z.enum(['PPPOE', 'HOTSPOT', 'STATIC']),
    packageId: z.string().min(1, 'Choose a package'),
    staticIp: z.string().trim(),
    expiresAt: z.string(),
    fullName: z.string().trim(),
    phone: z.string().trim(),
    email: z.string().trim(),
    address: z.string().trim(),
  })
  .refine((s) => s.type !== 'STATIC' || s.staticIp !== '', { path: ['staticIp'], message: 'A STATIC subscriber needs its IP address' });

type NewSubscriber = z.infer<typeof newSubscriber>;

export function NewSubscriberForm() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const { form, onSubmit, message } = useCommand({
    schema: newSubscriber,
    defaultValues: { username: '', password: '', type: 'PPPOE', packageId: '', staticIp: '', expiresAt: '', fullName: '', phone: '', email: '', address: '' },
    send: (values: NewSubscriber) => {
      const body = withoutEmpty({
        ...values,
        staticIp: values.type === 'STATIC' ? values.staticIp : '',
        expiresAt: values.expiresAt ? new Date(values.expiresAt).toISOString() : '',
      }) as SubscriberRequest;
      return data(api.POST('/api/v1/subscribers', { body }));
    },
    done: (answer) => navigate(`/subscribers/${answer.id}`),
  });
  const errors = form.formState.errors;
  const type = form.watch('type');

  return (
    <ActionDialog title="New subscriber" open={open} onOpenChange={setOpen}>
      <form onSubmit={onSubmit} noValidate>
        <ErrorMessage>{message}</ErrorMessage>
        <Field label="User name" error={errors.username?.message}>
          <input autoComplete="off" {...form.register('username')} />
        </Field>
        <Field label="Password" error={errors.password?.message}>
          <input type="password" autoComplete="new-password" {...form.register('password')} />
        </Field>
        <Field label="Type" error={errors.type?.message}>
          <select {...form.register('type')}>
            <option value="PPPOE">PPPoE</option>
            <option value="HOTSPOT">Hotspot</option>
            <option value="STATIC">Static IP</option>
          </select>
        </Field>
        {type === 'STATIC' && (
          <Field label="Static IP" error={errors.staticIp?.message}>
            <input inputMode="decimal" {...form.register('staticIp')} />
          </Field>
        )}
        <Field label="Package" error={errors.packageId?.message}>
          <PackageSelect prompt="choose…" {...form.register('packageId')} />
        </Field>
        <Field label="Expires at" hint="optional" error={errors.expiresAt?.message}>
          <input type="datetime-local" {...form.register('expiresAt')} />
        </Field>
        <Field label="Full name" error={errors.fullName?.message}>
          <input {...form.register('fullName')} />
        </Field>
        <Field label="Phone" error={errors.phone?.message}>
          <input type="tel" {...form.register('phone')} />
        </Field>
        <Field label="Email" error={errors.email?.message}>
          <input type="email" {...form.register('email')} />
        </Field>
        <Field label="Address" error={errors.address?.message}>
          <input {...form.register('address')} />
        </Field>
        <button type="submit" disabled={form.formState.isSubmitting}>
          Create subscriber
        </button>
      </form>
    </ActionDialog>
  );
}
