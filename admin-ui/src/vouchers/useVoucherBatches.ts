import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import { usePackages } from '../packages/usePackages';

/** One page of the tenant's voucher batches, newest first. */
export function useVoucherBatches(page: number, size: number) {
  return useQuery({
    queryKey: ['voucher-batches', page, size],
    queryFn: () => data(api.GET('/api/v1/voucher-batches', { params: { query: { page, size } } })),
  });
}

/** Package names by id, retired packages included: a batch keeps its package after it is retired. */
export function usePackageNames(): ReadonlyMap<string, string> {
  const packages = usePackages(0, 500);
  return new Map((packages.data?.items ?? []).flatMap((pkg) => (pkg.id && pkg.name ? [[pkg.id, pkg.name] as const] : [])));
}
