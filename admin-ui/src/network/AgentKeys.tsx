import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import type { AgentKeyMade, Item as AgentKeyView } from '../api/schema';
import { formatInstant } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { useAction } from '../ui/useCommand';

/**
 * The keys the tenant's VPN-server agents post heartbeats with, known by id and date. A key is shown once, when created:
 * the server keeps only what checks it, so it is listed without the key, and a lost one is revoked and replaced.
 */
export function AgentKeys() {
  const [created, setCreated] = useState<AgentKeyMade | null>(null);
  const keys = useQuery({ queryKey: ['vpn-agent-keys'], queryFn: () => data(api.GET('/api/v1/vpn-servers/agent-keys')) });
  const create = useAction(() => data(api.POST('/api/v1/vpn-servers/agent-keys')), setCreated);

  return (
    <section aria-labelledby="agent-keys">
      <h2 id="agent-keys">Agent keys</h2>
      <p>Each VPN server's agent sends its heartbeat with one of these keys in X-API-Key.</p>
      <div className="actions">
        <button type="button" onClick={create.run} disabled={create.busy}>
          Create agent key
        </button>
      </div>
      <ErrorMessage>{create.message}</ErrorMessage>
      {created && <CreatedKey made={created} onDone={() => setCreated(null)} />}
      <ErrorMessage>{keys.error?.message}</ErrorMessage>
      <AgentKeyList keys={keys.data?.items ?? []} />
    </section>
  );
}

function CreatedKey({ made, onDone }: { made: AgentKeyMade; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="once" role="status">
      <p>
        Agent key <code>{made.id}</code>, shown this once: <code>{made.key}</code>
      </p>
      <div className="actions">
        <button type="button" onClick={async () => {
          await navigator.clipboard.writeText(made.key!);
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
          <th scope="col">Key</th>
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
            <td>
              <code>{key.id}</code>
            </td>
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
  const revoke = useAction(() => data(api.POST('/api/v1/vpn-servers/agent-keys/{id}/revoke', { params: { path: { id: agentKey.id! } } })));
  return (
    <>
      <button type="button" className="danger" onClick={revoke.run} disabled={revoke.busy}>
        Revoke<span className="visually-hidden"> key {agentKey.id}</span>
      </button>
      <ErrorMessage>{revoke.message}</ErrorMessage>
    </>
  );
}
