import { api, seg } from '../api/client';
import type { OutgoingWebhook, Page } from '../api/types';
import { useLoad, usePolling } from '../hooks';
import { Link } from '../router';

/** How often the banner looks at the webhooks' health: "within seconds" of an endpoint starting to fail. */
const POLL_MS = 5000;

/** On every page: which outgoing webhooks are failing or paused right now, each a link to its health. */
export function FailingBanner() {
  const webhooks = useLoad((signal) => api.get<Page<OutgoingWebhook>>('/outgoing-webhooks', { limit: 200 }, signal), []);
  usePolling(webhooks.reload, POLL_MS);
  const broken = (webhooks.data?.data ?? []).filter((w) => w.health.state === 'failing' || w.health.state === 'paused');
  if (broken.length === 0) return null;
  return (
    <div className="failing-banner" role="alert" data-testid="failing-banner">
      <strong>
        {broken.length === 1 ? '1 outgoing webhook is' : `${broken.length} outgoing webhooks are`} not delivering:
      </strong>{' '}
      {broken.map((w, i) => (
        <span key={w.id}>
          {i > 0 ? ', ' : null}
          <Link to={`/outgoing-webhooks/${seg(w.id)}`}>{w.name}</Link> ({w.health.state}
          {w.health.pending ? `, ${w.health.pending} waiting` : ''})
        </span>
      ))}
    </div>
  );
}
