import { describe, expect, it } from 'vitest';
import type { WebhookDelivery, WebhookView } from '../api/schema';
import { render, textOf } from '../test/render';
import { WebhooksPage } from './WebhooksPage';
import { outcomeOf, WebhookPage } from './WebhookPage';
import { randomSecret, webhookForm } from './webhookForm';

const sms: WebhookView = { id: 'w-1', url: 'https://sms.example.net/hooks/ispflow', events: ['ROUTER_OFFLINE', 'QUOTA_EXHAUSTED'], createdAt: '2026-12-01T08:00:00Z' };
const delivered: WebhookDelivery = { event: 'ROUTER_OFFLINE', occurredAt: '2026-12-04T09:00:00Z', attempts: 1, lastStatus: 200, deliveredAt: '2026-12-04T09:00:01Z' };
const failing: WebhookDelivery = { event: 'QUOTA_EXHAUSTED', occurredAt: '2026-12-04T09:30:00Z', attempts: 3, lastStatus: 503 };
const at = { url: '/webhooks/w-1', route: '/webhooks/:id' };

describe('the webhooks screen', () => {
  it('lists each webhook with its address (linking to its deliveries) and events', () => {
    const html = render(<WebhooksPage />, 'OWNER', [[['webhooks', 0], { items: [sms], page: 0, size: 20, total: 1 }]]);

    expect(html).toMatch(/<a href="\/webhooks\/w-1"[^>]*>https:\/\/sms.example.net\/hooks\/ispflow<\/a>/);
    expect(textOf(html)).toContain('ROUTER_OFFLINE, QUOTA_EXHAUSTED');
    expect(html).toContain('>Add webhook</button>');
  });

  it('says when there is none', () => {
    expect(textOf(render(<WebhooksPage />, 'ADMIN', [[['webhooks', 0], { items: [], page: 0, size: 20, total: 0 }]]))).toContain('No webhook yet.');
  });

  it('checks the form as the contract asks: a full address, at least one event, a long secret', () => {
    const good = { url: 'https://sms.example.net/hooks', events: ['ROUTER_OFFLINE'], secret: randomSecret() };

    expect(webhookForm.safeParse(good).success).toBe(true);
    expect(webhookForm.safeParse({ ...good, url: 'sms.example.net/hooks' }).success).toBe(false);
    expect(webhookForm.safeParse({ ...good, events: [] }).success).toBe(false);
    expect(webhookForm.safeParse({ ...good, events: ['SOMETHING_ELSE'] }).success).toBe(false);
    expect(webhookForm.safeParse({ ...good, secret: 'short' }).success).toBe(false);
    expect(webhookForm.safeParse({ ...good, secret: 'sixteen chars with spaces' }).success).toBe(false);
    expect(randomSecret()).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('a webhook', () => {
  it('shows its delivery log: each event, its attempts, the last answer and the outcome', () => {
    const html = render(<WebhookPage />, 'OWNER', [[['webhook', 'w-1'], sms], [['webhook', 'w-1', 'deliveries', 0], { items: [failing, delivered], total: 2 }]], at);

    expect(textOf(html)).toContain('A router went offline A data quota is used up');
    expect(textOf(html)).toContain('QUOTA_EXHAUSTED');
    expect(textOf(html)).toContain('3 503 not delivered yet (3 attempts)');
    expect(textOf(html)).toMatch(/ROUTER_OFFLINE .* 1 200 delivered/);
    expect(html).toContain('>Delete webhook</button>');
  });

  it('shows what a receiver that could not be reached left: the network error', () => {
    const unreachable: WebhookDelivery = { ...failing, lastStatus: undefined, lastError: 'connection refused' };
    const html = render(<WebhookPage />, 'OWNER', [[['webhook', 'w-1'], sms], [['webhook', 'w-1', 'deliveries', 0], { items: [unreachable], total: 1 }]], at);

    expect(textOf(html)).toContain('3 connection refused not delivered yet (3 attempts)');
  });

  it('says when nothing was sent yet, and offers no deletion to an auditor', () => {
    const html = render(<WebhookPage />, 'AUDITOR', [[['webhook', 'w-1'], sms], [['webhook', 'w-1', 'deliveries', 0], { items: [], total: 0 }]], at);

    expect(textOf(html)).toContain('Nothing sent yet.');
    expect(html).not.toContain('Delete webhook');
  });

  it('words each outcome', () => {
    expect(outcomeOf({ ...failing, attempts: 0, lastStatus: undefined })).toBe('waiting');
    expect(outcomeOf({ ...failing, attempts: 1, lastStatus: undefined })).toBe('not delivered yet (1 attempt)');
  });
});
