import type { EventType, EventTypesInfo } from '../../api/types';
import type { FormSection } from '../FormParts';
import { eventTypeLabel } from '../../format';
import type { OutgoingForm } from './model';

/** The call events that trigger the webhook, one checkbox each. */
export function EventTypesFieldset({ form, set, err, eventTypes }: FormSection<OutgoingForm> & { eventTypes: EventTypesInfo['data'] }) {
  const toggle = (type: EventType, on: boolean) => set('event_types', on ? [...form.event_types, type] : form.event_types.filter((x) => x !== type));
  return (
    <fieldset className="fieldset" aria-label="Event types" aria-describedby="ow-events-help">
      <legend>Supported Event Types</legend>
      <p className="help" id="ow-events-help">
        Event types: pick the call events that trigger this webhook (none for a notification channel that only gets alerts).
      </p>
      <div className="checkbox-grid">
        {eventTypes.map((t) => (
          <label key={t.type} className="check" title={t.description}>
            <input type="checkbox" value={t.type} checked={form.event_types.includes(t.type)} onChange={(e) => toggle(t.type, e.target.checked)} />
            <span>
              {t.type}
              <span className="muted small block">{eventTypeLabel(t.type)}{t.description ? ` — ${t.description}` : ''}</span>
            </span>
          </label>
        ))}
      </div>
      {err('event_types') ? <p className="field-error">{err('event_types')}</p> : null}
    </fieldset>
  );
}
