/** Which sessions the list shows: online now, stale (no interim update for two intervals, or the router rebooted), or every one. */
export const SHOWN = ['online', 'stale', 'all'] as const;
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
    state: shown === 'online' ? ('ONLINE' as const) : shown === 'stale' ? ('STALE' as const) : undefined,
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
