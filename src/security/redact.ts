// What the request and delivery logs keep: everything except secrets.

export const REDACTED = '[redacted]';

const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|webhook-signature|x-auth-key)$|(token|secret|api[-_]?key|password|auth|signature|session)/i;
const SECRET_PARAM = /(^|[-_.])(token|secret|apikey|password|passwd|auth|signature|sig|key)$/i;

/** A header that carries a credential: redacted in logs, never a tag. */
export function isSecretHeader(name: string): boolean {
  return SECRET_HEADER.test(name);
}

/** Headers as logged: credentials replaced, multi-valued headers joined. */
export function redactHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = isSecretHeader(name) ? REDACTED : Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Query parameters as logged: `auth_key` and other secret-looking names replaced, in any letter case. */
export function redactQuery(query: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).map(([name, value]) => [name, SECRET_PARAM.test(name) ? REDACTED : value]));
}

/** Text (a body) as logged: every occurrence of a presented secret replaced, wherever the sender put it. */
export function redactText(text: string, secrets: Array<string | undefined>): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 8) out = out.split(secret).join(REDACTED);
  return out;
}

/** Credentials in a URL: user info, secret-looking query parameters, and a Telegram bot token in the path. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.username || parsed.password) {
    parsed.username = REDACTED;
    parsed.password = '';
  }
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAM.test(name)) parsed.searchParams.set(name, REDACTED);
  }
  return parsed
    .toString()
    .replaceAll(encodeURIComponent(REDACTED), REDACTED)
    .replace(/\/bot\d+:[A-Za-z0-9_-]+/, `/bot${REDACTED}`);
}
