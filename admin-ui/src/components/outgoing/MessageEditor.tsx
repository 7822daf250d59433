import { useState } from 'react';
import type { EventTypesInfo } from '../../api/types';
import type { MessageSpec } from './message';

/** A chat preset's message field by field: title, (Telegram) chat id, and the fields to list, in order. */
export function MessageEditor({ spec, onChange, catalog }: { spec: MessageSpec; onChange: (spec: MessageSpec) => void; catalog: EventTypesInfo | undefined }) {
  const [adding, setAdding] = useState('');
  const choices = [...(catalog?.tokens ?? []).map((t) => ({ name: t.name, label: t.description })), ...(catalog?.tags ?? []).map((t) => ({ name: t.name, label: `tag: ${t.display_name}` }))];
  const setFields = (fields: MessageSpec['fields']) => onChange({ ...spec, fields });
  const move = (i: number, by: number) => {
    const fields = [...spec.fields];
    [fields[i], fields[i + by]] = [fields[i + by], fields[i]];
    setFields(fields);
  };
  return (
    <fieldset className="fieldset" data-testid="message-editor">
      <legend>Message</legend>
      <div className="field">
        <label htmlFor="msg-title">Message title</label>
        <input id="msg-title" type="text" value={spec.title} onChange={(e) => onChange({ ...spec, title: e.target.value })} />
      </div>
      {spec.target === 'telegram' ? (
        <div className="field">
          <label htmlFor="msg-chat">Chat id</label>
          <input id="msg-chat" type="text" value={spec.chat_id} onChange={(e) => onChange({ ...spec, chat_id: e.target.value })} />
        </div>
      ) : null}
      <table className="table table-compact" aria-label="Message fields">
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Value</th>
            <th scope="col">
              <span className="sr-only">Order</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {spec.fields.map((f, i) => (
            <tr key={`${f.token}-${i}`} data-testid="message-field" data-token={f.token}>
              <td>
                <input
                  type="text"
                  aria-label={`Label for ${f.token}`}
                  value={f.label}
                  onChange={(e) => setFields(spec.fields.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)))}
                />
              </td>
              <td>
                <code>[{f.token}]</code>
              </td>
              <td className="nowrap">
                <button type="button" className="btn btn-ghost btn-sm" aria-label={`Move ${f.token} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                  ↑
                </button>
                <button type="button" className="btn btn-ghost btn-sm" aria-label={`Move ${f.token} down`} disabled={i === spec.fields.length - 1} onClick={() => move(i, 1)}>
                  ↓
                </button>
                <button type="button" className="btn btn-ghost btn-sm" aria-label={`Remove ${f.token}`} onClick={() => setFields(spec.fields.filter((_, j) => j !== i))}>
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="field">
        <label htmlFor="msg-add">Add a call field or tag</label>
        <select
          id="msg-add"
          value={adding}
          onChange={(e) => {
            const token = e.target.value;
            setAdding('');
            if (token) setFields([...spec.fields, { token, label: token.charAt(0) + token.slice(1).toLowerCase().replace(/_/g, ' ') }]);
          }}
        >
          <option value="">Choose…</option>
          {choices.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name} — {c.label}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
