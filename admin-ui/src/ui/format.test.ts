import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration } from './format';

describe('traffic and time as an operator reads them', () => {
  it('shows bytes in decimal units with one decimal below 100', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1_500_000)).toBe('1.5 MB');
    expect(formatBytes(2_000_000_000)).toBe('2 GB');
    expect(formatBytes(123_456_789_012)).toBe('123 GB');
    expect(formatBytes(undefined)).toBe('—');
  });

  it('shows time online in hours and minutes', () => {
    expect(formatDuration(40)).toBe('40 s');
    expect(formatDuration(12 * 60 + 5)).toBe('12 min');
    expect(formatDuration(2 * 3600 + 5 * 60)).toBe('2 h 05 min');
    expect(formatDuration(null)).toBe('—');
  });
});
