import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ApiError, showProblem } from '../api/problem';

interface CommandOptions<Values extends FieldValues, Answer> {
  schema: z.ZodType<Values, Values>;
  defaultValues: DefaultValues<Values>;
  send: (values: Values) => Promise<Answer>;
  done?: (answer: Answer) => void;
  /** The field each refusal code without field errors is about, to show it next to that field. */
  codeFields?: Readonly<Record<string, Path<Values>>>;
}

/**
 * A form that sends one command: validated by its schema first, then by the server, whose field
 * errors appear next to the form's fields and whose other refusals above it. After the command
 * every cached read is fetched again (with X-Min-Position), so the screen shows what was done.
 */
export function useCommand<Values extends FieldValues, Answer>({ schema, defaultValues, send, done, codeFields }: CommandOptions<Values, Answer>) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues });
  const queries = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    try {
      const answer = await send(values);
      await queries.invalidateQueries();
      done?.(answer);
    } catch (failure) {
      if (!(failure instanceof ApiError)) {
        setMessage(failure instanceof Error ? failure.message : String(failure));
        return;
      }
      const shown = showProblem(failure.problem, Object.keys(defaultValues), codeFields);
      Object.entries(shown.fields).forEach(([field, text]) => form.setError(field as Path<Values>, { type: 'server', message: text }));
      setMessage(shown.message);
    }
  });

  return { form, onSubmit, message };
}

/** A command without fields (reactivate, retire, decommission): its refusal as a message. */
export function useAction<Answer>(send: () => Promise<Answer>, done?: (answer: Answer) => void) {
  const queries = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run() {
    setMessage(null);
    setBusy(true);
    try {
      const answer = await send();
      await queries.invalidateQueries();
      done?.(answer);
    } catch (failure) {
      setMessage(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return { run, message, busy };
}
