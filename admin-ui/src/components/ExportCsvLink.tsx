// "Export CSV" for a list page: the link names the export with the list's current filters; a click downloads it
// with the session's token (a plain link cannot send one) and saves it under the name the API suggests.
import { useState } from 'react';
import { buildUrl, download, errorMessage, type Query } from '../api/client';

export function ExportCsvLink({ path, query }: { path: string; query: Query }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const { blob, filename } = await download(path, query);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <a
        className="btn btn-secondary"
        href={buildUrl(path, query)}
        aria-busy={busy}
        onClick={(event) => {
          event.preventDefault();
          if (!busy) void save();
        }}
      >
        {busy ? 'Exporting…' : 'Export CSV'}
      </a>
      {error ? (
        <span role="alert" className="field-error">
          {error}
        </span>
      ) : null}
    </>
  );
}
