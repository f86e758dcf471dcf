import { describe, expect, it } from 'vitest';
import type { QuotaView, SubscriberView } from '../api/schema';
import type { Role } from '../auth/permissions';
import { render, textOf } from '../test/render';
import { SubscriberQuota } from './SubscriberQuota';

const period = { periodStart: '2026-12-01T00:00:00Z', periodEnd: '2026-12-31T00:00:00Z' };
const within: QuotaView = { limitMb: 50_000, usedMb: 12_500, topUpMb: 0, ...period, state: 'WITHIN' };
const show = (quota: QuotaView | undefined, role: Role = 'READONLY') =>
  render(<SubscriberQuota subscriber={{ id: 's-1', quota } as SubscriberView} />, role);

describe("the subscriber's data quota", () => {
  it('shows what was used against the quota as a progress bar with its values and a text equivalent', () => {
    const html = show(within);

    expect(html).toContain('role="progressbar"');
    expect(html).toContain('aria-valuemin="0" aria-valuemax="50000" aria-valuenow="12500"');
    expect(html).toContain('aria-valuetext="12.5 GB of 50 GB used (25 %)"');
    expect(textOf(html)).toContain('Within the quota');
    expect(html).toContain('width:25%');
  });

  it('counts the top-ups in the allowance and says so', () => {
    const html = show({ ...within, usedMb: 55_000, topUpMb: 10_000 });

    expect(html).toContain('aria-valuemax="60000" aria-valuenow="55000"');
    expect(textOf(html)).toContain('55 GB of 60 GB used (91 %): 50 GB quota + 10 GB top-ups');
  });

  it('flags fair usage and a block in words, not only by colour, the bar full even past the allowance', () => {
    const fairUsage = textOf(show({ ...within, usedMb: 50_000, state: 'FAIR_USAGE' }));
    const blocked = show({ ...within, usedMb: 50_250, state: 'BLOCKED' });

    expect(fairUsage).toContain('Fair usage Quota used up: the fair-usage rate until the next period or a top-up.');
    expect(textOf(blocked)).toContain('Blocked Quota used up: no service until the next period or a top-up.');
    expect(blocked).toContain('aria-valuenow="50000"');
    expect(textOf(blocked)).toContain('50.3 GB of 50 GB used (100 %)');
    expect(blocked).toContain('width:100%');
  });

  it('shows no bar for a package without a quota', () => {
    const html = show({ usedMb: 7_000, topUpMb: 0, ...period, state: 'UNLIMITED' });

    expect(textOf(html)).toContain('Unlimited The package has no data quota.');
    expect(html).not.toContain('progressbar');
  });

  it('gives the period, or says it has no end', () => {
    expect(textOf(show(within))).toMatch(/Period .*2026.* to .*2026/);
    expect(textOf(show({ ...within, periodEnd: undefined }))).toMatch(/Period .* to no end/);
  });

  it('says when the quota is not known yet', () => {
    expect(textOf(show(undefined))).toContain('Not known yet');
  });

  it('offers Top up to the roles that may change subscribers only, and only with a quota', () => {
    const pressable = (role: Role, quota: QuotaView = within) => show(quota, role).includes('>Top up</button>');

    expect((['OWNER', 'ADMIN', 'OPERATOR'] as Role[]).map((role) => pressable(role))).toEqual([true, true, true]);
    expect((['AUDITOR', 'READONLY'] as Role[]).map((role) => pressable(role))).toEqual([false, false]);
    expect(pressable('OWNER', { ...within, limitMb: undefined, state: 'UNLIMITED' })).toBe(false);
  });
});
