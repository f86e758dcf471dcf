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

/** What a role that may not print vouchers is shown instead of a code (VoucherPrinting.MASKED_CODE). */
export const MASKED_CODE = '***';

/** A code as the list shows it: "hidden" when masked for the operator's role, "—" when its batch's key was erased. */
export function shownCode(code: string | undefined): string {
  return code === MASKED_CODE ? 'hidden' : (code ?? '—');
}

/** A code that can be named in a command: neither masked nor erased. */
export function isReadable(code: string | undefined): code is string {
  return code !== undefined && code !== null && code !== MASKED_CODE;
}
