import { useEffect, useState, type FormEvent } from 'react';
import { api, seg } from '../api/client';
import type { CallTimeline, OutgoingWebhook, Page, SimulationRequest, SimulationStarted } from '../api/types';
import { useCanWrite } from '../auth';
import { CheckField } from '../components/FormParts';
import { ErrorAlert, Field, Notice, NumberField, PageHeader } from '../components/ui';
import { formatDateTime } from '../format';
import { useLoad, useSave } from '../hooks';
import { Link } from '../router';

/** How often the timeline of the running simulation is fetched again. */
const POLL_MS = 2000;

interface Form {
  from: string;
  campaign_id: string;
  connected_seconds: string;
  webhook_ids: string[];
  pre_call: string;
  postback_revenue: string;
}
const DEFAULTS: Form = { from: '', campaign_id: '', connected_seconds: '16', webhook_ids: [], pre_call: '', postback_revenue: '' };

/** "HOMEOWNER=yes" lines as pre-call parameters. */
function parsePairs(text: string): Record<string, string> {
  const pairs = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf('=');
      return at < 0 ? [line, ''] : [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    });
  return Object.fromEntries(pairs);
}

function toRequest(form: Form): SimulationRequest {
  const call = { ...(form.from.trim() && { from: form.from.trim() }), ...(form.campaign_id.trim() && { campaign_id: form.campaign_id.trim() }) };
  const preCall = parsePairs(form.pre_call);
  return {
    connected_seconds: Number(form.connected_seconds),
    ...(form.webhook_ids.length > 0 && { webhook_ids: form.webhook_ids }),
    ...(Object.keys(call).length > 0 && { call }),
    ...(Object.keys(preCall).length > 0 && { pre_call: { data: preCall } }),
    ...(form.postback_revenue.trim() && { postback: { revenue_paid_out: Number(form.postback_revenue) } }),
  };
}

export function SimulatorPage() {
  const canWrite = useCanWrite();
  const webhooks = useLoad((signal) => api.get<Page<OutgoingWebhook>>('/outgoing-webhooks', { limit: 200 }, signal), []);
  const [form, setForm] = useState<Form>(DEFAULTS);
  const [started, setStarted] = useState<SimulationStarted | null>(null);
  const save = useSave();
  const set = <K extends keyof Form>(name: K, value: Form[K]) => setForm((f) => ({ ...f, [name]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run(null, async () => {
      setStarted(null);
      setStarted(await api.post<SimulationStarted>('/simulations', toRequest(form)));
    });
  };

  return (
    <>
      <PageHeader
        title="Simulator"
        subtitle="Run a realistic call through the real path against your webhooks, to check an integration end to end. Simulated calls are flagged: never redelivered, recovered or counted in reports."
      />
      {!canWrite ? <Notice>Running a simulation needs an admin token.</Notice> : null}
      <form className="card form" aria-label="Simulate a call" onSubmit={submit}>
        <Field label="Caller number" help="Default: a fictional 555-01xx number">
          {(p) => <input {...p} type="text" placeholder="+15125550123" value={form.from} onChange={(e) => set('from', e.target.value)} />}
        </Field>
        <Field label="Campaign ID" help="Default: simulator">
          {(p) => <input {...p} type="text" value={form.campaign_id} onChange={(e) => set('campaign_id', e.target.value)} />}
        </Field>
        <NumberField
          label="Connected seconds"
          help="How long the call stays connected (duration marks fire as they would); 0: never answered, the call fails"
          min={0}
          max={120}
          value={form.connected_seconds}
          onChange={(v) => set('connected_seconds', v)}
        />
        <fieldset className="fieldset">
          <legend>Outgoing webhooks</legend>
          <p className="help">None checked: every enabled webhook subscribed to each event (filters still apply).</p>
          {(webhooks.data?.data ?? []).map((w) => (
            <CheckField
              key={w.id}
              id={`sim-webhook-${w.id}`}
              label={w.name}
              checked={form.webhook_ids.includes(w.id)}
              onChange={(checked) => set('webhook_ids', checked ? [...form.webhook_ids, w.id] : form.webhook_ids.filter((id) => id !== w.id))}
            />
          ))}
        </fieldset>
        <Field label="Pre-call data" help="KEY=value per line, posted through your first call_data webhook before the call; empty: none">
          {(p) => <textarea {...p} rows={3} placeholder="HOMEOWNER=yes" value={form.pre_call} onChange={(e) => set('pre_call', e.target.value)} />}
        </Field>
        <NumberField
          label="Postback revenue"
          help="Posted through your first update_fields webhook once the call completed; empty: no postback"
          min={0}
          step={0.01}
          value={form.postback_revenue}
          onChange={(v) => set('postback_revenue', v)}
        />
        <ErrorAlert error={save.error} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={!canWrite || save.saving}>
            {save.saving ? 'Starting…' : 'Run simulation'}
          </button>
        </div>
      </form>
      {started ? <SimulationTimeline key={started.call_id} started={started} /> : null}
    </>
  );
}

/** The simulated call's timeline, fetched again while the simulation runs. */
function SimulationTimeline({ started }: { started: SimulationStarted }) {
  const [timeline, setTimeline] = useState<CallTimeline | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      api.get<CallTimeline>(`/calls/${seg(started.call_id)}/timeline`, undefined, controller.signal).then(setTimeline, (err: unknown) => {
        if ((err as Error)?.name !== 'AbortError') setError(err);
      });
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [started.call_id]);

  return (
    <section className="card" aria-labelledby="sim-timeline">
      <h2 id="sim-timeline">
        Simulated call <Link to={`/calls/${encodeURIComponent(started.call_id)}`}>{started.call_id}</Link>
      </h2>
      <p className="muted">Steps: {started.steps.join(' → ')}</p>
      <ErrorAlert error={error} />
      <table className="table table-compact" aria-label="Simulated call timeline">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Kind</th>
            <th scope="col">What happened</th>
          </tr>
        </thead>
        <tbody>
          {(timeline?.entries ?? []).map((entry, i) => (
            <tr key={i}>
              <td className="nowrap">{formatDateTime(entry.at)}</td>
              <td>{entry.kind}</td>
              <td>{entry.title}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
