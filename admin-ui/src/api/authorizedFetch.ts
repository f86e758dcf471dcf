import type { Session } from '../auth/session';
import type { ReadYourWrites } from './readYourWrites';

type Send = (request: Request) => Promise<Response>;

/**
 * The fetch every API call goes through: it adds the access token and, on reads, X-Min-Position;
 * it remembers the position commands answer with; and on a 401 it refreshes the tokens once and
 * sends the call again. When the refresh is refused the session ends and the app shows sign-in.
 */
export function authorizedFetch(session: Session, writes: ReadYourWrites, send: Send = (r) => fetch(r)): Send {
  return async (request) => {
    const again = request.clone();
    const answer = await send(prepared(request));
    if (answer.status !== 401 || request.url.includes('/api/v1/auth/')) {
      return observed(request, answer);
    }
    if (!(await session.refresh())) {
      return answer;
    }
    const retried = await send(prepared(again));
    if (retried.status === 401) {
      session.signedOut('expired');
    }
    return observed(request, retried);
  };

  function prepared(request: Request): Request {
    const token = session.accessToken();
    if (token) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    if (request.method === 'GET' && writes.minPosition() > 0) {
      request.headers.set('X-Min-Position', String(writes.minPosition()));
    }
    return request;
  }

  async function observed(request: Request, answer: Response): Promise<Response> {
    const json = answer.headers.get('Content-Type')?.startsWith('application/json') ?? false;
    if (request.method !== 'GET' && answer.ok && json) {
      writes.observe(await answer.clone().json());
    }
    return answer;
  }
}
