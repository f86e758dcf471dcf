import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import { session } from '../api/client';
import type { Role } from '../auth/permissions';

/** An unsigned access token with the claims the app reads. */
function token(role: Role): string {
  return `header.${btoa(JSON.stringify({ usr: 'tester', role, tid: 't-1' }))}.signature`;
}

/** The address a screen is shown at and the route it answers, for a screen that reads its path's parameters. */
export interface At {
  url: string;
  route: string;
}

/**
 * A screen as HTML, signed in with `role`, its reads answered from `answers` (query key and data, as
 * the server would have answered): what it shows for given answers, without a browser.
 */
export function render(screen: ReactElement, role: Role, answers: [QueryKey, unknown][] = [], at?: At): string {
  session.signedIn({ accessToken: token(role), refreshToken: 'refresh' });
  const queries = new QueryClient();
  answers.forEach(([key, data]) => queries.setQueryData(key, data));
  return renderToStaticMarkup(
    <QueryClientProvider client={queries}>
      <MemoryRouter initialEntries={at && [at.url]}>
        {at ? (
          <Routes>
            <Route path={at.route} element={screen} />
          </Routes>
        ) : (
          screen
        )}
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

/** The page's text without its tags, spaces collapsed. */
export function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}
