import { REDACTED, redactHeaders, redactUrl } from './redact';

/** Fields that hold a secret outright. */
const SECRET_FIELDS = new Set(['auth_key', 'signing_secret', 'token', 'secret']);
const isUrlField = (name: string) => name === 'url' || name.endsWith('_url');

function isStringMap(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}

/**
 * A response body as a token that may not see secrets gets it: auth keys and signing secrets replaced, URL
 * credentials (user info, key-like query parameters, bot tokens) and secret headers redacted. Applied by
 * field name to every response, so a new route is masked without remembering to.
 */
export function maskSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSecrets);
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, v]) => {
      if (SECRET_FIELDS.has(name) && typeof v === 'string') return [name, REDACTED];
      if (isUrlField(name) && typeof v === 'string') return [name, redactUrl(v)];
      if (name === 'headers' && isStringMap(v)) return [name, redactHeaders(v)];
      return [name, maskSecrets(v)];
    }),
  );
}
