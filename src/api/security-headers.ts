import type { RequestHandler } from 'express';

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

// The API, the ingress and the health checks answer JSON: nothing in them may load, run or be framed.
const DATA_ONLY = policy({ 'default-src': "'none'", 'frame-ancestors': "'none'", 'base-uri': "'none'", 'form-action': "'none'" });

// The admin UI (the Vite build) and the API docs (swagger-ui) load every script and style from this origin.
const PAGES = policy({
  'default-src': "'self'",
  'script-src': "'self'",
  // React and swagger-ui set style attributes.
  'style-src': "'self' 'unsafe-inline'",
  // The favicon and swagger-ui's icons are data: URLs.
  'img-src': "'self' data:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
});

const PAGE_PATH = /^\/(admin|docs)(\/|$)/;

const ALWAYS = { 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY', 'Referrer-Policy': 'no-referrer' };

/** What an answer in JSON carries, whoever writes it. */
export const DATA_ONLY_HEADERS: Readonly<Record<string, string>> = { 'Content-Security-Policy': DATA_ONLY, ...ALWAYS };

/**
 * Security headers on every response: a Content-Security-Policy fitting what the path serves, no MIME sniffing,
 * no framing, no referrer leaving the app; API responses (keys, signing secrets) are never cached.
 */
export function securityHeaders(): RequestHandler {
  return (req, res, next) => {
    res.setHeader('Content-Security-Policy', PAGE_PATH.test(req.path) ? PAGES : DATA_ONLY);
    for (const [name, value] of Object.entries(ALWAYS)) res.setHeader(name, value);
    if (req.path.startsWith('/api/')) res.setHeader('Cache-Control', 'no-store');
    next();
  };
}
