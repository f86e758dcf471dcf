import type { RouterHealthState } from '../api/network';

export const HEALTH_LABELS: Record<RouterHealthState, string> = { NEVER_SEEN: 'never seen', ONLINE: 'online', OFFLINE: 'offline' };
const HINTS: Record<RouterHealthState, string> = {
  NEVER_SEEN: 'no heartbeat or accounting from this router yet',
  ONLINE: 'a heartbeat or accounting came within the timeout',
  OFFLINE: 'silent for longer than the timeout',
};

/** A router's health in words (not only in colour): never seen, online or offline. */
export function RouterHealthBadge({ health }: { health: RouterHealthState | undefined }) {
  const state = health ?? 'NEVER_SEEN';
  return (
    <span className={`status status-health-${state}`} title={HINTS[state]}>
      {HEALTH_LABELS[state]}
    </span>
  );
}
