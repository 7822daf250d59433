import type { Preset } from '../../api/types';
import { Loading } from '../ui';

export function PresetPicker({
  presets,
  loading,
  error,
  onPick,
}: {
  presets: Preset[] | undefined;
  loading: boolean;
  error: string | null;
  onPick: (p: Preset) => void;
}) {
  return (
    <div className="preset-picker" role="group" aria-label="Start from preset">
      {loading ? <Loading label="Loading presets…" /> : null}
      {error ? <p className="muted small">Presets are unavailable: {error}</p> : null}
      <div className="preset-list">
        {(presets ?? []).map((p) => (
          <div className="preset" key={p.id}>
            <div>
              <strong>{p.name}</strong>
              <p className="muted small">{p.description}</p>
            </div>
            <button type="button" className="btn btn-secondary btn-sm" aria-label={`Use ${p.name} preset`} onClick={() => onPick(p)}>
              Use preset
            </button>
          </div>
        ))}
      </div>
      <p className="help">A preset fills in the method, URL, headers, body format and template. Replace the placeholders (bot token, chat id, hook URL) with yours.</p>
    </div>
  );
}
