import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import type { VpnServerView } from '../api/schema';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { CommandDialog } from '../ui/CommandDialog';
import { Field } from '../ui/Field';
import { formatInstant } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { REFRESH_MILLIS } from './VpnServersPage';
import { Flags, Load, Services, VpnStatus } from './VpnServerParts';
import { flagsForm, flagsOf, wireGuardForm } from './vpnServerForms';
import { locationOf } from './vpnFilters';

/** One VPN server: what its agent last reported, the operator's flags, and its WireGuard side, each editable. */
export function VpnServerPage() {
  const { id } = useParams() as { id: string };
  const mayChange = may(useOperator().role, 'changeVpnServers');
  const server = useQuery({
    queryKey: ['vpn-server', id],
    queryFn: () => data(api.GET('/api/v1/vpn-servers/{id}', { params: { path: { id } } })),
    refetchInterval: REFRESH_MILLIS,
  });

  if (server.error) {
    return <ErrorMessage>{server.error.message}</ErrorMessage>;
  }
  if (!server.data) {
    return <p role="status">Loading…</p>;
  }
  const s = server.data;
  return (
    <>
      <h1>
        {s.hostname} <VpnStatus status={s.status} />
      </h1>
      <dl className="facts">
        <dt>Address</dt>
        <dd>{s.ip}</dd>
        <dt>Location</dt>
        <dd>{locationOf(s)}</dd>
        <dt>Services</dt>
        <dd>
          <Services services={s.services} />
        </dd>
        <dt>Load</dt>
        <dd>
          <Load load={s.load} />
        </dd>
        <dt>First heartbeat</dt>
        <dd>{formatInstant(s.firstHeartbeatAt)}</dd>
        <dt>Last heartbeat</dt>
        <dd>{formatInstant(s.lastHeartbeatAt)}</dd>
      </dl>
      <section aria-labelledby="flags">
        <h2 id="flags">Flags</h2>
        <Flags flags={s.flags} />
        {mayChange && <EditFlags server={s} />}
      </section>
      <section aria-labelledby="wireguard">
        <h2 id="wireguard">WireGuard</h2>
        <dl className="facts">
          <dt>Endpoint</dt>
          <dd>{s.wireguardEndpoint ? <code>{s.wireguardEndpoint}</code> : 'not set'}</dd>
          <dt>Public key</dt>
          <dd>{s.publicKey ? <code>{s.publicKey}</code> : 'not set'}</dd>
        </dl>
        {!s.wireguardEndpoint && <p>Without them, routers' setup scripts use the installation's default WireGuard server.</p>}
        {mayChange && <EditWireGuard server={s} />}
      </section>
    </>
  );
}

function EditFlags({ server }: { server: VpnServerView }) {
  return (
    <CommandDialog
      title="Edit flags"
      description="A disabled server is not offered to routers; a static one is kept however long it is silent."
      schema={flagsForm}
      defaultValues={{ enabled: server.flags?.enabled ?? true, static: server.flags?.static ?? false, tags: (server.flags?.tags ?? []).join(', ') }}
      send={(form) => data(api.PATCH('/api/v1/vpn-servers/{id}', { params: { path: { id: server.id! } }, body: { flags: flagsOf(form) } }))}
      fields={(form, errors) => (
        <>
          <label className="check">
            <input type="checkbox" {...form.register('enabled')} /> Enabled
          </label>
          <label className="check">
            <input type="checkbox" {...form.register('static')} /> Static (never forgotten when silent)
          </label>
          <Field label="Tags" error={errors.tags} hint="separated by commas, as gaming, streaming, paid">
            <input {...form.register('tags')} autoComplete="off" />
          </Field>
        </>
      )}
    />
  );
}

function EditWireGuard({ server }: { server: VpnServerView }) {
  return (
    <CommandDialog
      title="Edit WireGuard"
      description="The endpoint routers connect to and the server's public key, as wg show prints it."
      schema={wireGuardForm}
      defaultValues={{ wireguardEndpoint: server.wireguardEndpoint ?? '', publicKey: server.publicKey ?? '' }}
      send={(body) => data(api.PATCH('/api/v1/vpn-servers/{id}', { params: { path: { id: server.id! } }, body }))}
      fields={(form, errors) => (
        <>
          <Field label="Endpoint" error={errors.wireguardEndpoint} hint="host:port">
            <input {...form.register('wireguardEndpoint')} spellCheck={false} autoComplete="off" />
          </Field>
          <Field label="Public key" error={errors.publicKey} hint="44 characters of base64 ending in =">
            <input {...form.register('publicKey')} spellCheck={false} autoComplete="off" />
          </Field>
        </>
      )}
    />
  );
}
