import { useState, type FormEvent } from 'react';
import { api, seg } from '../api/client';
import type { AttachedPostback, HeldPostback, Page, Settings } from '../api/types';
import { useCanWrite } from '../auth';
import { ListPage } from '../components/ListPage';
import { ConfirmButton, EmptyState, ErrorAlert, Notice } from '../components/ui';
import { describeLifespan, formatDateTime } from '../format';
import { useCursorPages, useLoad } from '../hooks';
import { Link } from '../router';

/** Post-call updates that matched no call yet: what they carry, what they wait for, attach or discard. */
export function HeldPostbacksPage() {
  const canWrite = useCanWrite();
  const pages = useCursorPages((cursor, signal) => api.get<Page<HeldPostback>>('/held-postbacks', { limit: 50, cursor }, signal), '');
  const [error, setError] = useState<unknown>(null);
  const [attached, setAttached] = useState<AttachedPostback | null>(null);
  const settings = useLoad((signal) => api.get<Settings>('/settings', undefined, signal), []);

  const act = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
      pages.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <ListPage
      title="Held Postbacks"
      subtitle="Post-call updates that matched no call when they arrived. Each is applied automatically when its call appears, until the organization's match window ends; attach one to a call by hand or discard it."
      before={
        <>
          {settings.data ? (
            <p className="muted" data-testid="match-window">
              Match window: {describeLifespan(settings.data.match_window_seconds)} (a caller&apos;s most recent call that long ago); by call id, any call
              of the last {settings.data.retention_days} days.
            </p>
          ) : null}
          {attached ? (
            <Notice kind="success">
              Given to call <Link to={`/calls/${seg(attached.call_id)}`}>{attached.call_id}</Link>
              {attached.queued ? ': the call is live, so it applies when the call completes.' : attached.duplicate ? ': the call already had it.' : ': applied.'}
            </Notice>
          ) : null}
        </>
      }
      alerts={error ? <ErrorAlert error={error} title="The held postback was not changed." /> : null}
      pages={pages}
      tableLabel="Held postbacks"
      columns={['Waiting for', 'Update', 'Received', 'Expires', 'Actions']}
      empty={<EmptyState title="No held postbacks">Every postback so far found its call.</EmptyState>}
    >
      {(h) => (
        <tr key={h.id}>
          <td>
            {h.call_id ? `call ${h.call_id}` : `next call from ${h.caller}`}
            <div className="muted small">
              {h.webhook_type} · request {h.request_id}
            </div>
          </td>
          <td>
            <code className="small">{JSON.stringify(h.change)}</code>
          </td>
          <td className="nowrap">{formatDateTime(h.received_at)}</td>
          <td className="nowrap">{formatDateTime(h.expires_at)}</td>
          <td className="actions">
            {canWrite ? (
              <>
                <AttachForm postback={h} onAttach={(callId) => act(async () => setAttached(await api.post<AttachedPostback>(`/held-postbacks/${seg(h.id)}/attach`, { call_id: callId })))} />
                <ConfirmButton label="Discard" accessibleName={`Discard ${h.id}`} className="btn btn-danger btn-sm" onConfirm={() => act(() => api.del(`/held-postbacks/${seg(h.id)}`))} />
              </>
            ) : null}
          </td>
        </tr>
      )}
    </ListPage>
  );
}

function AttachForm({ postback, onAttach }: { postback: HeldPostback; onAttach: (callId: string) => Promise<void> }) {
  const [callId, setCallId] = useState(postback.call_id ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (callId.trim()) void onAttach(callId.trim());
  };
  return (
    <form className="inline-form" aria-label={`Attach ${postback.id}`} onSubmit={submit}>
      <input aria-label="Call id" placeholder="call id" value={callId} onChange={(e) => setCallId(e.target.value)} />
      <button type="submit" className="btn btn-sm" disabled={!callId.trim()}>
        Attach to call
      </button>
    </form>
  );
}
