import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { Field } from '../ui/Field';

/** A router's name, site and description, as the register and rename forms hold them. */
export const routerDetails = z.object({
  name: z.string().trim().min(1, 'Name the router'),
  site: z.string().trim(),
  description: z.string().trim(),
});

type RouterDetails = z.infer<typeof routerDetails>;

export function RouterDetailsFields({ form, errors }: { form: UseFormReturn<RouterDetails>; errors: Partial<Record<keyof RouterDetails, string>> }) {
  return (
    <>
      <Field label="Name" error={errors.name}>
        <input {...form.register('name')} />
      </Field>
      <Field label="Site" error={errors.site}>
        <input {...form.register('site')} />
      </Field>
      <Field label="Description" error={errors.description}>
        <input {...form.register('description')} />
      </Field>
    </>
  );
}
