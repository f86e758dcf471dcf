import type { SessionView } from '../api/schema';

const LABELS = { ONLINE: 'online', STALE: 'stale', STOPPED: 'ended' } as const;

/**
 * Online, stale or ended, in words (not only in colour): a stale session is one the router stopped
 * reporting on, so the subscriber may well be gone; it is never shown as online.
 */
export function SessionStatus({ session }: { session: SessionView }) {
  const state = session.status ?? 'STOPPED';
  return (
    <span className={`status status-session-${state}`} title={state === 'STALE' ? 'no interim update for two intervals, or the router restarted' : undefined}>
      {LABELS[state]}
    </span>
  );
}
