import { useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, data, session } from '../api/client';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/Message';
import { useCommand } from '../ui/useCommand';

const signIn = z.object({
  username: z.string().trim().min(1, 'Enter your user name'),
  password: z.string().min(1, 'Enter your password'),
});

export function SignInPage({ expired }: { expired: boolean }) {
  const queries = useQueryClient();
  const { form, onSubmit, message } = useCommand({
    schema: signIn,
    defaultValues: { username: '', password: '' },
    send: (body) => data(api.POST('/api/v1/auth/login', { body })),
    done: (tokens) => {
      // nothing read for the operator before, whose session ended, shows to this one
      queries.clear();
      session.signedIn({ accessToken: tokens.accessToken!, refreshToken: tokens.refreshToken! });
    },
  });
  const errors = form.formState.errors;

  return (
    <main className="sign-in">
      <h1>ispflow</h1>
      <form onSubmit={onSubmit} noValidate aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">Sign in</h2>
        {expired && <p role="status">Your session has ended. Sign in again to go on where you were.</p>}
        <ErrorMessage>{message}</ErrorMessage>
        <Field label="User name" error={errors.username?.message}>
          <input autoComplete="username" {...form.register('username')} />
        </Field>
        <Field label="Password" error={errors.password?.message}>
          <input type="password" autoComplete="current-password" {...form.register('password')} />
        </Field>
        <button type="submit" disabled={form.formState.isSubmitting}>
          Sign in
        </button>
      </form>
    </main>
  );
}
