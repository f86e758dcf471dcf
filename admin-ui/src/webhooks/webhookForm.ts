import { z } from 'zod';
import type { WebhookDelivery } from '../api/schema';

export type WebhookEvent = NonNullable<WebhookDelivery['event']>;

/** What a webhook can be told, in the order the form offers them: the network's first. */
export const WEBHOOK_EVENTS = [
  'ROUTER_OFFLINE', 'ROUTER_ONLINE', 'VPN_SERVER_DOWN', 'VPN_SERVER_UP', 'SUBSCRIPTION_EXPIRING', 'SUBSCRIPTION_EXPIRED',
  'QUOTA_EXHAUSTED', 'INVOICE_ISSUED', 'INVOICE_OVERDUE', 'PAYMENT_RECEIVED',
] as const satisfies readonly WebhookEvent[];

export const EVENT_LABELS: Record<WebhookEvent, string> = {
  ROUTER_OFFLINE: 'A router went offline',
  ROUTER_ONLINE: 'A router came online',
  VPN_SERVER_DOWN: 'A VPN server went down',
  VPN_SERVER_UP: 'A VPN server came up',
  SUBSCRIPTION_EXPIRING: 'A subscription expires soon',
  SUBSCRIPTION_EXPIRED: 'A subscription expired',
  QUOTA_EXHAUSTED: 'A data quota is used up',
  INVOICE_ISSUED: 'An invoice was issued',
  INVOICE_OVERDUE: 'An invoice is overdue',
  PAYMENT_RECEIVED: 'A payment was received',
};

/**
 * A new webhook: where to POST, which events, and the secret deliveries are signed with (HMAC-SHA256).
 * The server decides which addresses it may call (no loopback or internal ones); the form checks the shape.
 */
export const webhookForm = z.object({
  url: z
    .string()
    .trim()
    .refine((text) => /^https?:\/\/[^\s/]+/.test(text) && URL.canParse(text), 'Enter the full address, as https://sms.example.net/hooks/ispflow'),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, 'Choose at least one event'),
  secret: z
    .string()
    .regex(/^[!-~]{16,256}$/, '16 to 256 printable characters without spaces: the receiver checks each delivery with it'),
});
export type WebhookForm = z.infer<typeof webhookForm>;

/** A secret of 32 random bytes as hex, for an operator who has none at hand. */
export function randomSecret(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
}
