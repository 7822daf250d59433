import type { ReactNode } from 'react';
import { useAuth } from '../auth';
import { Link } from '../router';
import { FailingBanner } from './FailingBanner';

const NAV: { group?: string; items: { to: string; label: string }[] }[] = [
  { items: [{ to: '/overview', label: 'Overview' }] },
  {
    group: 'Webhooks',
    items: [
      { to: '/incoming-webhooks', label: 'Incoming Webhooks' },
      { to: '/outgoing-webhooks', label: 'Outgoing Webhooks' },
      { to: '/tags', label: 'Tags' },
    ],
  },
  {
    group: 'Activity',
    items: [
      { to: '/calls', label: 'Calls' },
      { to: '/held-postbacks', label: 'Held Postbacks' },
      { to: '/simulator', label: 'Simulator' },
    ],
  },
  {
    group: 'Logs',
    items: [
      { to: '/logs/incoming', label: 'Incoming Logs' },
      { to: '/logs/outgoing', label: 'Outgoing Logs' },
    ],
  },
  {
    group: 'Access',
    items: [
      { to: '/tokens', label: 'API Tokens' },
      { to: '/audit-log', label: 'Audit Log' },
    ],
  },
];

export function Layout({ path, children }: { path: string; children: ReactNode }) {
  const { me, signOut } = useAuth();
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ⇄
          </span>
          <span>callhooks</span>
        </div>
        <nav aria-label="Main">
          {NAV.map((g) => (
            <div className="nav-group" key={g.group ?? g.items[0].to}>
              {g.group ? <div className="nav-group-title">{g.group}</div> : null}
              <ul>
                {g.items.map((it) => {
                  const active = path === it.to || path.startsWith(`${it.to}/`);
                  return (
                    <li key={it.to}>
                      <Link to={it.to} className={active ? 'active' : undefined} aria-current={active ? 'page' : undefined}>
                        {it.label}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </nav>
        <div className="sidebar-footer">
          {me ? (
            <>
              <div className="org" title={`Organization ${me.organization.id}`}>
                {me.organization.name}
              </div>
              <div className="muted small">
                Token: {me.token.name} <span className="badge badge-gray">{me.token.role}</span>
              </div>
            </>
          ) : null}
          <button type="button" className="btn btn-ghost btn-sm" onClick={signOut}>
            Sign out
          </button>
        </div>
      </aside>
      <main id="main" className="content">
        <FailingBanner />
        {children}
      </main>
    </div>
  );
}
