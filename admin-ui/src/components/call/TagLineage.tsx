import { seg } from '../../api/client';
import type { CallDetail, Delivery, EmptyTags, IncomingWebhook, TimelineEntry } from '../../api/types';
import { TAG_SOURCE_LABELS } from '../../format';
import { Link } from '../../router';
import { Time } from '../ui';
import { EmptyTagReasons } from './EmptyTagReasons';

interface Arrival {
  webhook_id: string;
  request_id: string;
  received_at?: string;
  expires_at?: string;
}

/** The posts the call's timeline says were attached, by request id: when each arrived and when it expires. */
function arrivals(entries: TimelineEntry[]): Map<string, Arrival> {
  const byRequest = new Map<string, Arrival>();
  for (const e of entries) {
    if (e.kind !== 'enrichment' || !e.detail) continue;
    const posts = (Array.isArray(e.detail.enrichments) ? e.detail.enrichments : [e.detail]) as Arrival[];
    for (const p of posts) if (p.request_id) byRequest.set(p.request_id, p);
  }
  return byRequest;
}

/** Each tag with where it came from: the incoming request (a link) and its webhook's name, arrival and expiry. */
/** The call's deliveries whose payload was rendered with the tag: what it was sent in. */
function sentIn(deliveries: Delivery[], tag: string): string[] {
  return deliveries.filter((d) => d.tags.includes(tag)).map((d) => `${d.event_type} → ${d.webhook_name}`);
}

export function TagLineage({
  call,
  timeline,
  incoming,
  deliveries,
  emptyTags,
}: {
  call: CallDetail;
  timeline: TimelineEntry[];
  incoming: IncomingWebhook[];
  deliveries: Delivery[];
  emptyTags: EmptyTags['empty_tags'];
}) {
  const names = new Map(incoming.map((w) => [w.id, w.name]));
  const posts = arrivals(timeline);
  const tags = Object.entries(call.tags ?? {});
  return (
    <section className="card" aria-labelledby="call-tags">
      <h2 id="call-tags">Tags and where they came from</h2>
      {tags.length === 0 ? (
        <p className="muted">No tags on this call. Lead data only attaches when it was posted for this caller's number within its lifespan.</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact" aria-label="Call tags">
            <thead>
              <tr>
                <th scope="col">Tag</th>
                <th scope="col">Value</th>
                <th scope="col">Source</th>
                <th scope="col">Arrived / expires</th>
                <th scope="col">Sent in</th>
              </tr>
            </thead>
            <tbody>
              {tags.map(([name, value]) => {
                const source = call.tag_sources[name];
                const requestId = typeof source?.request_id === 'string' ? source.request_id : undefined;
                const webhookId = typeof source?.webhook_id === 'string' ? source.webhook_id : undefined;
                const post = requestId ? posts.get(requestId) : undefined;
                const shown = typeof value === 'string' ? value : JSON.stringify(value);
                return (
                  <tr key={name} data-testid="tag-lineage" data-tag={name}>
                    <td>
                      <code>{name}</code>
                    </td>
                    <td className="ellipsis" title={shown}>
                      {shown}
                    </td>
                    <td>
                      {source?.type === 'incoming_webhook' && webhookId ? (
                        <>
                          <Link to={`/incoming-webhooks/${seg(webhookId)}`}>{names.get(webhookId) ?? webhookId}</Link>
                          {source.key && source.key !== name ? <span className="muted small"> · field {source.key}</span> : null}
                          {requestId ? (
                            <div className="small">
                              <Link to={`/logs/incoming/${seg(requestId)}`} className="id">
                                request {requestId}
                              </Link>
                            </div>
                          ) : null}
                        </>
                      ) : source?.type ? (
                        <span className="muted">
                          {TAG_SOURCE_LABELS[source.type as keyof typeof TAG_SOURCE_LABELS] ?? source.type}
                          {source.key ? `: ${source.key}` : ''}
                        </span>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td className="small nowrap">
                      {post?.received_at ? <Time iso={post.received_at} /> : <span className="muted">—</span>}
                      {post?.expires_at ? (
                        <div className="muted">
                          expires <Time iso={post.expires_at} />
                        </div>
                      ) : null}
                    </td>
                    <td className="small" data-testid="tag-used-by">
                      {sentIn(deliveries, name).join(', ') || <span className="muted">none yet</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <EmptyTagReasons tags={emptyTags} />
    </section>
  );
}
