import { z } from 'zod';

/**
 * A WireGuard public key as `wg pubkey` prints it, held as the server holds it (WireGuardKey):
 * base64 of 32 bytes, 43 digits and one `=`, the last digit's spare bits zero.
 */
const KEY = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;

export function isWireGuardKey(text: string): boolean {
  return KEY.test(text);
}

/** The form's key: spaces around a pasted key are dropped, what remains must be a key. */
export const wireGuardKeyForm = z.object({
  publicKey: z
    .string()
    .trim()
    .refine(isWireGuardKey, 'Enter the key as wg pubkey prints it: 44 characters of base64 ending in ='),
});
