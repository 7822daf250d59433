const SECRET_HEADERS = new Set(['authorization', 'x-auth-key', 'cookie', 'proxy-authorization']);
const REDACTED = '[REDACTED]';

/** Headers as logged: credentials replaced, multi-valued headers joined. */
export function redactHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Query parameters as logged, without `auth_key` in any letter case. */
export function redactQuery(query: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).map(([name, value]) => [name, name.toLowerCase() === 'auth_key' ? REDACTED : value]));
}

/** Text (a body) as logged: every occurrence of a presented secret replaced, wherever the sender put it. */
export function redactText(text: string, secrets: Array<string | undefined>): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 8) out = out.split(secret).join(REDACTED);
  return out;
}
