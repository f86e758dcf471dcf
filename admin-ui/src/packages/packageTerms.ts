import { z } from 'zod';
import type { PackageRequest, PackageView } from '../api/schema';

const whole = (label: string) => z.string().trim().regex(/^\d+$/, `${label} is a whole number`);
const optionalWhole = (label: string) => z.string().trim().regex(/^\d*$/, `${label} is a whole number`);

/** A package's whole terms as the form holds them (text), checked before the server checks them again. */
export const packageTerms = z.object({
  name: z.string().trim().min(1, 'Name the package'),
  downloadKbps: whole('Download'),
  uploadKbps: whole('Upload'),
  sessionTimeout: optionalWhole('Session timeout'),
  idleTimeout: optionalWhole('Idle timeout'),
  deviceLimit: optionalWhole('Device limit'),
  validityDays: optionalWhole('Validity'),
  addressPool: z.string().trim(),
  price: z.string().trim().regex(/^(\d+(\.\d{1,2})?)?$/, 'Price is an amount such as 25.00'),
});

export type PackageTerms = z.infer<typeof packageTerms>;

export function termsOf(existing?: PackageView): PackageTerms {
  const text = (value: number | string | undefined) => (value === undefined || value === null ? '' : String(value));
  return {
    name: existing?.name ?? '',
    downloadKbps: text(existing?.downloadKbps),
    uploadKbps: text(existing?.uploadKbps),
    sessionTimeout: text(existing?.sessionTimeout),
    idleTimeout: text(existing?.idleTimeout),
    deviceLimit: text(existing?.deviceLimit),
    validityDays: text(existing?.validityDays),
    addressPool: existing?.addressPool ?? '',
    price: text(existing?.price),
  };
}

export function requestOf(terms: PackageTerms): PackageRequest {
  const number = (value: string) => (value === '' ? undefined : Number(value));
  return {
    name: terms.name,
    downloadKbps: Number(terms.downloadKbps),
    uploadKbps: Number(terms.uploadKbps),
    sessionTimeout: number(terms.sessionTimeout),
    idleTimeout: number(terms.idleTimeout),
    deviceLimit: number(terms.deviceLimit),
    validityDays: number(terms.validityDays),
    addressPool: terms.addressPool === '' ? undefined : terms.addressPool,
    price: number(terms.price),
  };
}
