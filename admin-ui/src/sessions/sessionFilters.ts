/**
 * Which sessions the list shows: online now; the others (stale: no interim update for two intervals,
 * or the router restarted; or ended); or every one.
 */
export const SHOWN = ['online', 'offline', 'all'] as const;
export type Shown = (typeof SHOWN)[number];

export interface SessionFilters {
  shown: Shown;
  routerId: string;
  q: string;
  page: number;
}

/** The filters as the query of GET /api/v1/sessions: empty ones are left out. */
export function sessionsQuery({ shown, routerId, q, page }: SessionFilters, size: number) {
  return {
    online: shown === 'all' ? undefined : shown === 'online',
    routerId: routerId || undefined,
    q: q.trim() || undefined,
    page,
    size,
  };
}

/** The filters kept in the page's address; an unknown `shown` falls back to online. */
export function filtersOf(search: URLSearchParams): SessionFilters {
  const shown = search.get('shown');
  return {
    shown: (SHOWN as readonly string[]).includes(shown ?? '') ? (shown as Shown) : 'online',
    routerId: search.get('routerId') ?? '',
    q: search.get('q') ?? '',
    page: Number(search.get('page') ?? 0) || 0,
  };
}
