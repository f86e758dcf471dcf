import type { VoucherView } from '../api/schema';

type VoucherStatus = NonNullable<VoucherView['status']>;

export const VOUCHER_STATUSES: readonly VoucherStatus[] = ['UNUSED', 'ACTIVE', 'EXPIRED', 'REVOKED'];

export const STATUS_LABELS: Record<VoucherStatus, string> = { UNUSED: 'unused', ACTIVE: 'active', EXPIRED: 'expired', REVOKED: 'revoked' };

export interface VoucherFilters {
  /** Empty: every status. */
  status: VoucherStatus | '';
  page: number;
}

/** The filters kept in the page's address; an unknown status shows every voucher. */
export function filtersOf(search: URLSearchParams): VoucherFilters {
  const status = search.get('status') ?? '';
  return {
    status: (VOUCHER_STATUSES as readonly string[]).includes(status) ? (status as VoucherStatus) : '',
    page: Number(search.get('page') ?? 0) || 0,
  };
}
