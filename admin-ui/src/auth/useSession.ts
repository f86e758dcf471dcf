import { useSyncExternalStore } from 'react';
import { session } from '../api/client';
import type { Operator } from './token';

export function useSession() {
  // the same snapshot when a test renders a screen to HTML (src/test/render.tsx)
  return useSyncExternalStore(session.subscribe, session.current, session.current);
}

/** The signed-in operator; only screens behind sign-in call it. */
export function useOperator(): Operator {
  const state = useSession();
  if (state.status !== 'signedIn') {
    throw new Error('no operator is signed in');
  }
  return state.operator;
}
