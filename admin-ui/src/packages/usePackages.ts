import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';

/** One page of the tenant's packages, retired ones included. */
export function usePackages(page = 0, size = 50) {
  return useQuery({
    queryKey: ['packages', page, size],
    queryFn: () => data(api.GET('/api/v1/packages', { params: { query: { page, size } } })),
  });
}

/** The packages a subscriber may be given: the active ones (a catalogue is small: the first 500). */
export function useActivePackages() {
  const packages = usePackages(0, 500);
  return (packages.data?.items ?? []).filter((pkg) => pkg.status === 'ACTIVE');
}
