/**
 * Which role may press which button: a copy of the server's EndpointClass (AccessPolicy), so that
 * an AUDITOR or READONLY operator is shown no action the server would refuse.
 */
export type Role = 'OWNER' | 'ADMIN' | 'OPERATOR' | 'AUDITOR' | 'READONLY' | 'PLATFORM_ADMIN';

const ALLOWED = {
  read: ['OWNER', 'ADMIN', 'OPERATOR', 'AUDITOR', 'READONLY'],
  readHistory: ['OWNER', 'ADMIN', 'OPERATOR', 'AUDITOR'],
  changeSubscribers: ['OWNER', 'ADMIN', 'OPERATOR'],
  terminateSubscribers: ['OWNER', 'ADMIN'],
  forgetSubscribers: ['OWNER'],
  disconnectSubscribers: ['OWNER', 'ADMIN', 'OPERATOR'],
  topUpQuota: ['OWNER', 'ADMIN', 'OPERATOR'],
  changeCatalog: ['OWNER', 'ADMIN'],
  changeVouchers: ['OWNER', 'ADMIN', 'OPERATOR'],
  printVouchers: ['OWNER', 'ADMIN', 'OPERATOR'],
  readRouterSecrets: ['OWNER', 'ADMIN'],
  changeVpnServers: ['OWNER', 'ADMIN'],
  manageAgentKeys: ['OWNER', 'ADMIN'],
  readWebhooks: ['OWNER', 'ADMIN'],
  manageWebhooks: ['OWNER', 'ADMIN'],
  readWireGuardPeers: ['PLATFORM_ADMIN'],
  runOperations: ['PLATFORM_ADMIN'],
  manageOperators: ['OWNER'],
  manageTenants: ['PLATFORM_ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof ALLOWED;

export function may(role: Role | undefined, capability: Capability): boolean {
  return role !== undefined && (ALLOWED[capability] as readonly Role[]).includes(role);
}
