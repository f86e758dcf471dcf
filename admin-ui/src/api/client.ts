import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { Session, type Tokens } from '../auth/session';
import { ReadYourWrites } from './readYourWrites';
import { authorizedFetch } from './authorizedFetch';
import { ApiError, problemOf } from './problem';

/** The one session, position and client of this tab; every screen calls the API through `api`. */
export const session = new Session(renewTokens);
export const writes = new ReadYourWrites();
export const api = createClient<paths>({ fetch: authorizedFetch(session, writes) });

async function renewTokens(refreshToken: string): Promise<Tokens | null> {
  const answer = await fetch('/api/v1/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ refreshToken }),
  });
  return answer.ok ? ((await answer.json()) as Tokens) : null;
}

/** The data of a call that succeeded; otherwise throws an ApiError carrying the server's problem. */
export async function data<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw new ApiError(problemOf(response.status, error));
  }
  return data as T;
}
