import { useState, type FormEvent } from 'react';
import { api, seg } from '../api/client';
import type { IncomingWebhook, Page, Tag, TagInput, TagSource, TagSourceType } from '../api/types';
import { invalidateCatalog } from '../catalog';
import { DangerZone, EditForm, RecordPending, SaveActions } from '../components/FormParts';
import { Breadcrumb, Field, PageHeader } from '../components/ui';
import { TAG_SOURCE_LABELS, toTagName } from '../format';
import { fieldProblemSummary, useFieldErrors, useLoad, useSave } from '../hooks';
import { navigate } from '../router';

interface TagForm {
  name: string;
  display_name: string;
  description: string;
  sources: TagSource[];
}

const EMPTY: TagForm = { name: '', display_name: '', description: '', sources: [] };
const NAME_RE = /^[A-Z][A-Z0-9_]*$/;

export function TagFormPage({ id }: { id?: string }) {
  const loaded = useLoad(
    (signal) => (id ? api.get<Tag>(`/tags/${seg(id)}`, undefined, signal) : Promise.resolve(undefined)),
    [id],
  );
  if (id && !loaded.data) return <RecordPending error={loaded.error} title="Edit Tag" backTo="/tags" backLabel="Back to tags" />;
  return <TagEditor id={id} saved={loaded.data} />;
}

/** The editor of a new tag, or of `saved` as loaded. */
function TagEditor({ id, saved }: { id?: string; saved?: Tag }) {
  const isNew = !id;
  const webhooks = useLoad((signal) => api.get<Page<IncomingWebhook>>('/incoming-webhooks', { limit: 200 }, signal), []);
  const [tag, setTag] = useState(saved);
  const [form, setForm] = useState<TagForm>(() =>
    saved ? { name: saved.name, display_name: saved.display_name, description: saved.description ?? '', sources: saved.sources ?? [] } : EMPTY,
  );
  // A saved tag's display name is its own: renaming the tag no longer rewrites it.
  const [displayTouched, setDisplayTouched] = useState(Boolean(saved));
  const save = useSave();

  const fields = useFieldErrors(save);
  const set = <K extends keyof TagForm>(k: K, v: TagForm[K]) => {
    setForm((f) => ({ ...f, [k]: v }));
    fields.edited(k);
    save.setSaved(false);
  };
  const updateSource = (i: number, patch: Partial<TagSource>) =>
    set(
      'sources',
      form.sources.map((s, j) => (j === i ? { ...s, ...patch } : s)),
    );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const name = form.name.trim();
    const problems: Record<string, string> = NAME_RE.test(name)
      ? {}
      : { name: 'Tag name must be UPPER_SNAKE_CASE: capital letters, digits and underscores, starting with a letter.' };
    fields.attempt(problems);
    const body: TagInput = {
      name,
      display_name: form.display_name.trim() || name.toLowerCase(),
      description: form.description.trim(),
      sources: form.sources
        .filter((s) => s.key.trim())
        .map((s) =>
          s.type === 'incoming_webhook' && s.incoming_webhook_id
            ? { type: s.type, key: s.key.trim(), incoming_webhook_id: s.incoming_webhook_id }
            : { type: s.type, key: s.key.trim() },
        ),
    };
    await save.run(fieldProblemSummary(problems), async () => {
      if (isNew) {
        await api.post<Tag>('/tags', body);
        invalidateCatalog();
        navigate('/tags');
      } else {
        const updated = await api.patch<Tag>(`/tags/${seg(id)}`, body);
        invalidateCatalog();
        setTag(updated);
        save.setSaved(true);
      }
    });
  };

  return (
    <>
      <Breadcrumb to="/tags" label="Tags">
        {isNew ? 'New' : tag?.name}
      </Breadcrumb>
      <PageHeader title={isNew ? 'New Tag' : 'Edit Tag'} subtitle="Name a value that calls carry and say where it comes from" />
      <EditForm label="Tag" onSubmit={submit}>
        <Field
          label="Tag name"
          error={fields.err('name')}
          help={
            <>
              UPPER_SNAKE_CASE, used in templates as <code>[{form.name || 'TAG_NAME'}]</code>.
            </>
          }
        >
          {(p) => (
            <input
              {...p}
              type="text"
              spellCheck={false}
              placeholder="HOMEOWNER"
              value={form.name}
              onChange={(e) => {
                const name = toTagName(e.target.value);
                setForm((f) => ({ ...f, name, display_name: displayTouched ? f.display_name : name.toLowerCase() }));
                fields.edited('name');
                save.setSaved(false);
              }}
            />
          )}
        </Field>
        <Field label="Display name" error={fields.err('display_name')}>
          {(p) => (
            <input
              {...p}
              type="text"
              placeholder="homeowner"
              value={form.display_name}
              onChange={(e) => {
                setDisplayTouched(true);
                set('display_name', e.target.value);
              }}
            />
          )}
        </Field>
        <Field label="Description" error={fields.err('description')}>
          {(p) => <textarea {...p} rows={2} value={form.description} onChange={(e) => set('description', e.target.value)} />}
        </Field>

        <fieldset className="fieldset">
          <legend>Sources</legend>
          <p className="help">Which incoming-webhook parameter, SIP header, RTB field or landing-page parameter feeds this tag.</p>
          {form.sources.length === 0 ? <p className="muted small">No sources: the tag is filled only by parameters with the same name.</p> : null}
          {form.sources.map((s, i) => (
            <div className="source-row" key={i}>
              <select
                aria-label={`Source ${i + 1} type`}
                value={s.type}
                onChange={(e) => updateSource(i, { type: e.target.value as TagSourceType, incoming_webhook_id: undefined })}
              >
                {(Object.keys(TAG_SOURCE_LABELS) as TagSourceType[]).map((t) => (
                  <option key={t} value={t}>
                    {TAG_SOURCE_LABELS[t]}
                  </option>
                ))}
              </select>
              <input
                type="text"
                aria-label={`Source ${i + 1} key`}
                placeholder={s.type === 'sip_header' ? 'X-Homeowner' : s.type === 'rtb' ? 'homeowner' : 'parameter name'}
                value={s.key}
                onChange={(e) => updateSource(i, { key: e.target.value })}
              />
              {s.type === 'incoming_webhook' ? (
                <select
                  aria-label={`Source ${i + 1} incoming webhook`}
                  value={s.incoming_webhook_id ?? ''}
                  onChange={(e) => updateSource(i, { incoming_webhook_id: e.target.value || undefined })}
                >
                  <option value="">Any incoming webhook</option>
                  {(webhooks.data?.data ?? []).map((w) => (
                    <option key={w.id} value={w.id}>
                      {w.name}
                    </option>
                  ))}
                </select>
              ) : (
                <span />
              )}
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                aria-label={`Remove source ${i + 1}`}
                onClick={() => set('sources', form.sources.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
          ))}
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            onClick={() => set('sources', [...form.sources, { type: 'incoming_webhook', key: '' }])}
          >
            Add source
          </button>
          {fields.err('sources') ? <p className="field-error">{fields.err('sources')}</p> : null}
        </fieldset>

        <SaveActions save={save} cancelTo="/tags" />
      </EditForm>
      {tag ? (
        <DangerZone
          title="Delete tag"
          consequence="Values already on calls are kept. A tag that webhooks still use cannot be deleted."
          errorTitle="Could not delete the tag."
          onDelete={async () => {
            await api.del(`/tags/${seg(tag.id)}`);
            invalidateCatalog();
            navigate('/tags');
          }}
        />
      ) : null}
    </>
  );
}
