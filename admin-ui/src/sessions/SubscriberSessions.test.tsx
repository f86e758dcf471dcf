import { describe, expect, it } from 'vitest';
import { render, textOf } from '../test/render';
import { SubscriberSessions } from './SubscriberSessions';
import { rangeProblem } from './SubscriberUsage';

describe("a subscriber's sessions", () => {
  it('show ended ones with when and why they ended, without repeating the user name', () => {
    const html = render(<SubscriberSessions subscriberId="s-1" />, 'READONLY', [[['subscriber', 's-1', 'sessions', 0], {
      items: [{ sessionId: 'a1', subscriberId: 's-1', username: 'alice', nasAddress: '100.64.0.2', framedIp: '10.10.0.7',
        startedAt: '2026-12-01T08:00:00Z', stoppedAt: '2026-12-01T10:00:00Z', uploadBytes: 1000, downloadBytes: 2000,
        terminateCause: 'User-Request', status: 'STOPPED' }],
      total: 1,
    }]]);

    expect(textOf(html)).toContain('2 kB ended');
    expect(textOf(html)).toContain('User-Request');
    expect(textOf(html)).not.toContain('alice');
  });

  it('say so when there is none yet', () => {
    expect(textOf(render(<SubscriberSessions subscriberId="s-1" />, 'READONLY', [[['subscriber', 's-1', 'sessions', 0], { items: [], total: 0 }]])))
      .toContain('No session yet.');
  });
});

describe('the range of the usage chart', () => {
  it('is two days, the first not after the last, at most a year apart', () => {
    expect(rangeProblem('2026-11-04', '2026-12-03')).toBeUndefined();
    expect(rangeProblem('2026-12-03', '2026-12-03')).toBeUndefined();
    expect(rangeProblem('', '2026-12-03')).toBe('Give both days');
    expect(rangeProblem('2026-12-04', '2026-12-03')).toBe('The first day comes after the last');
    expect(rangeProblem('2025-12-01', '2026-12-03')).toBe('At most 366 days');
  });
});
