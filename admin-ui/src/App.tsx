import { useEffect, type ReactNode } from 'react';
import { getToken } from './api/client';
import { useAuth } from './auth';
import { Layout } from './components/Layout';
import { EmptyState, Loading } from './components/ui';
import { AuditLogPage } from './pages/AuditLogPage';
import { CallPage } from './pages/CallPage';
import { CallsPage } from './pages/CallsPage';
import { SimulatorPage } from './pages/SimulatorPage';
import { IncomingLogsPage, IncomingRequestPage } from './pages/IncomingLogsPage';
import { IncomingWebhookFormPage } from './pages/IncomingWebhookFormPage';
import { IncomingWebhooksPage } from './pages/IncomingWebhooksPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { OutgoingLogsPage } from './pages/OutgoingLogsPage';
import { OutgoingWebhookFormPage } from './pages/OutgoingWebhookFormPage';
import { OutgoingWebhooksPage } from './pages/OutgoingWebhooksPage';
import { OverviewPage } from './pages/OverviewPage';
import { SignInPage } from './pages/SignIn';
import { TagFormPage } from './pages/TagFormPage';
import { TagsPage } from './pages/TagsPage';
import { HeldPostbacksPage } from './pages/HeldPostbacksPage';
import { TokensPage } from './pages/TokensPage';
import { Link, matchRoute, navigate, useLocation } from './router';

type Route = [pattern: string, render: (p: Record<string, string>) => ReactNode, title: string];

const ROUTES: Route[] = [
  ['/overview', () => <OverviewPage />, 'Overview'],
  ['/incoming-webhooks', () => <IncomingWebhooksPage />, 'Incoming Webhooks'],
  ['/incoming-webhooks/new', () => <IncomingWebhookFormPage />, 'New Incoming Webhook'],
  ['/incoming-webhooks/:id', (p) => <IncomingWebhookFormPage key={p.id} id={p.id} />, 'Edit Incoming Webhook'],
  ['/incoming-webhooks/:id/onboarding', (p) => <OnboardingPage key={p.id} id={p.id} />, 'Partner onboarding'],
  ['/outgoing-webhooks', () => <OutgoingWebhooksPage />, 'Outgoing Webhooks'],
  ['/outgoing-webhooks/new', () => <OutgoingWebhookFormPage />, 'New Outgoing Webhook'],
  ['/outgoing-webhooks/:id', (p) => <OutgoingWebhookFormPage key={p.id} id={p.id} />, 'Edit Outgoing Webhook'],
  ['/tags', () => <TagsPage />, 'Tags'],
  ['/tags/new', () => <TagFormPage />, 'New Tag'],
  ['/tags/:id', (p) => <TagFormPage key={p.id} id={p.id} />, 'Edit Tag'],
  ['/calls', () => <CallsPage />, 'Calls'],
  ['/calls/:id', (p) => <CallPage key={p.id} id={p.id} />, 'Call'],
  ['/simulator', () => <SimulatorPage />, 'Simulator'],
  ['/logs/incoming', () => <IncomingLogsPage />, 'Incoming Webhook Requests'],
  ['/logs/incoming/:id', (p) => <IncomingRequestPage key={p.id} id={p.id} />, 'Incoming Request'],
  ['/logs/outgoing', () => <OutgoingLogsPage />, 'Outgoing Webhook Requests'],
  ['/held-postbacks', () => <HeldPostbacksPage />, 'Held Postbacks'],
  ['/tokens', () => <TokensPage />, 'API Tokens'],
  ['/audit-log', () => <AuditLogPage />, 'Audit Log'],
];

function resolve(path: string): { node: ReactNode; title: string } | null {
  for (const [pattern, render, title] of ROUTES) {
    const params = matchRoute(pattern, path);
    if (params) return { node: render(params), title };
  }
  return null;
}

export function App() {
  const { path } = useLocation();
  const { me, checking } = useAuth();
  const signedIn = Boolean(me) || (checking && Boolean(getToken()));

  useEffect(() => {
    if (path === '/sign-in') return;
    if (!getToken() && !me) {
      const next = path !== '/' ? `?next=${encodeURIComponent(path + window.location.search)}` : '';
      navigate(`/sign-in${next}`, { replace: true });
    } else if (path === '/' || path === '') {
      navigate('/overview', { replace: true });
    }
  }, [path, me]);

  const match = path === '/sign-in' ? null : resolve(path);
  useEffect(() => {
    document.title = `${path === '/sign-in' ? 'Sign in' : (match?.title ?? 'Not found')} · callhooks admin`;
  }, [path, match?.title]);

  if (path === '/sign-in') return <SignInPage />;
  if (!signedIn) return null;
  if (checking && !me) return <Loading label="Checking your session…" />;

  return (
    <Layout path={path}>
      {match ? (
        match.node
      ) : path === '/' ? null : (
        <EmptyState title="Page not found" action={<Link to="/incoming-webhooks">Go to Incoming Webhooks</Link>}>
          There is nothing at {path}.
        </EmptyState>
      )}
    </Layout>
  );
}
