import { seg } from '../../api/client';
import type { Delivery, Page } from '../../api/types';
import type { Loaded } from '../../hooks';
import { Link } from '../../router';
import { DeliveryState, EventType } from '../delivery/DeliveryState';
import { ErrorAlert, Loading, Time } from '../ui';

/** Every delivery of the call, oldest first, each with what it is doing: delivered, failed, retrying or queued. */
export function DeliveriesPanel({ deliveries }: { deliveries: Loaded<Page<Delivery>> }) {
  const rows = [...(deliveries.data?.data ?? [])].reverse();
  return (
    <section className="card" aria-labelledby="call-deliveries">
      <h2 id="call-deliveries">Deliveries</h2>
      {deliveries.loading && !deliveries.data ? <Loading label="Loading deliveries…" /> : null}
      <ErrorAlert error={deliveries.error} />
      {deliveries.data && rows.length === 0 ? <p className="muted">Nothing was sent for this call (no outgoing webhook subscribed, or filters left it out).</p> : null}
      {rows.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-compact" aria-label="Call deliveries">
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Webhook</th>
                <th scope="col">State</th>
                <th scope="col">Queued at</th>
                <th scope="col">
                  <span className="sr-only">Log</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id} data-testid="call-delivery" data-event={d.event_type}>
                  <td>
                    <EventType type={d.event_type} />
                  </td>
                  <td className="ellipsis" title={d.webhook_name}>
                    <Link to={`/outgoing-webhooks/${seg(d.webhook_id)}`}>{d.webhook_name}</Link>
                  </td>
                  <td>
                    <DeliveryState delivery={d} />
                  </td>
                  <td className="nowrap">
                    <Time iso={d.created_at} />
                  </td>
                  <td>
                    <Link to={`/logs/outgoing?call_id=${encodeURIComponent(d.call_id ?? '')}&webhook_id=${encodeURIComponent(d.webhook_id)}`}>Attempts</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
