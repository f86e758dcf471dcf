import { describe, expect, it } from 'vitest';
import { isWireGuardKey, wireGuardKeyForm } from './wireguardKey';

const KEY = 'gN65BkIKy1eCE9pP1wdc8ROUtkHLF2PfAqYdyYBz6EA=';

describe('a WireGuard public key', () => {
  it('is base64 of 32 bytes: 44 characters ending in =', () => {
    expect(isWireGuardKey(KEY)).toBe(true);
    expect(isWireGuardKey('A'.repeat(43) + '=')).toBe(true);
    expect(isWireGuardKey('/'.repeat(42) + '8=')).toBe(true);
  });

  it('is refused when it is not 32 bytes, or has another spelling of the same bytes', () => {
    expect(isWireGuardKey(KEY.slice(0, 43))).toBe(false);
    expect(isWireGuardKey(KEY + '=')).toBe(false);
    // the last digit's two spare bits set: the same 32 bytes, a spelling wg never prints
    expect(isWireGuardKey('A'.repeat(42) + 'B=')).toBe(false);
    expect(isWireGuardKey('A'.repeat(42) + 'AA')).toBe(false);
    expect(isWireGuardKey('-'.repeat(43) + '=')).toBe(false);
    expect(isWireGuardKey(` ${KEY}`)).toBe(false);
  });

  it('is taken from the form without the spaces pasted around it', () => {
    expect(wireGuardKeyForm.parse({ publicKey: `  ${KEY}\n` })).toEqual({ publicKey: KEY });
  });

  it('is refused by the form with a message saying what a key looks like', () => {
    const result = wireGuardKeyForm.safeParse({ publicKey: 'not a key' });

    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['publicKey'], message: expect.stringContaining('44 characters of base64') });
  });
});
