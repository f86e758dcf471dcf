import { describe, expect, it } from 'vitest';
import { filtersOf, sessionsQuery } from './sessionFilters';

describe('the filters of the sessions screen', () => {
  it('show the online sessions unless the address asks for others', () => {
    expect(filtersOf(new URLSearchParams(''))).toEqual({ shown: 'online', routerId: '', q: '', page: 0 });
    expect(filtersOf(new URLSearchParams('shown=everything&page=x')).shown).toBe('online');
    expect(filtersOf(new URLSearchParams('shown=offline&routerId=r-1&q=10.0&page=2'))).toEqual({ shown: 'offline', routerId: 'r-1', q: '10.0', page: 2 });
  });

  it('ask the server only for what is filtered', () => {
    expect(sessionsQuery({ shown: 'online', routerId: '', q: '  ', page: 0 }, 50)).toEqual({ online: true, page: 0, size: 50 });
    expect(sessionsQuery({ shown: 'offline', routerId: 'r-1', q: ' aa:bb ', page: 3 }, 50))
      .toEqual({ online: false, routerId: 'r-1', q: 'aa:bb', page: 3, size: 50 });
    expect(sessionsQuery({ shown: 'all', routerId: '', q: '', page: 0 }, 50)).toEqual({ page: 0, size: 50 });
  });
});
