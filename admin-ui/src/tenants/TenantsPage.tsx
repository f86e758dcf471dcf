import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api, data } from '../api/client';
import type { TenantView } from '../api/schema';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/Message';
import { useAction } from '../ui/useCommand';

const newTenant = z.object({
  name: z.string().trim().min(1, 'Name the ISP'),
  slug: z.string().trim().min(1, 'Choose a short name'),
  accountPrefix: z.string().trim().min(1, 'Choose the account numbers’ prefix'),
  ownerUsername: z.string().trim().min(1, 'Name its first OWNER'),
  ownerPassword: z.string().min(1, 'Choose the OWNER’s password'),
});

/** The ISPs on this installation; only the platform administrator sees this screen. */
export function TenantsPage() {
  const tenants = useQuery({ queryKey: ['tenants'], queryFn: () => data(api.GET('/api/v1/tenants')) });

  return (
    <>
      <h1>Tenants</h1>
      <CommandDialog
        title="New tenant"
        description="An ISP of its own, with its first OWNER."
        schema={newTenant}
        defaultValues={{ name: '', slug: '', accountPrefix: '', ownerUsername: '', ownerPassword: '' }}
        send={(body) => data(api.POST('/api/v1/tenants', { body }))}
        fields={(form, errors) => (
          <>
            <Field label="Name" error={errors.name}>
              <input {...form.register('name')} />
            </Field>
            <Field label="Short name (slug)" error={errors.slug}>
              <input {...form.register('slug')} />
            </Field>
            <Field label="Account number prefix" error={errors.accountPrefix}>
              <input {...form.register('accountPrefix')} />
            </Field>
            <Field label="OWNER's user name" error={errors.ownerUsername}>
              <input autoComplete="off" {...form.register('ownerUsername')} />
            </Field>
            <Field label="OWNER's password" error={errors.ownerPassword}>
              <input type="password" autoComplete="new-password" {...form.register('ownerPassword')} />
            </Field>
          </>
        )}
      />
      <ErrorMessage>{tenants.error?.message}</ErrorMessage>
      <table>
        <caption>Tenants</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Slug</th>
            <th scope="col">Account prefix</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {(tenants.data ?? []).map((tenant) => (
            <tr key={tenant.id}>
              <td>{tenant.name}</td>
              <td>{tenant.slug}</td>
              <td>{tenant.accountPrefix}</td>
              <td>{tenant.status}</td>
              <td>
                <TenantActions tenant={tenant} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function TenantActions({ tenant }: { tenant: TenantView }) {
  const path = { params: { path: { id: tenant.id! } } };
  const reactivate = useAction(() => data(api.POST('/api/v1/tenants/{id}/reactivate', path)));
  if (tenant.slug === 'platform') {
    return null;
  }
  return tenant.status === 'SUSPENDED' ? (
    <>
      <button type="button" onClick={reactivate.run} disabled={reactivate.busy}>
        Reactivate {tenant.name}
      </button>
      <ErrorMessage>{reactivate.message}</ErrorMessage>
    </>
  ) : (
    <CommandDialog
      title={`Suspend ${tenant.name}`}
      description="Its operators can no longer sign in or act."
      schema={z.object({ reason: z.string().trim().min(1, 'Say why') })}
      defaultValues={{ reason: '' }}
      send={(body) => data(api.POST('/api/v1/tenants/{id}/suspend', { ...path, body }))}
      fields={(form, errors) => (
        <Field label="Reason" error={errors.reason}>
          <input {...form.register('reason')} />
        </Field>
      )}
    />
  );
}
