import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';

/** One page of the tenant's voucher batches, newest first. */
export function useVoucherBatches(page: number, size: number) {
  return useQuery({
    queryKey: ['voucher-batches', page, size],
    queryFn: () => data(api.GET('/api/v1/voucher-batches', { params: { query: { page, size } } })),
  });
}
