import type { VpnServerFlags, VpnServerView } from '../api/schema';
import { formatLoad, formatMbps, type VpnServerStatus } from './vpnFilters';

/** Up or down in words (not only in colour). */
export function VpnStatus({ status }: { status: VpnServerStatus | undefined }) {
  const state = status ?? 'DOWN';
  return <span className={`status status-vpn-${state}`}>{state === 'UP' ? 'up' : 'down'}</span>;
}

/** Each service the agent reported, a stopped one struck through and said to be stopped. */
export function Services({ services }: { services: VpnServerView['services'] | undefined }) {
  if (!services?.length) {
    return <>—</>;
  }
  return (
    <ul className="tags">
      {services.map((service) => (
        <li key={service.name} className={service.active ? undefined : 'service-down'}>
          {service.name}
          {!service.active && <span className="visually-hidden"> (stopped)</span>}
        </li>
      ))}
    </ul>
  );
}

export function Load({ load }: { load: VpnServerView['load'] | undefined }) {
  return (
    <>
      CPU {formatLoad(load?.cpu)}, RAM {formatLoad(load?.ram)}, net {formatMbps(load?.net)}
    </>
  );
}

/** The operator's flags: enabled or disabled, static (never forgotten), and free-form tags. */
export function Flags({ flags }: { flags: VpnServerFlags | undefined }) {
  return (
    <ul className="tags">
      <li>{flags?.enabled === false ? 'disabled' : 'enabled'}</li>
      {flags?.static && <li>static</li>}
      {(flags?.tags ?? []).map((tag) => (
        <li key={tag}>#{tag}</li>
      ))}
    </ul>
  );
}
