import { useState, type ReactNode } from 'react';
import type { DefaultValues, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { ActionDialog } from './ActionDialog';
import { ErrorMessage } from './Message';
import { useCommand } from './useCommand';

interface CommandDialogProps<Values extends FieldValues, Answer> {
  title: string;
  description?: string;
  danger?: boolean;
  schema: z.ZodType<Values, Values>;
  defaultValues: DefaultValues<Values>;
  send: (values: Values) => Promise<Answer>;
  done?: (answer: Answer) => void;
  codeFields?: Readonly<Record<string, Path<Values>>>;
  fields: (form: UseFormReturn<Values>, errors: Partial<Record<Path<Values>, string>>) => ReactNode;
}

/** A button that opens a dialog with one command's form; `fields` draws the form's inputs. */
export function CommandDialog<Values extends FieldValues, Answer>({ title, description, danger, schema, defaultValues, send, done, codeFields, fields }: CommandDialogProps<Values, Answer>) {
  const [open, setOpen] = useState(false);
  const { form, onSubmit, message } = useCommand({
    schema,
    defaultValues,
    send,
    codeFields,
    done: (answer) => {
      setOpen(false);
      done?.(answer);
    },
  });
  const errors = Object.fromEntries(
    Object.entries(form.formState.errors).map(([field, error]) => [field, (error as { message?: string }).message]),
  ) as Partial<Record<Path<Values>, string>>;

  return (
    <ActionDialog title={title} description={description} danger={danger} open={open} onOpenChange={setOpen}>
      <form onSubmit={onSubmit} noValidate>
        <ErrorMessage>{message}</ErrorMessage>
        {fields(form, errors)}
        <button type="submit" className={danger ? 'danger' : undefined} disabled={form.formState.isSubmitting}>
          {title}
        </button>
      </form>
    </ActionDialog>
  );
}
