import { describe, expect, it } from 'vitest';
import type { SessionControlEntry } from '../api/schema';
import { render, textOf } from '../test/render';
import { errorCause } from './errorCauses';
import { entryKey, outcomeOf, SessionControl } from './SessionControl';

const ack: SessionControlEntry = {
  sentAt: '2026-12-03T09:00:00Z', sessionId: 'a1', routerId: 'r-1', kind: 'DISCONNECT', trigger: 'SubscriberSuspended', outcome: 'ACK',
};
const nak: SessionControlEntry = { ...ack, sentAt: '2026-12-03T09:05:00Z', kind: 'COA', trigger: 'PackageChanged', outcome: 'NAK', errorCause: 503 };
const log = (items: SessionControlEntry[]) => [[['subscriber', 's-1', 'session-control', 0], { items, total: items.length }]] as [unknown[], unknown][];

describe('the session-control log', () => {
  it('shows each request: when, what, because of which event, and what the router answered', () => {
    const html = render(<SessionControl subscriberId="s-1" />, 'READONLY', [...log([nak, ack]), [['routers', 'all'], { items: [{ id: 'r-1', name: 'edge-north' }] }]]);

    expect(textOf(html)).toContain('COA Package changed NAK 503 Session Context Not Found edge-north a1');
    expect(textOf(html)).toContain('DISCONNECT Subscriber suspended ACK — edge-north a1');
  });

  it('says when nothing was sent yet', () => {
    expect(textOf(render(<SessionControl subscriberId="s-1" />, 'READONLY', log([])))).toContain('No request sent yet.');
  });

  it('offers Disconnect to the roles that may change subscribers only', () => {
    const pressable = (role: Parameters<typeof render>[1]) => render(<SessionControl subscriberId="s-1" />, role, log([])).includes('>Disconnect</button>');

    expect(['OWNER', 'ADMIN', 'OPERATOR'].map((role) => pressable(role as 'OWNER'))).toEqual([true, true, true]);
    expect(['AUDITOR', 'READONLY'].map((role) => pressable(role as 'OWNER'))).toEqual([false, false]);
  });

  it('counts the answers that came after the disconnect was asked for, once none is pending', () => {
    const before = new Set([entryKey(ack)]);
    const sent: SessionControlEntry = { ...ack, sentAt: '2026-12-03T10:00:00Z', trigger: 'SubscriberDisconnectRequested', outcome: 'PENDING' };
    const timedOut: SessionControlEntry = { ...sent, sessionId: 'b2', outcome: 'TIMEOUT' };

    expect(outcomeOf([ack], before)).toBeNull();
    expect(outcomeOf([sent, timedOut, ack], before)).toBeNull();
    expect(outcomeOf([{ ...sent, outcome: 'ACK' }, timedOut, ack], before)).toBe('ACK 1, TIMEOUT 1');
  });

  it('names the Error-Cause a router sent with its NAK', () => {
    expect(errorCause(503)).toBe('503 Session Context Not Found');
    expect(errorCause(999)).toBe('999');
    expect(errorCause(undefined)).toBe('—');
  });
});
