import { useState } from 'react';
import { api, data } from '../api/client';
import type { PackageView } from '../api/schema';
import { ActionDialog } from '../ui/ActionDialog';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/Message';
import { useCommand } from '../ui/useCommand';
import { afterQuota, packageTerms, requestOf, termsOf } from './packageTerms';

/** Creates a package, or replaces the whole terms of `existing`. */
export function PackageForm({ existing }: { existing?: PackageView }) {
  const [open, setOpen] = useState(false);
  const { form, onSubmit, message } = useCommand({
    schema: packageTerms,
    defaultValues: termsOf(existing),
    send: (terms) =>
      existing
        ? data(api.PUT('/api/v1/packages/{id}', { params: { path: { id: existing.id! } }, body: requestOf(terms) }))
        : data(api.POST('/api/v1/packages', { body: requestOf(terms) })),
    done: () => {
      setOpen(false);
      form.reset(existing ? undefined : termsOf());
    },
  });
  const errors = form.formState.errors;
  const quota = form.watch();

  return (
    <ActionDialog title={existing ? `Edit ${existing.name}` : 'New package'} open={open} onOpenChange={setOpen}>
      <form onSubmit={onSubmit} noValidate>
        <ErrorMessage>{message}</ErrorMessage>
        <Field label="Name" error={errors.name?.message}>
          <input {...form.register('name')} />
        </Field>
        <Field label="Download (kbit/s)" error={errors.downloadKbps?.message}>
          <input inputMode="numeric" {...form.register('downloadKbps')} />
        </Field>
        <Field label="Upload (kbit/s)" error={errors.uploadKbps?.message}>
          <input inputMode="numeric" {...form.register('uploadKbps')} />
        </Field>
        <Field label="Validity (days)" error={errors.validityDays?.message}>
          <input inputMode="numeric" {...form.register('validityDays')} />
        </Field>
        <Field label="Device limit" error={errors.deviceLimit?.message}>
          <input inputMode="numeric" {...form.register('deviceLimit')} />
        </Field>
        <Field label="Session timeout (s)" error={errors.sessionTimeout?.message}>
          <input inputMode="numeric" {...form.register('sessionTimeout')} />
        </Field>
        <Field label="Idle timeout (s)" error={errors.idleTimeout?.message}>
          <input inputMode="numeric" {...form.register('idleTimeout')} />
        </Field>
        <Field label="Address pool" error={errors.addressPool?.message}>
          <input {...form.register('addressPool')} />
        </Field>
        <Field label="Price" error={errors.price?.message}>
          <input inputMode="decimal" {...form.register('price')} />
        </Field>
        <fieldset>
          <legend>Data quota per subscription period</legend>
          <Field label="Data quota" hint="Empty: no quota. 1 GB = 1000 MB." error={errors.dataQuotaMb?.message}>
            <input inputMode="decimal" {...form.register('dataQuotaMb')} />
          </Field>
          <Field label="Quota unit">
            <select {...form.register('quotaUnit')}>
              <option value="GB">GB</option>
              <option value="MB">MB</option>
            </select>
          </Field>
          <Field label="Fair-usage download (kbit/s)" hint="The rate once the quota is used up." error={errors.fupDownloadKbps?.message}>
            <input inputMode="numeric" {...form.register('fupDownloadKbps')} />
          </Field>
          <Field label="Fair-usage upload (kbit/s)" error={errors.fupUploadKbps?.message}>
            <input inputMode="numeric" {...form.register('fupUploadKbps')} />
          </Field>
          <p className="hint">{afterQuota(quota.dataQuotaMb, quota.fupDownloadKbps, quota.fupUploadKbps)}</p>
        </fieldset>
        <button type="submit" disabled={form.formState.isSubmitting}>
          {existing ? 'Save terms' : 'Create package'}
        </button>
      </form>
    </ActionDialog>
  );
}
