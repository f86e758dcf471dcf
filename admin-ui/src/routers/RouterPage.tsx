import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import type { RouterView } from '../api/schema';
import { may } from '../auth/permissions';
import { useOperator } from '../auth/useSession';
import { CommandDialog } from '../ui/CommandDialog';
import { formatInstant, withoutEmpty } from '../ui/format';
import { ErrorMessage } from '../ui/Message';
import { useAction } from '../ui/useCommand';
import { z } from 'zod';
import { Field } from '../ui/Field';
import { RouterDetailsFields, routerDetails } from './routerDetails';
import { RouterHealthSection } from './RouterHealthSection';
import { wireGuardKeyForm } from './wireguardKey';

export function RouterPage() {
  const { id } = useParams() as { id: string };
  const role = useOperator().role;
  const router = useQuery({
    queryKey: ['router', id],
    queryFn: () => data(api.GET('/api/v1/routers/{id}', { params: { path: { id } } })),
  });

  if (router.error) {
    return <ErrorMessage>{router.error.message}</ErrorMessage>;
  }
  if (!router.data) {
    return <p role="status">Loading…</p>;
  }
  const r = router.data;
  const active = r.status !== 'DECOMMISSIONED';
  return (
    <>
      <h1>
        {r.name} <span className={`status status-${r.status}`}>{r.status}</span>
      </h1>
      <dl className="facts">
        <dt>Site</dt>
        <dd>{r.site ?? '—'}</dd>
        <dt>Description</dt>
        <dd>{r.description ?? '—'}</dd>
        <dt>Tunnel address</dt>
        <dd>{r.tunnelAddress}</dd>
        <dt>Registered</dt>
        <dd>{formatInstant(r.createdAt)}</dd>
      </dl>
      {active && may(role, 'changeCatalog') && <RouterActions router={r} />}
      {active && <RouterHealthSection router={r} />}
      <WireGuardKey router={r} active={active} mayEnter={active && may(role, 'changeCatalog')} />
      {active && may(role, 'readRouterSecrets') && <SetupScript router={r} />}
    </>
  );
}

function RouterActions({ router }: { router: RouterView }) {
  const path = { params: { path: { id: router.id! } } };
  const rotate = useAction(() => data(api.POST('/api/v1/routers/{id}/rotate-secret', path)));
  return (
    <div className="actions" role="group" aria-label="Actions">
      <CommandDialog
        title="Rename"
        schema={routerDetails}
        defaultValues={{ name: router.name ?? '', site: router.site ?? '', description: router.description ?? '' }}
        send={(details) => data(api.PUT('/api/v1/routers/{id}', { ...path, body: withoutEmpty(details) as { name: string } }))}
        fields={(form, errors) => <RouterDetailsFields form={form} errors={errors} />}
      />
      <button type="button" onClick={rotate.run} disabled={rotate.busy}>
        Rotate secret
      </button>
      <CommandDialog
        title="Decommission"
        danger
        description="The router's RADIUS client entry is removed and its tunnel address freed."
        schema={z.object({})}
        defaultValues={{}}
        send={() => data(api.POST('/api/v1/routers/{id}/decommission', path))}
        fields={() => null}
      />
      <ErrorMessage>{rotate.message}</ErrorMessage>
    </div>
  );
}

/** The router's end of the tunnel: the key the WireGuard server admits it by, and a form to enter it. */
function WireGuardKey({ router, active, mayEnter }: { router: RouterView; active: boolean; mayEnter: boolean }) {
  const key = router.wireguardPublicKey;
  return (
    <section aria-labelledby="wireguard">
      <h2 id="wireguard">WireGuard</h2>
      <dl className="facts">
        <dt>Public key</dt>
        <dd>{key ? <code>{key}</code> : 'not yet known'}</dd>
      </dl>
      {!key && active && (
        <p>
          The router's setup script sends its key when it runs, if ispflow's public URL is configured
          {mayEnter ? '; or enter it as /interface wireguard print shows it on the router.' : '.'}
        </p>
      )}
      {mayEnter && (
        <CommandDialog
          title="Enter WireGuard key"
          description="The router's public key, as /interface wireguard print shows it on the router."
          schema={wireGuardKeyForm}
          defaultValues={{ publicKey: key ?? '' }}
          send={(body) => data(api.PUT('/api/v1/routers/{id}/wireguard-key', { params: { path: { id: router.id! } }, body }))}
          codeFields={{ WIREGUARD_KEY_TAKEN: 'publicKey' }}
          fields={(form, errors) => (
            <Field label="Public key" error={errors.publicKey} hint="44 characters of base64 ending in =">
              <input {...form.register('publicKey')} spellCheck={false} autoComplete="off" />
            </Field>
          )}
        />
      )}
    </section>
  );
}

/** The RouterOS script that sets the router up, secret included: shown on demand, to copy or download. */
function SetupScript({ router }: { router: RouterView }) {
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState(false);
  const script = useQuery({
    queryKey: ['router', router.id, 'setup-script'],
    enabled: shown,
    queryFn: () =>
      data(api.GET('/api/v1/routers/{id}/setup-script', { params: { path: { id: router.id! } }, parseAs: 'text' })) as Promise<string>,
  });
  const download = script.data ? URL.createObjectURL(new Blob([script.data], { type: 'text/plain' })) : undefined;

  async function copy() {
    await navigator.clipboard.writeText(script.data ?? '');
    setCopied(true);
  }

  return (
    <section aria-labelledby="setup-script">
      <h2 id="setup-script">Setup script</h2>
      {!shown && (
        <button type="button" onClick={() => setShown(true)}>
          Show setup script
        </button>
      )}
      <ErrorMessage>{script.error?.message}</ErrorMessage>
      {script.data && (
        <>
          <div className="actions">
            <button type="button" onClick={copy}>
              {copied ? 'Copied' : 'Copy'}
            </button>
            <a className="button" href={download} download={`${router.name}-setup.rsc`}>
              Download
            </a>
          </div>
          <pre tabIndex={0} aria-label="RouterOS setup script">{script.data}</pre>
        </>
      )}
    </section>
  );
}
