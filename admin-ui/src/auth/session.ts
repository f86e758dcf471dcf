import { operatorOf, type Operator } from './token';

/**
 * The signed-in operator's tokens. The access token lives only in this object's memory; the
 * refresh token also in the tab's sessionStorage, so that a reload keeps the operator signed in
 * (it is rotated on every use, and sign-out ends it on the server).
 */
export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

export type SessionState =
  | { status: 'signedOut'; reason?: 'expired' }
  | { status: 'signedIn'; accessToken: string; operator: Operator };

const REFRESH_TOKEN_KEY = 'ispflow.refreshToken';

export class Session {
  private state: SessionState = { status: 'signedOut' };
  private listeners = new Set<() => void>();
  private refreshing: Promise<boolean> | null = null;

  constructor(
    private readonly renew: (refreshToken: string) => Promise<Tokens | null>,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = sessionStorage,
  ) {}

  current = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  accessToken(): string | null {
    return this.state.status === 'signedIn' ? this.state.accessToken : null;
  }

  hasRefreshToken(): boolean {
    return this.storage.getItem(REFRESH_TOKEN_KEY) !== null;
  }

  signedIn(tokens: Tokens): void {
    this.storage.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken);
    this.set({ status: 'signedIn', accessToken: tokens.accessToken, operator: operatorOf(tokens.accessToken) });
  }

  signedOut(reason?: 'expired'): void {
    this.storage.removeItem(REFRESH_TOKEN_KEY);
    this.set({ status: 'signedOut', reason });
  }

  /**
   * Trades the refresh token for a new pair, once at a time: calls that fail together wait for the
   * same refresh, since the server accepts each refresh token only once. False when it was refused.
   */
  refresh(): Promise<boolean> {
    if (!this.refreshing) {
      this.refreshing = this.tryRefresh().finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  private async tryRefresh(): Promise<boolean> {
    const refreshToken = this.storage.getItem(REFRESH_TOKEN_KEY);
    const tokens = refreshToken ? await this.renew(refreshToken) : null;
    if (tokens) {
      this.signedIn(tokens);
      return true;
    }
    this.signedOut('expired');
    return false;
  }

  private set(state: SessionState): void {
    this.state = state;
    this.listeners.forEach((listener) => listener());
  }
}
