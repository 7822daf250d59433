import { useState, type FormEvent } from 'react';
import { api, seg } from '../api/client';
import type { IncomingWebhook, Page, Tag } from '../api/types';
import { useCanWrite } from '../auth';
import { DangerZone, EditForm, RecordPending, SaveActions } from '../components/FormParts';
import { ConfigurationFields } from '../components/incoming/ConfigurationFields';
import { HeaderTagsFieldset } from '../components/incoming/HeaderTagsFieldset';
import { API_FIELD, EMPTY_INCOMING, formFromWebhook, inputFromForm, validateForm, type IncomingForm } from '../components/incoming/model';
import { ParameterMappingFieldset } from '../components/incoming/ParameterMappingFieldset';
import { RotateKeyCard } from '../components/incoming/RotateKeyCard';
import { WebhookUrlCard } from '../components/incoming/WebhookUrlCard';
import { Breadcrumb, PageHeader } from '../components/ui';
import { fieldProblemSummary, useFieldErrors, useLoad, useSave } from '../hooks';
import { Link, navigate } from '../router';

export function IncomingWebhookFormPage({ id }: { id?: string }) {
  const loaded = useLoad(
    (signal) => (id ? api.get<IncomingWebhook>(`/incoming-webhooks/${seg(id)}`, undefined, signal) : Promise.resolve(undefined)),
    [id],
  );
  if (id && !loaded.data)
    return (
      <RecordPending error={loaded.error} title="Edit Incoming Webhook" backTo="/incoming-webhooks" backLabel="Back to incoming webhooks" />
    );
  return <IncomingWebhookEditor id={id} saved={loaded.data} />;
}

/** The editor of a new webhook, or of `saved` as loaded. */
function IncomingWebhookEditor({ id, saved }: { id?: string; saved?: IncomingWebhook }) {
  const canWrite = useCanWrite();
  const isNew = !id;
  const tags = useLoad((signal) => api.get<Page<Tag>>('/tags', { limit: 200 }, signal), []);
  const [webhook, setWebhook] = useState(saved);
  const [form, setForm] = useState<IncomingForm>(() => (saved ? formFromWebhook(saved) : EMPTY_INCOMING));
  const save = useSave();

  const fields = useFieldErrors(save);
  const set = <K extends keyof IncomingForm>(k: K, v: IncomingForm[K]) => {
    setForm((f) => ({ ...f, [k]: v }));
    fields.edited(API_FIELD[k] ?? k);
    save.setSaved(false);
  };
  const section = { form, set, err: fields.err };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = validateForm(form);
    fields.attempt(problems);
    const body = inputFromForm(form);
    await save.run(fieldProblemSummary(problems), async () => {
      if (isNew) {
        const created = await api.post<IncomingWebhook>('/incoming-webhooks', body);
        navigate(`/incoming-webhooks/${seg(created.id)}`, { replace: true });
      } else {
        const updated = await api.patch<IncomingWebhook>(`/incoming-webhooks/${seg(id)}`, body);
        setWebhook(updated);
        setForm(formFromWebhook(updated));
        save.setSaved(true);
      }
    });
  };

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
        <ConfigurationFields {...section} />
        <ParameterMappingFieldset {...section} tags={tags.data?.data} />
        <HeaderTagsFieldset {...section} />
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
