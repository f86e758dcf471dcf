import { useEffect, useState } from 'react';
import { NavLink, Navigate, Route, Routes } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { api, session } from './api/client';
import { may } from './auth/permissions';
import { SignInPage } from './auth/SignInPage';
import { useOperator, useSession } from './auth/useSession';
import { LagNotice } from './ui/LagNotice';
import { DashboardPage } from './dashboard/DashboardPage';
import { SubscribersPage } from './subscribers/SubscribersPage';
import { SubscriberPage } from './subscribers/SubscriberPage';
import { PackagesPage } from './packages/PackagesPage';
import { RoutersPage } from './routers/RoutersPage';
import { RouterPage } from './routers/RouterPage';
import { OperatorsPage } from './operators/OperatorsPage';
import { TenantsPage } from './tenants/TenantsPage';
import { OperationsPage } from './ops/OperationsPage';
import { SessionsPage } from './sessions/SessionsPage';
import { VouchersPage } from './vouchers/VouchersPage';
import { VoucherBatchPage } from './vouchers/VoucherBatchPage';
import { VpnServersPage } from './network/VpnServersPage';
import { VpnServerPage } from './network/VpnServerPage';
import { WebhooksPage } from './webhooks/WebhooksPage';
import { WebhookPage } from './webhooks/WebhookPage';

/** Sign-in until there is a session (a reload trades the tab's refresh token for one), then the screens. */
export function App() {
  const state = useSession();
  const [resuming, setResuming] = useState(() => state.status === 'signedOut' && session.hasRefreshToken());

  useEffect(() => {
    if (resuming) {
      session.refresh().finally(() => setResuming(false));
    }
  }, [resuming]);

  if (resuming) {
    return <p role="status">Signing you in again…</p>;
  }
  if (state.status === 'signedOut') {
    return <SignInPage expired={state.reason === 'expired'} />;
  }
  return <Shell />;
}

function Shell() {
  const operator = useOperator();
  const queries = useQueryClient();
  const role = operator.role;

  async function signOut() {
    await api.POST('/api/v1/auth/logout');
    queries.clear();
    session.signedOut();
  }

  return (
    <>
      <header className="top">
        <span className="brand">ispflow</span>
        <nav aria-label="Screens">
          {may(role, 'read') && <NavLink to="/" end>Dashboard</NavLink>}
          {may(role, 'read') && <NavLink to="/subscribers">Subscribers</NavLink>}
          {may(role, 'read') && <NavLink to="/sessions">Sessions</NavLink>}
          {may(role, 'read') && <NavLink to="/packages">Packages</NavLink>}
          {may(role, 'read') && <NavLink to="/vouchers">Vouchers</NavLink>}
          {may(role, 'read') && <NavLink to="/routers">Routers</NavLink>}
          {may(role, 'read') && <NavLink to="/vpn-servers">VPN servers</NavLink>}
          {may(role, 'readWebhooks') && <NavLink to="/webhooks">Webhooks</NavLink>}
          {may(role, 'manageOperators') && <NavLink to="/operators">Operators</NavLink>}
          {may(role, 'manageTenants') && <NavLink to="/tenants">Tenants</NavLink>}
          {may(role, 'runOperations') && <NavLink to="/operations">Operations</NavLink>}
        </nav>
        <span className="who">
          {operator.username} ({role})
        </span>
        <button type="button" className="secondary" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main>
        <LagNotice />
        <Routes>
          {may(role, 'read') && (
            <>
              <Route path="/" element={<DashboardPage />} />
              <Route path="/subscribers" element={<SubscribersPage />} />
              <Route path="/subscribers/:id" element={<SubscriberPage />} />
              <Route path="/sessions" element={<SessionsPage />} />
              <Route path="/packages" element={<PackagesPage />} />
              <Route path="/vouchers" element={<VouchersPage />} />
              <Route path="/vouchers/:id" element={<VoucherBatchPage />} />
              <Route path="/routers" element={<RoutersPage />} />
              <Route path="/routers/:id" element={<RouterPage />} />
              <Route path="/vpn-servers" element={<VpnServersPage />} />
              <Route path="/vpn-servers/:id" element={<VpnServerPage />} />
            </>
          )}
          {!may(role, 'read') && may(role, 'runOperations') && <Route path="/" element={<Navigate to="/operations" replace />} />}
          {may(role, 'readWebhooks') && <Route path="/webhooks" element={<WebhooksPage />} />}
          {may(role, 'readWebhooks') && <Route path="/webhooks/:id" element={<WebhookPage />} />}
          {may(role, 'manageOperators') && <Route path="/operators" element={<OperatorsPage />} />}
          {may(role, 'manageTenants') && <Route path="/tenants" element={<TenantsPage />} />}
          {may(role, 'runOperations') && <Route path="/operations" element={<OperationsPage />} />}
          <Route path="*" element={<h1>Nothing here</h1>} />
        </Routes>
      </main>
    </>
  );
}
