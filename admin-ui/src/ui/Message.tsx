import type { ReactNode } from 'react';

/** A message the operator must read: a refusal from the server, or what went wrong. */
export function ErrorMessage({ children }: { children: ReactNode }) {
  if (!children) {
    return null;
  }
  return (
    <p role="alert" className="error-message">
      {children}
    </p>
  );
}
