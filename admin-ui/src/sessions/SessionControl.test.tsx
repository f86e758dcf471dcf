import { describe, expect, it } from 'vitest';
import type { SessionControlEntry } from '../api/schema';
import { render, textOf } from '../test/render';
import { entryKey, newOutcomes, SessionControl } from './SessionControl';

const ack: SessionControlEntry = {
  sentAt: '2026-12-03T09:00:00Z', sessionId: 'a1', routerId: 'r-1', kind: 'DISCONNECT', trigger: 'SubscriberSuspended', outcome: 'ACK',
};
const nak: SessionControlEntry = { ...ack, sentAt: '2026-12-03T09:05:00Z', kind: 'COA', trigger: 'PackageChanged', outcome: 'NAK', errorCause: 'Session-Context-Not-Found' };
const log = (items: SessionControlEntry[]) => [[['subscriber', 's-1', 'session-control'], { items }]] as [string[], unknown][];

describe('the session-control log', () => {
  it('shows each request: when, what, because of which event, and what the router answered', () => {
    const html = render(<SessionControl subscriberId="s-1" />, 'READONLY', [...log([nak, ack]), [['routers', 'all'], { items: [{ id: 'r-1', name: 'edge-north' }] }]]);

    expect(textOf(html)).toContain('COA Package changed NAK Session-Context-Not-Found edge-north a1');
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

  it('counts the answers that came after the disconnect was asked for', () => {
    const before = new Set([entryKey(ack)]);
    const later = [{ ...ack, sentAt: '2026-12-03T10:00:00Z', trigger: 'SessionDisconnectRequested' }, { ...nak, sessionId: 'b2', outcome: 'TIMEOUT' as const }];

    expect(newOutcomes([ack], before)).toBeNull();
    expect(newOutcomes([...later, ack], before)).toBe('ACK 1, TIMEOUT 1');
  });
});
