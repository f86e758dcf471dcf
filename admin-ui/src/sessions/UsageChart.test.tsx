import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { dayLabel, UsageChart } from './UsageChart';
import { everyDay } from './usageDays';

const days = everyDay([
  { date: '2026-12-01', downloadBytes: 3_000_000_000, uploadBytes: 1_000_000_000, sessions: 2, onlineSeconds: 7200 },
  { date: '2026-12-03', downloadBytes: 1_500_000_000, uploadBytes: 500_000_000, sessions: 1, onlineSeconds: 1800 },
], '2026-12-01', '2026-12-03');

// the days are named in the test machine's language
const [first, second, third] = ['2026-12-01', '2026-12-02', '2026-12-03'].map(dayLabel);

describe('the usage chart', () => {
  const html = renderToStaticMarkup(<UsageChart days={days} />);

  it('draws a bar per day, the busiest day full height, download below upload', () => {
    const heights = [...html.matchAll(/<rect class="usage-(down|up)"[^>]* y="([\d.]+)"[^>]* height="([\d.]+)"/g)]
      .map(([, kind, , height]) => [kind, Number(height)]);
    expect(heights).toEqual([['down', 90], ['up', 30], ['down', 0], ['up', 0], ['down', 45], ['up', 15]]);
  });

  it('is an image named by its caption, which sums it up', () => {
    const caption = /<figcaption id="([^"]+)">([^<]+)<\/figcaption>/.exec(html)!;
    expect(html).toContain(`<svg role="img" aria-labelledby="${caption[1]}"`);
    expect(caption[2]).toBe(`4.5 GB down and 1.5 GB up from ${first} to ${third}; 4 GB on the busiest day`);
  });

  it('has the same numbers in a table, a row per day', () => {
    const rows = [...html.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>([^<]+)<\/td><td>([^<]+)<\/td><td>(\d+)<\/td><td>([^<]+)<\/td><\/tr>/g)]
      .map((row) => row.slice(1));
    expect(rows).toEqual([
      [first, '3 GB', '1 GB', '2', '2 h 00 min'],
      [second, '0 B', '0 B', '0', '0 s'],
      [third, '1.5 GB', '500 MB', '1', '30 min'],
    ]);
  });

  it('draws nothing and says so for an empty range', () => {
    const empty = renderToStaticMarkup(<UsageChart days={[]} />);
    expect(empty).toContain('No days chosen');
    expect(empty).not.toContain('<rect');
  });
});
