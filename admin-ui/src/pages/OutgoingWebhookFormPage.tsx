import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { api, seg } from '../api/client';
import type { OutgoingWebhook, OutgoingWebhookWithSecret, Preset } from '../api/types';
import { useCanWrite } from '../auth';
import { useEventTypes, FALLBACK_EVENT_TYPES } from '../catalog';
import { FiltersEditor } from '../components/outgoing/FiltersEditor';
import { applyPreset, EMPTY_OUTGOING, formFromWebhook, inputFromForm, validateForm, type OutgoingForm } from '../components/outgoing/model';
import { EventTypesFieldset } from '../components/outgoing/EventTypesFieldset';
import { RequestFields } from '../components/outgoing/RequestFields';
import { RetryFields } from '../components/outgoing/RetryFields';
import { SigningSecretNotice } from '../components/outgoing/SigningSecretNotice';
import { DeliveryControls } from '../components/outgoing/DeliveryControls';
import { HealthPanel } from '../components/outgoing/HealthPanel';
import { PresetPicker } from '../components/outgoing/PresetPicker';
import { RecoveryPanel } from '../components/outgoing/RecoveryPanel';
import { CheckCallsPanel } from '../components/outgoing/CheckCallsPanel';
import { PreviewPanel } from '../components/outgoing/PreviewPanel';
import { MESSAGE_PRESETS, messageTemplate, type MessageSpec } from '../components/outgoing/message';
import { MessageEditor } from '../components/outgoing/MessageEditor';
import { TemplateField } from '../components/outgoing/TemplateEditor';
import { TestPanel } from '../components/outgoing/TestPanel';
import { CheckField, DangerZone, EditForm, RecordPending, SaveActions } from '../components/FormParts';
import { Breadcrumb, Field, PageHeader } from '../components/ui';
import { fieldProblemSummary, useFieldErrors, useLoad, useSave } from '../hooks';
import { navigate } from '../router';

/** The signing secret from a create response, carried over to the edit page once. */
let pendingSecret: { id: string; secret: string } | null = null;

export function OutgoingWebhookFormPage({ id }: { id?: string }) {
  const loaded = useLoad(
    (signal) => (id ? api.get<OutgoingWebhook>(`/outgoing-webhooks/${seg(id)}`, undefined, signal) : Promise.resolve(undefined)),
    [id],
  );
  if (id && !loaded.data)
    return (
      <RecordPending error={loaded.error} title="Edit Outgoing Webhook" backTo="/outgoing-webhooks" backLabel="Back to outgoing webhooks" />
    );
  return <OutgoingWebhookEditor id={id} saved={loaded.data} />;
}

/** The editor of a new webhook, or of `saved` as loaded. */
function OutgoingWebhookEditor({ id, saved }: { id?: string; saved?: OutgoingWebhook }) {
  const canWrite = useCanWrite();
  const isNew = !id;
  const catalog = useEventTypes();
  const presets = useLoad((signal) => api.get<{ data: Preset[] }>('/outgoing-webhook-presets', undefined, signal), []);

  const [webhook, setWebhook] = useState(saved);
  const [form, setForm] = useState<OutgoingForm>(() => (saved ? formFromWebhook(saved) : EMPTY_OUTGOING));
  const [savedForm, setSavedForm] = useState<OutgoingForm | null>(() => (saved ? formFromWebhook(saved) : null));
  const save = useSave();
  const fields = useFieldErrors(save);
  /** A chat preset's message, edited field by field; null once the Liquid is edited by hand (or for no preset). */
  const [message, setMessage] = useState<MessageSpec | null>(null);
  const [advanced, setAdvanced] = useState(false);
  const [secret, setSecret] = useState<string | null>(() => (id && pendingSecret?.id === id ? pendingSecret.secret : null));
  useEffect(() => {
    if (id && pendingSecret?.id === id) pendingSecret = null;
  }, [id]);

  const input = useMemo(() => inputFromForm(form), [form]);
  const dirty = savedForm ? JSON.stringify(inputFromForm(savedForm)) !== JSON.stringify(input) : true;
  const err = fields.err;
  const templateError = err('body_template');

  const set = <K extends keyof OutgoingForm>(k: K, v: OutgoingForm[K]) => {
    setForm((f) => ({ ...f, [k]: v }));
    fields.edited(String(k));
    save.setSaved(false);
  };

  const builtIn = useMemo(() => new Set((catalog.data?.tokens ?? []).map((t) => t.name)), [catalog.data]);
  const editMessage = (spec: MessageSpec) => {
    setMessage(spec);
    set('body_template', messageTemplate(spec, builtIn));
  };

  const eventTypes = catalog.data?.data?.length ? catalog.data.data : FALLBACK_EVENT_TYPES;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = validateForm(form);
    fields.attempt(problems);
    await save.run(fieldProblemSummary(problems), async () => {
      if (isNew) {
        const created = await api.post<OutgoingWebhookWithSecret>('/outgoing-webhooks', input);
        if (created.signing_secret) pendingSecret = { id: created.id, secret: created.signing_secret };
        navigate(`/outgoing-webhooks/${seg(created.id)}`, { replace: true });
      } else {
        const { signing_secret, ...updated } = await api.patch<OutgoingWebhookWithSecret>(`/outgoing-webhooks/${seg(id)}`, input);
        if (signing_secret) setSecret(signing_secret);
        const f = formFromWebhook(updated);
        setWebhook(updated);
        setForm(f);
        setSavedForm(f);
        save.setSaved(true);
      }
    });
  };

  return (
    <>
      <Breadcrumb to="/outgoing-webhooks" label="Outgoing Webhooks">
        {isNew ? 'New' : webhook?.name}
      </Breadcrumb>
      <PageHeader
        title={isNew ? 'New Outgoing Webhook' : 'Edit Outgoing Webhook'}
        subtitle={isNew ? 'Push call events to any platform' : 'Update outgoing webhook configuration'}
      />

      {secret ? <SigningSecretNotice secret={secret} onDismiss={() => setSecret(null)} /> : null}

      <div className="editor-grid">
        <div className="editor-main">
          <details className="card" open={isNew} hidden={!canWrite}>
            <summary>
              <h2 className="inline-heading">Start from preset</h2>
            </summary>
            <PresetPicker
              presets={presets.data?.data}
              loading={presets.loading}
              error={presets.error}
              onPick={(p) => {
                setForm((f) => applyPreset(f, p));
                const spec = MESSAGE_PRESETS[p.id];
                setMessage(spec ?? null);
                setAdvanced(false);
                if (spec) set('body_template', messageTemplate(spec, builtIn));
                save.setSaved(false);
              }}
            />
          </details>

          <EditForm label="Outgoing webhook" onSubmit={submit}>
            <h2>Configuration</h2>
            <Field label="Name" error={err('name')}>
              {(p) => <input {...p} type="text" value={form.name} onChange={(e) => set('name', e.target.value)} />}
            </Field>
            <CheckField id="ow-enabled" label="Enabled" checked={form.enabled} onChange={(v) => set('enabled', v)} />

            <EventTypesFieldset form={form} set={set} err={err} eventTypes={eventTypes} />
            <RequestFields form={form} set={set} err={err} />

            {message ? (
              <>
                {advanced ? null : <MessageEditor spec={message} onChange={editMessage} catalog={catalog.data} />}
                <CheckField id="ow-advanced" label="Advanced (Liquid)" checked={advanced} onChange={setAdvanced} help="Edit the generated Liquid by hand; doing so ends the field-by-field editor." />
              </>
            ) : null}
            {form.body_format !== 'none' && (!message || advanced) ? (
              <TemplateField
                id="ow-body-template"
                label="Body template"
                value={form.body_template}
                onChange={(v) => {
                  setMessage(null);
                  set('body_template', v);
                }}
                catalog={catalog.data}
                error={templateError}
                help={form.body_format === 'form' ? <>For form bodies write one <code>key=value</code> per line or a JSON object of fields.</> : undefined}
              />
            ) : null}

            <fieldset className="fieldset">
              <legend>Filters</legend>
              <p className="help">Deliver only when every condition holds.</p>
              <FiltersEditor rows={form.filters} onChange={(rows) => set('filters', rows)} catalog={catalog.data} />
              {err('filters') ? <p className="field-error">{err('filters')}</p> : null}
            </fieldset>

            <RetryFields form={form} set={set} err={err} />

            <DeliveryControls form={form} set={set} err={err} catalog={catalog.data} />

            <CheckField
              id="ow-signing"
              label="Sign requests (Standard Webhooks)"
              checked={form.signing_enabled}
              onChange={(v) => set('signing_enabled', v)}
              help={
                <>
                  Adds <code>webhook-timestamp</code> and <code>webhook-signature</code> headers. The secret is shown once, when
                  it is created.
                </>
              }
            />

            <SaveActions save={save} cancelTo="/outgoing-webhooks">
              {!isNew && dirty ? <span className="muted small">Unsaved changes</span> : null}
            </SaveActions>
          </EditForm>
        </div>

        <div className="editor-side">
          {webhook ? <HealthPanel webhook={webhook} onChange={setWebhook} canWrite={canWrite} /> : null}
          {/* Rendering, sending and recovering are writes to the API (POST): a read-only token sees the health only. */}
          {canWrite ? (
            <>
              <PreviewPanel input={input} webhookId={id} />
              <CheckCallsPanel input={input} />
              {webhook ? <TestPanel webhookId={webhook.id} eventTypes={webhook.event_types} dirty={dirty} /> : null}
              {webhook ? <RecoveryPanel webhookId={webhook.id} /> : null}
            </>
          ) : null}
        </div>
      </div>

      {webhook ? (
        <DangerZone
          title="Delete webhook"
          consequence="No further events are delivered. Past deliveries stay in the logs."
          errorTitle="Could not delete."
          onDelete={async () => {
            await api.del(`/outgoing-webhooks/${seg(webhook.id)}`);
            navigate('/outgoing-webhooks');
          }}
        />
      ) : null}
    </>
  );
}
