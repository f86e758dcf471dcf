import type { Outage } from '../api/schema';

/** The windows availability is shown over, in hours back from now. */
export const WINDOWS = { '24h': 24, '7d': 24 * 7, '30d': 24 * 30 } as const;
export type Window = keyof typeof WINDOWS;
export const WINDOW_LABELS: Record<Window, string> = { '24h': 'last 24 hours', '7d': 'last 7 days', '30d': 'last 30 days' };

/** The query of GET /routers/{id}/availability for a window ending at `now`. */
export function windowQuery(window: Window, now: Date): { from: string; to: string } {
  return { from: new Date(now.getTime() - WINDOWS[window] * 3_600_000).toISOString(), to: now.toISOString() };
}

/** An uptime as the operator reads it: "99.93 %"; a whole 100 as "100 %"; none before the router's first sign of life. */
export function formatUptime(percent: number | undefined | null): string {
  if (percent === undefined || percent === null) {
    return 'not measured yet';
  }
  return `${Number(percent.toFixed(2))} %`;
}

/** How long an outage lasted, in seconds; one still going on lasts until `now`. */
export function outageSeconds(outage: Outage, now: Date): number {
  const end = outage.to ? new Date(outage.to) : now;
  return Math.max(0, (end.getTime() - new Date(outage.from!).getTime()) / 1000);
}
