/** A router's health, as the routers list filters it (RouterView carries it as a string). */
export type RouterHealthState = 'NEVER_SEEN' | 'ONLINE' | 'OFFLINE';
export const ROUTER_HEALTH_STATES: readonly RouterHealthState[] = ['NEVER_SEEN', 'ONLINE', 'OFFLINE'];

/** One of the health states, or undefined for anything else. */
export function routerHealthOf(value: string | null | undefined): RouterHealthState | undefined {
  return (ROUTER_HEALTH_STATES as readonly string[]).includes(value ?? '') ? (value as RouterHealthState) : undefined;
}

export const HEALTH_LABELS: Record<RouterHealthState, string> = { NEVER_SEEN: 'never seen', ONLINE: 'online', OFFLINE: 'offline' };
const HINTS: Record<RouterHealthState, string> = {
  NEVER_SEEN: 'no heartbeat or accounting from this router yet',
  ONLINE: 'a heartbeat or accounting came within the timeout',
  OFFLINE: 'silent for longer than the timeout',
};

/** A router's health in words (not only in colour): never seen, online or offline. */
export function RouterHealthBadge({ health }: { health: string | undefined }) {
  const state = routerHealthOf(health) ?? 'NEVER_SEEN';
  return (
    <span className={`status status-health-${state}`} title={HINTS[state]}>
      {HEALTH_LABELS[state]}
    </span>
  );
}
