/** Instants as the operator reads them: local date and time, minutes precision; '—' for none. */
export function formatInstant(instant: string | undefined | null): string {
  if (!instant) {
    return '—';
  }
  return new Date(instant).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A rate in kbit/s as Mbit/s when it is whole megabits ("20 Mbit/s"), else as kbit/s. */
export function formatRate(kbps: number | undefined): string {
  if (kbps === undefined) {
    return '—';
  }
  return kbps % 1000 === 0 ? `${kbps / 1000} Mbit/s` : `${kbps} kbit/s`;
}

/** The form's optional fields that were left empty are left out of the command's body. */
export function withoutEmpty<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '' && value !== undefined)) as Partial<T>;
}

const BYTE_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

/** Traffic as ISPs sell it, in decimal units: 1 500 000 bytes read "1.5 MB"; '—' for none. */
export function formatBytes(bytes: number | undefined | null): string {
  if (bytes === undefined || bytes === null) {
    return '—';
  }
  let unit = 0;
  let value = bytes;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const shown = unit === 0 || value >= 100 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${BYTE_UNITS[unit]}`;
}

/** A length of time online: "2 h 05 min", "12 min", "40 s". */
export function formatDuration(seconds: number | undefined | null): string {
  if (seconds === undefined || seconds === null) {
    return '—';
  }
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (hours > 0) {
    return `${hours} h ${String(minutes).padStart(2, '0')} min`;
  }
  return minutes > 0 ? `${minutes} min` : `${Math.floor(seconds)} s`;
}

/** An event's type in words: "SubscriberSuspended" reads "Subscriber suspended". */
export function describe(type: string | undefined): string {
  const words = (type ?? '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
