// What the delivery log keeps of a request: everything except secrets.

export const REDACTED = '[redacted]';

const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|webhook-signature)$|(token|secret|api[-_]?key|password|auth|signature|session)/i;
const SECRET_PARAM = /(^|[-_.])(token|secret|apikey|password|passwd|auth|signature|sig|key)$/i;

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, SECRET_HEADER.test(name) ? REDACTED : value]));
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
