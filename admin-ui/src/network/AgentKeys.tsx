import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { data } from '../api/client';
import { network, type AgentKeyView } from '../api/network';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { formatInstant, withoutEmpty } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { useAction } from '../ui/useCommand';

const newKey = z.object({ name: z.string().trim().max(100, 'At most 100 characters') });

/**
 * The keys the tenant's VPN-server agents post heartbeats with. A key is shown once, when created:
 * the server keeps only what checks it, so it is listed without the key, and a lost one is revoked and replaced.
 */
export function AgentKeys() {
  const [created, setCreated] = useState<string | null>(null);
  const keys = useQuery({ queryKey: ['vpn-agent-keys'], queryFn: () => data(network.GET('/api/v1/vpn-servers/agent-keys')) });

  return (
    <section aria-labelledby="agent-keys">
      <h2 id="agent-keys">Agent keys</h2>
      <p>Each VPN server's agent sends its heartbeat with one of these keys in X-API-Key.</p>
      <div className="actions">
        <CommandDialog
          title="Create agent key"
          description="The key is shown once, right after it is created: put it in the agent's configuration."
          schema={newKey}
          defaultValues={{ name: '' }}
          send={(values) => data(network.POST('/api/v1/vpn-servers/agent-keys', { body: withoutEmpty(values) }))}
          done={(answer) => setCreated(answer.key)}
          fields={(form, errors) => (
            <Field label="Name" error={errors.name} hint="optional: which servers use it">
              <input {...form.register('name')} autoComplete="off" />
            </Field>
          )}
        />
      </div>
      {created && <CreatedKey agentKey={created} onDone={() => setCreated(null)} />}
      <ErrorMessage>{keys.error?.message}</ErrorMessage>
      <AgentKeyList keys={keys.data ?? []} />
    </section>
  );
}

function CreatedKey({ agentKey, onDone }: { agentKey: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="once" role="status">
      <p>
        The new agent key, shown this once: <code>{agentKey}</code>
      </p>
      <div className="actions">
        <button type="button" onClick={async () => {
          await navigator.clipboard.writeText(agentKey);
          setCopied(true);
        }}>
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          I have stored it
        </button>
      </div>
    </div>
  );
}

function AgentKeyList({ keys }: { keys: AgentKeyView[] }) {
  return (
    <table>
      <caption>Agent keys</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Created</th>
          <th scope="col">State</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key.id}>
            <td>{key.name ?? key.id}</td>
            <td>{formatInstant(key.createdAt)}</td>
            <td>{key.revokedAt ? `revoked ${formatInstant(key.revokedAt)}` : 'in use'}</td>
            <td>{!key.revokedAt && <Revoke agentKey={key} />}</td>
          </tr>
        ))}
        {keys.length === 0 && (
          <tr>
            <td colSpan={4}>No agent key yet.</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

function Revoke({ agentKey }: { agentKey: AgentKeyView }) {
  const revoke = useAction(() => data(network.POST('/api/v1/vpn-servers/agent-keys/{id}/revoke', { params: { path: { id: agentKey.id } } })));
  return (
    <>
      <button type="button" className="danger" onClick={revoke.run} disabled={revoke.busy} aria-label={`Revoke ${agentKey.name ?? agentKey.id}`}>
        Revoke
      </button>
      <ErrorMessage>{revoke.message}</ErrorMessage>
    </>
  );
}
