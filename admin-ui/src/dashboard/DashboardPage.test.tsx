import { describe, expect, it } from 'vitest';
import { render } from '../test/render';
import { DashboardPage } from './DashboardPage';

describe('the dashboard', () => {
  it('shows how many sessions are online, linking to them', () => {
    const html = render(<DashboardPage />, 'READONLY', [[['dashboard'], { onlineSessions: 1234, subscribersByStatus: { ACTIVE: 2000 } }]]);

    expect(html).toMatch(/<a href="\/sessions"[^>]*>1234 sessions<\/a>/);
  });
});
