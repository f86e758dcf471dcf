import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api, data } from '../api/client';
import type { OperatorView } from '../api/schema';
import type { Role } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/Message';

/** The roles an OWNER may give in its own tenant (PLATFORM_ADMIN belongs to the platform tenant alone). */
const ROLES: Role[] = ['OWNER', 'ADMIN', 'OPERATOR', 'AUDITOR', 'READONLY'];
const roleField = z.enum(['OWNER', 'ADMIN', 'OPERATOR', 'AUDITOR', 'READONLY']);

export function OperatorsPage() {
  const operators = useQuery({ queryKey: ['operators'], queryFn: () => data(api.GET('/api/v1/operators')) });
  const me = useOperator().username;

  return (
    <>
      <h1>Operators</h1>
      <CommandDialog
        title="New operator"
        schema={z.object({ username: z.string().trim().min(1, 'Choose a user name'), password: z.string().min(1, 'Choose a password'), role: roleField })}
        defaultValues={{ username: '', password: '', role: 'OPERATOR' as const }}
        send={(body) => data(api.POST('/api/v1/operators', { body }))}
        fields={(form, errors) => (
          <>
            <Field label="User name" error={errors.username}>
              <input autoComplete="off" {...form.register('username')} />
            </Field>
            <Field label="Password" error={errors.password}>
              <input type="password" autoComplete="new-password" {...form.register('password')} />
            </Field>
            <Field label="Role" error={errors.role}>
              <RoleSelect {...form.register('role')} />
            </Field>
          </>
        )}
      />
      <ErrorMessage>{operators.error?.message}</ErrorMessage>
      <table>
        <caption>Operators of this tenant and their roles</caption>
        <thead>
          <tr>
            <th scope="col">User name</th>
            <th scope="col">Role</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {(operators.data ?? []).map((operator) => (
            <tr key={operator.id}>
              <td>{operator.username}</td>
              <td>{operator.role}</td>
              <td>{operator.username !== me && <OperatorActions operator={operator} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function OperatorActions({ operator }: { operator: OperatorView }) {
  const path = { params: { path: { id: operator.id! } } };
  return (
    <div className="actions">
      <CommandDialog
        title={`Change role of ${operator.username}`}
        schema={z.object({ role: roleField })}
        defaultValues={{ role: operator.role as z.infer<typeof roleField> }}
        send={(body) => data(api.PUT('/api/v1/operators/{id}/role', { ...path, body }))}
        fields={(form, errors) => (
          <Field label="Role" error={errors.role}>
            <RoleSelect {...form.register('role')} />
          </Field>
        )}
      />
      <CommandDialog
        title={`Set password of ${operator.username}`}
        schema={z.object({ password: z.string().min(1, 'Choose a password') })}
        defaultValues={{ password: '' }}
        send={(body) => data(api.PUT('/api/v1/operators/{id}/password', { ...path, body }))}
        fields={(form, errors) => (
          <Field label="New password" error={errors.password}>
            <input type="password" autoComplete="new-password" {...form.register('password')} />
          </Field>
        )}
      />
      <CommandDialog
        title={`Remove ${operator.username}`}
        danger
        description="The operator can no longer sign in; what they did stays in the history."
        schema={z.object({})}
        defaultValues={{}}
        send={() => data(api.DELETE('/api/v1/operators/{id}', path))}
        fields={() => null}
      />
    </div>
  );
}

function RoleSelect(props: React.ComponentProps<'select'>) {
  return (
    <select {...props}>
      {ROLES.map((role) => (
        <option key={role}>{role}</option>
      ))}
    </select>
  );
}
