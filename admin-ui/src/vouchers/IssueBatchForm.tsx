import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, data } from '../api/client';
import { PackageSelect } from '../packages/PackageSelect';
import { ActionDialog } from '../ui/ActionDialog';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/Message';
import { useCommand } from '../ui/useCommand';
import { batchTerms, EMPTY_BATCH, requestOf } from './voucherTerms';

/** Issues a batch of vouchers for a package, then shows the new batch. */
export function IssueBatchForm() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const { form, onSubmit, message } = useCommand({
    schema: batchTerms,
    defaultValues: EMPTY_BATCH,
    send: (terms) => data(api.POST('/api/v1/voucher-batches', { body: requestOf(terms) })),
    done: (answer) => navigate(`/vouchers/${answer.id}`),
  });
  const errors = form.formState.errors;

  return (
    <ActionDialog title="Issue batch" description="Vouchers for a package, each a code to log in with once." open={open} onOpenChange={setOpen}>
      <form onSubmit={onSubmit} noValidate>
        <ErrorMessage>{message}</ErrorMessage>
        <Field label="Package" error={errors.packageId?.message}>
          <PackageSelect prompt="choose…" {...form.register('packageId')} />
        </Field>
        <Field label="Count" hint="1 to 10,000 vouchers" error={errors.count?.message}>
          <input inputMode="numeric" {...form.register('count')} />
        </Field>
        <Field label="Prefix" hint="Optional: up to 8 characters every code starts with" error={errors.prefix?.message}>
          <input autoComplete="off" {...form.register('prefix')} />
        </Field>
        <Field label="Code length" hint="Random characters after the prefix, 6 to 16; empty: 10" error={errors.codeLength?.message}>
          <input inputMode="numeric" {...form.register('codeLength')} />
        </Field>
        <Field label="Validity (hours)" hint="From the first login; empty: the package's validity" error={errors.validityHours?.message}>
          <input inputMode="numeric" {...form.register('validityHours')} />
        </Field>
        <Field label="Price" hint="Empty: the package's price" error={errors.price?.message}>
          <input inputMode="decimal" {...form.register('price')} />
        </Field>
        <Field label="Usable until" hint="Optional: unused codes stop working then" error={errors.usableUntil?.message}>
          <input type="datetime-local" {...form.register('usableUntil')} />
        </Field>
        <button type="submit" disabled={form.formState.isSubmitting}>
          Issue batch
        </button>
      </form>
    </ActionDialog>
  );
}
