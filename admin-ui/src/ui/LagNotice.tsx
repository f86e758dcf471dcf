import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/problem';

/**
 * Shown while reads answer PROJECTION_LAGGING: the read model has not caught up with the last
 * command within 5 s, so a screen may not show it yet. It goes when a read succeeds again.
 */
export function LagNotice() {
  const queries = useQueryClient();
  const [lagging, setLagging] = useState(false);

  useEffect(
    () =>
      queries.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type === 'fetch') {
          return;
        }
        const error = event.query.state.error;
        if (error instanceof ApiError && error.problem.code === 'PROJECTION_LAGGING') {
          setLagging(true);
        } else if (event.query.state.status === 'success') {
          setLagging(false);
        }
      }),
    [queries],
  );

  return lagging ? (
    <p role="status" className="notice">
      The read model is catching up with the latest changes: what you see may be a few seconds old.
    </p>
  ) : null;
}
