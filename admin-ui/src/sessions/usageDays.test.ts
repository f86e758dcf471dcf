import { describe, expect, it } from 'vitest';
import { everyDay, lastDays } from './usageDays';

describe('the days of a usage chart', () => {
  it('are every day of the range, in order, a day without a row being a day of nothing', () => {
    const days = everyDay([
      { date: '2026-12-03', downloadBytes: 300, uploadBytes: 30, sessions: 2, onlineSeconds: 600 },
      { date: '2026-11-30', downloadBytes: 100, uploadBytes: 10, sessions: 1, onlineSeconds: 60 },
    ], '2026-11-30', '2026-12-03');

    expect(days.map((day) => [day.date, day.downloadBytes])).toEqual([
      ['2026-11-30', 100], ['2026-12-01', 0], ['2026-12-02', 0], ['2026-12-03', 300],
    ]);
    expect(days[1]).toEqual({ date: '2026-12-01', downloadBytes: 0, uploadBytes: 0, sessions: 0, onlineSeconds: 0 });
  });

  it('are none for a range that ends before it starts', () => {
    expect(everyDay([], '2026-12-03', '2026-12-01')).toEqual([]);
  });

  it('start 29 days before today for the last 30 days', () => {
    expect(lastDays(30, new Date('2026-12-03T23:59:00Z'))).toEqual({ from: '2026-11-04', to: '2026-12-03' });
  });
});
