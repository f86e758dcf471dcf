import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';

/** The tenant's routers (the first 500: a tenant has tens), for naming the router of a session and filtering by it. */
export function useRouters() {
  return useQuery({
    queryKey: ['routers', 'all'],
    queryFn: () => data(api.GET('/api/v1/routers', { params: { query: { page: 0, size: 500 } } })),
  });
}

export function routerNames(routers: ReturnType<typeof useRouters>): Map<string, string> {
  return new Map((routers.data?.items ?? []).flatMap((router) => (router.id && router.name ? [[router.id, router.name] as const] : [])));
}
