import { beforeEach, describe, expect, it } from 'vitest';
import { Session, type Tokens } from '../auth/session';
import { authorizedFetch } from './authorizedFetch';
import { ReadYourWrites } from './readYourWrites';

/** An unsigned token with the claims the app reads. */
function token(name: string): string {
  const payload = btoa(JSON.stringify({ usr: 'alice', role: 'OPERATOR', tid: 't-1', jti: name }));
  return `header.${payload}.signature`;
}

class MemoryStorage {
  private values = new Map<string, string>();
  getItem = (key: string) => this.values.get(key) ?? null;
  setItem = (key: string, value: string) => void this.values.set(key, value);
  removeItem = (key: string) => void this.values.delete(key);
}

interface Sent {
  method: string;
  url: string;
  authorization: string | null;
  minPosition: string | null;
  body: string;
}

describe('every API call', () => {
  let sent: Sent[];
  let answers: Response[];
  let refreshes: string[];
  let renewed: Tokens | null;
  let session: Session;
  let writes: ReadYourWrites;
  let call: (request: Request) => Promise<Response>;

  beforeEach(() => {
    sent = [];
    answers = [];
    refreshes = [];
    renewed = { accessToken: token('second'), refreshToken: 'refresh-2' };
    session = new Session(async (refreshToken) => {
      refreshes.push(refreshToken);
      return renewed;
    }, new MemoryStorage());
    session.signedIn({ accessToken: token('first'), refreshToken: 'refresh-1' });
    writes = new ReadYourWrites();
    call = authorizedFetch(session, writes, async (request) => {
      sent.push({
        method: request.method,
        url: request.url,
        authorization: request.headers.get('Authorization'),
        minPosition: request.headers.get('X-Min-Position'),
        body: await request.text(),
      });
      return answers.shift()!;
    });
  });

  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

  it('carries the access token', async () => {
    answers.push(json(200, {}));

    await call(new Request('http://app/api/v1/packages'));

    expect(sent[0].authorization).toBe(`Bearer ${token('first')}`);
  });

  it('on a 401 refreshes once with the rotated refresh token and sends the call again, body and all', async () => {
    answers.push(json(401, { code: 'AUTH_INVALID' }), json(201, { id: 'p-1', position: 7 }));

    const answer = await call(new Request('http://app/api/v1/packages', { method: 'POST', body: '{"name":"Home"}' }));

    expect(answer.status).toBe(201);
    expect(refreshes).toEqual(['refresh-1']);
    expect(sent.map((s) => [s.authorization, s.body])).toEqual([
      [`Bearer ${token('first')}`, '{"name":"Home"}'],
      [`Bearer ${token('second')}`, '{"name":"Home"}'],
    ]);
    expect(session.current().status).toBe('signedIn');
  });

  it('calls failing together share one refresh, since a refresh token is good for one use', async () => {
    answers.push(json(401, {}), json(401, {}), json(200, {}), json(200, {}));

    await Promise.all([call(new Request('http://app/api/v1/routers')), call(new Request('http://app/api/v1/packages'))]);

    expect(refreshes).toEqual(['refresh-1']);
  });

  it('returns to sign-in when the refresh is refused', async () => {
    renewed = null;
    answers.push(json(401, { code: 'AUTH_INVALID' }));

    const answer = await call(new Request('http://app/api/v1/packages'));

    expect(answer.status).toBe(401);
    expect(sent).toHaveLength(1);
    expect(session.current()).toEqual({ status: 'signedOut', reason: 'expired' });
  });

  it('returns to sign-in when the refreshed token is refused too, without refreshing again', async () => {
    answers.push(json(401, {}), json(401, {}));

    await call(new Request('http://app/api/v1/packages'));

    expect(refreshes).toHaveLength(1);
    expect(session.current()).toEqual({ status: 'signedOut', reason: 'expired' });
  });

  it('does not refresh when sign-in itself is refused', async () => {
    answers.push(json(401, { code: 'AUTH_INVALID' }));

    await call(new Request('http://app/api/v1/auth/login', { method: 'POST', body: '{}' }));

    expect(refreshes).toEqual([]);
  });

  it('reads after a command with X-Min-Position set to the position the command answered', async () => {
    answers.push(json(200, { items: [] }), json(200, { id: 's-1', position: 41 }), json(200, { items: [] }));

    await call(new Request('http://app/api/v1/subscribers'));
    await call(new Request('http://app/api/v1/subscribers/s-1/suspend', { method: 'POST', body: '{"reason":"unpaid"}' }));
    await call(new Request('http://app/api/v1/subscribers'));

    expect(sent.map((s) => [s.method, s.minPosition])).toEqual([
      ['GET', null],
      ['POST', null],
      ['GET', '41'],
    ]);
  });

  it('keeps the newest position: an older answer does not move it back, a refused command does not move it', async () => {
    writes.observe({ position: 50 });
    answers.push(json(200, { id: 's-1', position: 30 }), json(422, { code: 'PACKAGE_RETIRED', position: 99 }), json(200, {}));

    await call(new Request('http://app/api/v1/subscribers/s-1/renew', { method: 'POST', body: '{"days":30}' }));
    await call(new Request('http://app/api/v1/subscribers/s-1/change-package', { method: 'POST', body: '{}' }));
    await call(new Request('http://app/api/v1/subscribers/s-1'));

    expect(sent[2].minPosition).toBe('50');
  });
});
