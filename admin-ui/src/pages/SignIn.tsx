import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { useAuth } from '../auth';
import { navigate, useLocation } from '../router';

export function SignInPage() {
  const { signIn } = useAuth();
  const { search } = useLocation();
  const [token, setTokenValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const t = token.trim();
    if (!t) {
      setError('Paste an API token to sign in.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(t);
      const next = search.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/overview', { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        setError(`That token was not accepted: ${err.message}. Check that you copied the whole token.`);
      } else if (err instanceof ApiError && err.status === 403) {
        setError(`That token cannot sign in here: ${err.message}.`);
      } else if (err instanceof ApiError && err.status === 429) {
        setError(`${err.message}.`);
      } else if (err instanceof ApiError) {
        setError(err.message);
      } else {
        setError(String(err));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="signin">
      <form className="card signin-card" onSubmit={submit} noValidate>
        <div className="brand brand-lg">
          <span className="brand-mark" aria-hidden="true">
            ⇄
          </span>
          <span>callhooks</span>
        </div>
        <h1>Sign in</h1>
        <p className="muted">Paste an API token for your organization. It is kept only in this browser tab.</p>
        <div className="field">
          <label htmlFor="api-token">API token</label>
          <input
            id="api-token"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(e) => setTokenValue(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'signin-error' : undefined}
            autoFocus
          />
        </div>
        {error ? (
          <div className="alert alert-error" role="alert" id="signin-error">
            {error}
          </div>
        ) : null}
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
