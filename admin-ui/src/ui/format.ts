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
