import { seg } from '../../api/client';
import type { EmptyTags } from '../../api/types';
import { Link } from '../../router';

const KIND_LABELS: Record<EmptyTags['empty_tags'][number]['reasons'][number]['kind'], string> = {
  expired_before_call: 'Expired before the call',
  posted_after_call: 'Posted after the call',
  different_number: 'Posted for another number',
  request_refused: 'Request refused',
  delivery_filtered: 'Delivery filtered',
  no_request: 'Never posted',
};

/** "Why was [TAG] empty?": each tag the call's webhooks or the organization name that had no value, with the server's reasons. */
export function EmptyTagReasons({ tags }: { tags: EmptyTags['empty_tags'] }) {
  if (tags.length === 0) return null;
  return (
    <div data-testid="empty-tags">
      <h3>Why were these tags empty?</h3>
      <ul>
        {tags.map((t) => (
          <li key={t.tag} data-testid="empty-tag" data-tag={t.tag}>
            <code>[{t.tag}]</code>{' '}
            <span className="muted small">{t.used_by.length ? `used by ${t.used_by.join(', ')}` : 'defined, used by no webhook that sent this call'}</span>
            <ul>
              {t.reasons.map((r, i) => (
                <li key={i} data-kind={r.kind}>
                  <strong>{KIND_LABELS[r.kind]}:</strong> {r.text}
                  {r.request_id ? (
                    <>
                      {' '}
                      <Link to={`/logs/incoming/${seg(r.request_id)}`} className="id">
                        request {r.request_id}
                      </Link>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
