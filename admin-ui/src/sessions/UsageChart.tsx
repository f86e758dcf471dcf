import { useId } from 'react';
import { formatBytes, formatDuration } from '../ui/format';
import type { DayOfUsage } from './usageDays';

const HEIGHT = 120;
const BAR = 10;
const GAP = 2;

/** "2026-12-03" as "3 Dec" (in the browser's language), the date the day's bar stands for. */
export function dayLabel(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/**
 * Daily usage as bars (download below, upload stacked on it), drawn as plain SVG; the same numbers
 * are in a table beside it (under "Usage by day as a table") for screen readers and for reading exact values.
 */
export function UsageChart({ days }: { days: DayOfUsage[] }) {
  const id = useId();
  const highest = Math.max(0, ...days.map((day) => day.downloadBytes + day.uploadBytes));
  const scale = (bytes: number) => (highest === 0 ? 0 : (bytes / highest) * HEIGHT);
  const total = days.reduce((sum, day) => ({ down: sum.down + day.downloadBytes, up: sum.up + day.uploadBytes }), { down: 0, up: 0 });
  const summary = days.length === 0
    ? 'No days chosen'
    : `${formatBytes(total.down)} down and ${formatBytes(total.up)} up from ${dayLabel(days[0].date)} to ${dayLabel(days[days.length - 1].date)}; ${formatBytes(highest)} on the busiest day`;

  return (
    <figure className="usage">
      <figcaption id={`${id}-caption`}>{summary}</figcaption>
      <div className="usage-chart">
        <span className="usage-axis" aria-hidden="true">{formatBytes(highest)}</span>
        <svg role="img" aria-labelledby={`${id}-caption`} viewBox={`0 0 ${Math.max(1, days.length * (BAR + GAP))} ${HEIGHT}`}
             preserveAspectRatio="none" height={HEIGHT}>
          {days.map((day, index) => {
            const down = scale(day.downloadBytes);
            const up = scale(day.uploadBytes);
            return (
              <g key={day.date}>
                <title>{`${dayLabel(day.date)}: ${formatBytes(day.downloadBytes)} down, ${formatBytes(day.uploadBytes)} up`}</title>
                <rect className="usage-down" x={index * (BAR + GAP)} y={HEIGHT - down} width={BAR} height={down} />
                <rect className="usage-up" x={index * (BAR + GAP)} y={HEIGHT - down - up} width={BAR} height={up} />
              </g>
            );
          })}
        </svg>
      </div>
      {days.length > 0 && (
        <p className="usage-dates" aria-hidden="true">
          <span>{dayLabel(days[0].date)}</span>
          <span>{dayLabel(days[days.length - 1].date)}</span>
        </p>
      )}
      <p className="usage-legend">
        <span className="swatch usage-down" aria-hidden="true" /> download <span className="swatch usage-up" aria-hidden="true" /> upload
      </p>
      <details>
        <summary>Usage by day as a table</summary>
        <table>
          <caption>Usage by day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Down</th>
              <th scope="col">Up</th>
              <th scope="col">Sessions</th>
              <th scope="col">Online</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date}>
                <th scope="row">{dayLabel(day.date)}</th>
                <td>{formatBytes(day.downloadBytes)}</td>
                <td>{formatBytes(day.uploadBytes)}</td>
                <td>{day.sessions}</td>
                <td>{formatDuration(day.onlineSeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
