import type { Role } from './permissions';

/** What the app reads from an access token's claims (AccessTokens on the server signs them). */
export interface Operator {
  username: string;
  role: Role;
  tenantId: string;
}

/** Reads an access token's claims without checking its signature: the server checks it on every call. */
export function operatorOf(accessToken: string): Operator {
  const payload = accessToken.split('.')[1];
  if (!payload) {
    throw new Error('not a JSON web token');
  }
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))));
  return { username: claims.usr, role: claims.role, tenantId: claims.tid };
}
