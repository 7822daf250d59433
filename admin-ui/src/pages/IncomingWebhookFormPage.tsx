import { useEffect, useState, type FormEvent } from 'react';
import { api, seg } from '../api/client';
import type { HeaderTagMode, IncomingWebhook, IncomingWebhookInput, IncomingWebhookType, Page, Tag } from '../api/types';
import { useCanWrite } from '../auth';
import { CodeBlock, CopyButton } from '../components/CodeBlock';
import { KeyValueEditor, kvFromRecord, kvToRecord, type KV } from '../components/KeyValueEditor';
import { CheckField, DangerZone, EditForm, RecordPending, SaveActions } from '../components/FormParts';
import { Breadcrumb, ErrorAlert, Field, Notice, PageHeader } from '../components/ui';
import { describeLifespan, formatDateTime, INCOMING_TYPE_LABELS, INCOMING_TYPE_PATHS } from '../format';
import { fieldProblemSummary, useFieldErrors, useLoad, useSave } from '../hooks';
import { Link, navigate } from '../router';

interface FormState {
  name: string;
  type: IncomingWebhookType;
  enabled: boolean;
  lifespan: string;
  default_region: string;
  mapping: KV[];
  header_tags: HeaderTagMode;
  /** Comma-separated header names. */
  header_allow: string;
}

const HEADER_TAG_MODES: Record<HeaderTagMode, string> = {
  none: 'None: headers never become tags',
  all: 'All headers (except credentials, cookies and hop-by-hop headers)',
  allow: 'Only the headers listed below',
};

// The API's bounds for lifespan_seconds: a minute to 30 days.
const LIFESPAN_MIN = 60;
const LIFESPAN_MAX = 30 * 86_400;

const EMPTY: FormState = { name: '', type: 'call_data', enabled: true, lifespan: '3600', default_region: '', mapping: [], header_tags: 'none', header_allow: '' };

function toForm(w: IncomingWebhook): FormState {
  return {
    name: w.name,
    type: w.type,
    enabled: w.enabled,
    lifespan: String(w.lifespan_seconds),
    default_region: w.default_region ?? '',
    mapping: kvFromRecord(w.parameter_map),
    header_tags: w.header_tags,
    header_allow: w.header_tag_allow.join(', '),
  };
}

/** Form fields whose API field has another name: an edit clears the message the API gave for it. */
const API_FIELD: Partial<Record<keyof FormState, string>> = { lifespan: 'lifespan_seconds', mapping: 'parameter_map', header_allow: 'header_tag_allow' };

export function IncomingWebhookFormPage({ id }: { id?: string }) {
  const canWrite = useCanWrite();
  const isNew = !id;
  const loaded = useLoad(
    (signal) => (id ? api.get<IncomingWebhook>(`/incoming-webhooks/${seg(id)}`, undefined, signal) : Promise.resolve(undefined)),
    [id],
  );
  const tags = useLoad((signal) => api.get<Page<Tag>>('/tags', { limit: 200 }, signal), []);
  const [webhook, setWebhook] = useState<IncomingWebhook | undefined>(undefined);
  const [form, setForm] = useState<FormState>(EMPTY);
  const save = useSave();

  useEffect(() => {
    if (loaded.data) {
      setWebhook(loaded.data);
      setForm(toForm(loaded.data));
    }
  }, [loaded.data]);

  const fields = useFieldErrors(save);
  const set = <K extends keyof FormState>(k: K, v: FormState[K]) => {
    setForm((f) => ({ ...f, [k]: v }));
    fields.edited(API_FIELD[k] ?? k);
    save.setSaved(false);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const lifespan = form.lifespan.trim() === '' ? 3600 : Number(form.lifespan);
    const problems: Record<string, string> = {};
    if (!form.name.trim()) problems.name = 'Name is required.';
    if (!Number.isInteger(lifespan) || lifespan < LIFESPAN_MIN || lifespan > LIFESPAN_MAX)
      problems.lifespan_seconds = `Lifespan must be a whole number of seconds from ${LIFESPAN_MIN} to ${LIFESPAN_MAX} (30 days).`;
    fields.attempt(problems);
    const body: IncomingWebhookInput = {
      name: form.name.trim(),
      type: form.type,
      enabled: form.enabled,
      lifespan_seconds: lifespan,
      default_region: form.default_region.trim() ? form.default_region.trim().toUpperCase() : null,
      parameter_map: kvToRecord(form.mapping),
      header_tags: form.header_tags,
      header_tag_allow: form.header_allow
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    };
    await save.run(fieldProblemSummary(problems), async () => {
      if (isNew) {
        const created = await api.post<IncomingWebhook>('/incoming-webhooks', body);
        navigate(`/incoming-webhooks/${seg(created.id)}`, { replace: true });
      } else {
        const updated = await api.patch<IncomingWebhook>(`/incoming-webhooks/${seg(id)}`, body);
        setWebhook(updated);
        setForm(toForm(updated));
        save.setSaved(true);
      }
    });
  };

  if (!isNew && !webhook)
    return (
      <RecordPending error={loaded.error} title="Edit Incoming Webhook" backTo="/incoming-webhooks" backLabel="Back to incoming webhooks" />
    );

  const lifespanNum = Number(form.lifespan);
  return (
    <>
      <Breadcrumb to="/incoming-webhooks" label="Incoming Webhooks">
        {isNew ? 'New' : webhook?.name}
      </Breadcrumb>
      <PageHeader
        title={isNew ? 'New Incoming Webhook' : 'Edit Incoming Webhook'}
        subtitle={isNew ? 'Create a webhook with its own URL and auth key' : 'Update webhook configuration details'}
        actions={
          webhook ? (
            <Link className="btn btn-secondary" to={`/incoming-webhooks/${seg(webhook.id)}/onboarding`}>
              Partner onboarding
            </Link>
          ) : undefined
        }
      />

      {webhook ? <WebhookUrlCard webhook={webhook} /> : null}

      <EditForm label="Incoming webhook" onSubmit={submit}>
        <h2>Configuration</h2>
        <Field label="Name" error={fields.err('name')}>
          {(p) => <input {...p} type="text" value={form.name} onChange={(e) => set('name', e.target.value)} required />}
        </Field>
        <Field
          label="Type"
          error={fields.err('type')}
          help={
            <>
              Pre-call data is attached to the caller&apos;s calls while it lives; post-call updates change a call after it
              ended. Requests go to <code>{INCOMING_TYPE_PATHS[form.type]}</code>.
            </>
          }
        >
          {(p) => (
            <select {...p} value={form.type} onChange={(e) => set('type', e.target.value as IncomingWebhookType)}>
              {(Object.keys(INCOMING_TYPE_LABELS) as IncomingWebhookType[]).map((t) => (
                <option key={t} value={t}>
                  {INCOMING_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Lifespan (seconds)"
          error={fields.err('lifespan_seconds')}
          help={
            <>
              {form.type === 'call_data'
                ? 'How long the data sent for a caller stays attached to their calls (in seconds).'
                : 'How long a call keeps accepting updates from this webhook after it ends (in seconds).'}{' '}
              Defaults to 3600 seconds (1 hour).
              {Number.isInteger(lifespanNum) && lifespanNum > 0 && lifespanNum !== 3600 ? ` Currently ${describeLifespan(lifespanNum)}.` : ''}
            </>
          }
        >
          {(p) => (
            <input
              {...p}
              type="number"
              min={LIFESPAN_MIN}
              max={LIFESPAN_MAX}
              step={1}
              inputMode="numeric"
              placeholder="3600"
              value={form.lifespan}
              onChange={(e) => set('lifespan', e.target.value)}
            />
          )}
        </Field>
        <Field
          label="Default region"
          error={fields.err('default_region')}
          help="Two-letter country used to normalize caller numbers without a country code (e.g. US). Leave empty for the organization default."
        >
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={2}
              placeholder="US"
              value={form.default_region}
              onChange={(e) => set('default_region', e.target.value)}
              className="input-short"
            />
          )}
        </Field>
        <CheckField
          id="iw-enabled"
          label="Enabled"
          checked={form.enabled}
          onChange={(v) => set('enabled', v)}
          help="A disabled webhook answers 403 and stores nothing."
        />

        <fieldset className="fieldset">
          <legend>Parameter mapping</legend>
          <p className="help">
            Every parameter becomes a tag named after it (upper-cased). Map a parameter onto an existing tag name here.
          </p>
          <KeyValueEditor
            rows={form.mapping}
            onChange={(rows) => set('mapping', rows)}
            keyLabel="Parameter"
            valueLabel="Tag"
            itemName="Mapping"
            addLabel="Add mapping"
            keyPlaceholder="e.g. home_owner"
            valuePlaceholder="e.g. HOMEOWNER"
            valueListId="iw-tag-names"
            emptyText="No mappings: parameters become tags with their own names."
          />
          <datalist id="iw-tag-names">
            {(tags.data?.data ?? []).map((t) => (
              <option key={t.id} value={t.name}>
                {t.display_name}
              </option>
            ))}
          </datalist>
          {fields.err('parameter_map') ? <p className="field-error">{fields.err('parameter_map')}</p> : null}
        </fieldset>

        <fieldset className="fieldset">
          <legend>Header tags</legend>
          <Field
            label="Request headers as tags"
            error={fields.err('header_tags')}
            help="Header names become tag names like parameters do (X-Lead-Source → X_LEAD_SOURCE); a query or body parameter of the same name wins."
          >
            {(p) => (
              <select {...p} value={form.header_tags} onChange={(e) => set('header_tags', e.target.value as HeaderTagMode)}>
                {(Object.keys(HEADER_TAG_MODES) as HeaderTagMode[]).map((mode) => (
                  <option key={mode} value={mode}>
                    {HEADER_TAG_MODES[mode]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {form.header_tags === 'allow' ? (
            <Field label="Allowed headers" error={fields.err('header_tag_allow')} help="Comma-separated header names, e.g. X-Lead-Source, X-Campaign.">
              {(p) => <input {...p} type="text" value={form.header_allow} onChange={(e) => set('header_allow', e.target.value)} placeholder="X-Lead-Source" />}
            </Field>
          ) : null}
        </fieldset>

        <SaveActions save={save} cancelTo="/incoming-webhooks" />
      </EditForm>

      {webhook && canWrite ? <RotateKeyCard webhook={webhook} onRotated={setWebhook} /> : null}
      {webhook ? (
        <DangerZone
          title="Delete webhook"
          consequence="Requests to this webhook's URL will be rejected. Logged requests are kept."
          errorTitle="Could not delete."
          onDelete={async () => {
            await api.del(`/incoming-webhooks/${seg(webhook.id)}`);
            navigate('/incoming-webhooks');
          }}
        />
      ) : null}
    </>
  );
}

function WebhookUrlCard({ webhook }: { webhook: IncomingWebhook }) {
  return (
    <section className="card" aria-labelledby="iw-url-title">
      <h2 id="iw-url-title">Webhook URL</h2>
      <p className="muted">Use this URL to send incoming webhook requests. The auth key is required for authentication.</p>
      <CodeBlock value={webhook.url} label="Webhook URL" testId="webhook-url" copyLabel="Copy URL" />
      <h4>Example request</h4>
      <CodeBlock value={webhook.example_url} label="Example URL" testId="example-url" copyLabel="Copy example" />
      <p className="help">Replace tag1=value1 with your actual query parameters</p>
      <dl className="meta">
        <div>
          <dt>Type</dt>
          <dd>{INCOMING_TYPE_LABELS[webhook.type]}</dd>
        </div>
        <div>
          <dt>Auth key</dt>
          <dd className="auth-key">
            <code data-testid="auth-key">{webhook.auth_key}</code> <CopyButton text={webhook.auth_key} label="Copy auth key" />
          </dd>
        </div>
        {webhook.previous_key_expires_at && Date.parse(webhook.previous_key_expires_at) > Date.now() ? (
          <div>
            <dt>Previous key</dt>
            <dd>works until {formatDateTime(webhook.previous_key_expires_at)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Created</dt>
          <dd>{formatDateTime(webhook.created_at)}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{formatDateTime(webhook.updated_at)}</dd>
        </div>
      </dl>
      <p className="help">
        The key is accepted as the <code>auth_key</code> query parameter, an <code>X-Auth-Key</code> header or{' '}
        <code>Authorization: Bearer</code>. Send <code>GET</code> with query parameters or <code>POST</code> with JSON or a
        form.
      </p>
    </section>
  );
}

function RotateKeyCard({ webhook, onRotated }: { webhook: IncomingWebhook; onRotated: (w: IncomingWebhook) => void }) {
  const [grace, setGrace] = useState('3600');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const rotate = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(null);
    const g = grace.trim() === '' ? 0 : Number(grace);
    if (!Number.isInteger(g) || g < 0) {
      setError(new Error('Grace period must be a whole number of seconds (0 or more).'));
      return;
    }
    setBusy(true);
    try {
      const w = await api.post<IncomingWebhook>(`/incoming-webhooks/${seg(webhook.id)}/rotate-key`, { grace_period_seconds: g });
      onRotated(w);
      setDone(
        g > 0
          ? `Key rotated. The old key keeps working for ${describeLifespan(g)}; update your senders to the new URL.`
          : 'Key rotated. The old key no longer works.',
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form" onSubmit={rotate} aria-label="Rotate key">
      <h2>Rotate auth key</h2>
      <p className="muted">Issue a new auth key. The old key keeps working for the grace period so senders can switch over.</p>
      <Field label="Grace period (seconds)" help="0 revokes the old key immediately.">
        {(p) => (
          <input {...p} type="number" min={0} step={1} value={grace} onChange={(e) => setGrace(e.target.value)} className="input-short" />
        )}
      </Field>
      {error ? <ErrorAlert error={error} title="Could not rotate the key." /> : null}
      {done ? <Notice kind="success">{done}</Notice> : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-secondary" disabled={busy}>
          {busy ? 'Rotating…' : 'Rotate key'}
        </button>
      </div>
    </form>
  );
}
