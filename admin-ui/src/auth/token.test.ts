import { describe, expect, it } from 'vitest';
import { operatorOf } from './token';
import { may } from './permissions';

describe('the signed-in operator', () => {
  it('is read from the access token: user name, role and tenant', () => {
    const claims = { sub: 'o-1', usr: 'zoë', role: 'AUDITOR', tid: 't-1' };
    const payload = btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(claims))))
      .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

    expect(operatorOf(`h.${payload}.s`)).toEqual({ username: 'zoë', role: 'AUDITOR', tenantId: 't-1' });
  });

  it('sees only the buttons its role may press', () => {
    expect(may('AUDITOR', 'readHistory')).toBe(true);
    expect(may('AUDITOR', 'changeSubscribers')).toBe(false);
    expect(may('READONLY', 'readHistory')).toBe(false);
    expect(may('OPERATOR', 'terminateSubscribers')).toBe(false);
    expect(may('OWNER', 'forgetSubscribers')).toBe(true);
    expect(may('ADMIN', 'forgetSubscribers')).toBe(false);
    expect(may('PLATFORM_ADMIN', 'read')).toBe(false);
    expect(may('PLATFORM_ADMIN', 'readWireGuardPeers')).toBe(true);
    expect(may('OWNER', 'readWireGuardPeers')).toBe(false);
  });
});
