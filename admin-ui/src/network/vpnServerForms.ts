import { z } from 'zod';
import type { VpnServerFlags } from '../api/schema';
import { isWireGuardKey } from '../routers/wireguardKey';

/** The flags form: tags typed as one line, separated by commas or spaces. */
export const flagsForm = z.object({
  enabled: z.boolean(),
  static: z.boolean(),
  tags: z.string(),
});
export type FlagsForm = z.infer<typeof flagsForm>;

/** "gaming, streaming  paid" → ["gaming", "streaming", "paid"]: each tag once, in the order typed. */
export function tagsOf(line: string): string[] {
  return [...new Set(line.split(/[\s,]+/).filter(Boolean))];
}

export function flagsOf(form: FlagsForm): VpnServerFlags {
  return { enabled: form.enabled, static: form.static, tags: tagsOf(form.tags) };
}

/** host:port or [IPv6]:port, the way WireGuard's Endpoint is written. */
const ENDPOINT = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):([0-9]{1,5})$/;

export function isEndpoint(text: string): boolean {
  const match = ENDPOINT.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 65535;
}

/** The server's WireGuard side, which routers' setup scripts are generated for; both fields or neither changed. */
export const wireGuardForm = z.object({
  wireguardEndpoint: z.string().trim().refine(isEndpoint, 'Enter host:port, as vpn1.example.net:51820'),
  publicKey: z.string().trim().refine(isWireGuardKey, 'Enter the key as wg pubkey prints it: 44 characters of base64 ending in ='),
});
