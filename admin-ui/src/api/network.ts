import createClient from 'openapi-fetch';
import type { CommandAccepted, RouterView } from './schema';
import { authorizedFetch } from './authorizedFetch';
import { session, writes } from './client';

/*
 * The network-health endpoints (API.md v1.1 "VPN servers", "Router health"), typed by
 * hand from the contract while their backends are being built: openapi.json does not carry them yet.
 * Once a backend lands, openapi.json is renewed, its screens call `api` typed by schema.d.ts, and its
 * part of this file goes.
 */

export type RouterHealthState = 'NEVER_SEEN' | 'ONLINE' | 'OFFLINE';
export const ROUTER_HEALTH_STATES: readonly RouterHealthState[] = ['NEVER_SEEN', 'ONLINE', 'OFFLINE'];

/** What a router's last heartbeat said about itself. */
export interface RouterReport {
  uptimeSeconds?: number;
  version?: string;
  board?: string;
  cpuLoad?: number;
  freeMemoryBytes?: number;
  activeSessions?: number;
}

export type RouterWithHealth = RouterView & { health?: RouterHealthState; lastSeenAt?: string; lastReport?: RouterReport; lastReportAt?: string };

export interface Outage {
  from: string;
  /** Absent while the router is still offline. */
  to?: string;
}

export interface Availability {
  /** Absent when none of the window comes after the router's first sign of life. */
  uptimePercent?: number;
  outages: Outage[];
}

export type VpnServerStatus = 'UP' | 'DOWN';

export interface VpnServerFlags {
  enabled: boolean;
  static: boolean;
  tags: string[];
}

export interface VpnServerView {
  id: string;
  ip: string;
  hostname: string;
  countryCode: string;
  country: string;
  region?: string;
  city: string;
  status: VpnServerStatus;
  firstHeartbeatAt: string;
  lastHeartbeatAt: string;
  services: { name: string; active: boolean }[];
  /** cpu and ram in percent, net in Mbit/s, as the agent averaged them. */
  load: { cpu: number; ram: number; net: number };
  flags: VpnServerFlags;
  wireguardEndpoint?: string;
  publicKey?: string;
}

export interface VpnServerChange {
  flags?: VpnServerFlags;
  wireguardEndpoint?: string;
  publicKey?: string;
}

export interface AgentKeyView {
  id: string;
  createdAt?: string;
  revokedAt?: string;
}

export interface Paged<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface NetworkCounts {
  routersOnline?: number;
  routersOffline?: number;
  vpnServersUp?: number;
  vpnServersDown?: number;
}

type Answer<Status extends number, T> = { [S in Status]: { headers: Record<string, unknown>; content: { '*/*': T } } };
type Operation<Params, Responses, Body = never> = {
  parameters: Params & { header?: never; cookie?: never };
  responses: Responses;
} & ([Body] extends [never] ? { requestBody?: never } : { requestBody: { content: { 'application/json': Body } } });
type ById = { path: { id: string }; query?: never };
type Route<Methods> = Methods & { parameters: { query?: never; header?: never; path?: never; cookie?: never } };

export interface NetworkPaths {
  '/api/v1/routers': Route<{
    get: Operation<{ query?: { health?: RouterHealthState; page?: number; size?: number }; path?: never }, Answer<200, Paged<RouterWithHealth>>>;
  }>;
  '/api/v1/routers/{id}': Route<{ get: Operation<ById, Answer<200, RouterWithHealth>> }>;
  '/api/v1/routers/{id}/availability': Route<{
    get: Operation<{ path: { id: string }; query?: { from?: string; to?: string } }, Answer<200, Availability>>;
  }>;
  '/api/v1/dashboard': Route<{ get: Operation<{ query?: never; path?: never }, Answer<200, NetworkCounts>> }>;
  '/api/v1/vpn-servers': Route<{
    get: Operation<
      { query?: { status?: VpnServerStatus; countryCode?: string; service?: string; page?: number; size?: number }; path?: never },
      Answer<200, Paged<VpnServerView>>
    >;
  }>;
  '/api/v1/vpn-servers/{id}': Route<{
    get: Operation<ById, Answer<200, VpnServerView>>;
    patch: Operation<ById, Answer<200, CommandAccepted>, VpnServerChange>;
  }>;
  '/api/v1/vpn-servers/agent-keys': Route<{
    get: Operation<{ query?: never; path?: never }, Answer<200, { items: AgentKeyView[] }>>;
    post: Operation<{ query?: never; path?: never }, Answer<201, { id: string; key: string; position: number }>>;
  }>;
  '/api/v1/vpn-servers/agent-keys/{id}/revoke': Route<{ post: Operation<ById, Answer<200, CommandAccepted>> }>;
}

/** The same tokens, positions and refresh as `api`, typed by the contract above. */
export const network = createClient<NetworkPaths>({ fetch: authorizedFetch(session, writes) });
