import express, { type Express } from 'express';
import { randomUUID } from 'node:crypto';
import type { RequestListener } from 'node:http';
import { PgDemandStore } from '../limits/demand-store';
import { RateLimiter } from '../limits/rate-limiter';
import { apiTokenChecks, bearerAuth } from './auth';
import type { ApiContext } from './context';
import { createIngress, type Ingress } from './ingress';
import { OpenApiRegistry } from './openapi';
import { notFound, problemMiddleware } from './problem';
import { RequestLimits } from './rate-limits';
import { ApiRoutes } from './route';
import { securityHeaders } from './security-headers';
import type { KeptBySecret } from '../security/kept-by-secret';
import { metricsRoute } from '../observability/metrics-endpoint';
import { log } from '../observability/log';
import { requestLog } from './request-log';
import { countPlatformEvents } from './routes/call-events';
import { adminUiRoutes } from './routes/admin-ui';
import { auditLogRoutes } from './routes/audit-log';
import { callEventRoutes } from './routes/call-events';
import { callRoutes } from './routes/calls';
import { docsRoutes } from './routes/docs';
import { eventTypeRoutes } from './routes/event-types';
import { healthRoutes } from './routes/health';
import { heldPostbackRoutes } from './routes/held-postbacks';
import { incomingLogRoutes } from './routes/incoming-logs';
import { incomingWebhookRoutes } from './routes/incoming-webhooks';
import { meRoutes } from './routes/me';
import { organizationRoutes } from './routes/organizations';
import { outgoingLogRoutes } from './routes/outgoing-logs';
import { outgoingWebhookRoutes } from './routes/outgoing-webhooks';
import { outgoingWebhookHealthRoutes } from './routes/outgoing-webhook-health';
import { overviewRoutes } from './routes/overview';
import { recoveryRoutes } from './routes/recoveries';
import { presetRoutes } from './routes/presets';
import { settingsRoutes } from './routes/settings';
import { simulationRoutes } from './routes/simulations';
import { tagRoutes } from './routes/tags';
import { tokenRoutes } from './routes/tokens';
import type { AuditResource } from '../audit/changes';

export const API_BASE = '/api/v1';

/** Body limit of the management and platform API; larger requests get 413. */
const API_BODY_LIMIT = '1mb';

/** Changes to what an ingress key or an API token opens: webhooks, tokens, the organization's settings and limits. */
const KEPT_INPUTS = new Set<AuditResource>(['incoming_webhook', 'token', 'organization', 'settings']);

/** The HTTP app, and the parts of it the server starts and stops with it. */
export interface ApiApp {
  /** What the server answers every request with: the public ingress, then the Express app. */
  listener: RequestListener;
  app: Express;
  /** The auth-failure and per-key limits, whose sharing with other processes the server starts. */
  limits: RequestLimits;
  /** The public ingress: its writer and its lookups. */
  ingress: Ingress;
  /** What ingress keys and API tokens open, kept in memory: the server has them follow every process's changes. */
  kept: Array<KeptBySecret<unknown>>;
  /** Every route's schemas, as `/api/v1/openapi.json` serves them. */
  openapi: OpenApiRegistry;
}

/** The HTTP app: health, docs, the bearer-authenticated API under /api/v1, and the admin UI. */
export function createApp(ctx: ApiContext): ApiApp {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', ctx.config.TRUST_PROXY);
  app.set('query parser', 'simple');
  // No ETag hashed over every JSON answer: nothing here serves conditional GETs, and the ingress pays per request.
  app.set('etag', false);
  app.use((req, res, next) => {
    const requestId = req.get('x-request-id')?.slice(0, 100) || randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    next();
  });
  app.use(requestLog());
  app.use(securityHeaders());

  const limits = new RequestLimits(new RateLimiter(new PgDemandStore(ctx.db)), {
    per_second: ctx.config.AUTH_FAILURES_PER_MINUTE / 60,
    burst: ctx.config.AUTH_FAILURES_PER_MINUTE,
  });

  healthRoutes(app, ctx);
  app.get('/metrics', metricsRoute(ctx.config.METRICS_TOKEN));
  const openapi = new OpenApiRegistry();
  docsRoutes(app, openapi, ctx.config.PUBLIC_BASE_URL);

  // The public ingress: outside /api/v1, keyed per webhook, served ahead of Express (src/api/ingress).
  const ingress = createIngress(ctx, openapi, limits, app.get('trust proxy fn'));
  const tokens = apiTokenChecks(ctx.db);
  const kept = [ingress.lookups.webhookKeys, tokens] as Array<KeptBySecret<unknown>>;
  // This process's own change: its next request must not see the state before (others hear of it by notification).
  const changed = (resource: AuditResource) => KEPT_INPUTS.has(resource) && kept.forEach((answers) => answers.forget());

  const api = express.Router();
  api.use(express.json({ limit: API_BODY_LIMIT }));
  api.use('/calls/:call_id/events', countPlatformEvents);
  api.use(bearerAuth(tokens, limits));
  const routes = new ApiRoutes(api, openapi, API_BASE, ctx.db, changed);
  meRoutes(routes, ctx);
  outgoingWebhookRoutes(routes, ctx);
  outgoingWebhookHealthRoutes(routes, ctx);
  recoveryRoutes(routes, ctx);
  outgoingLogRoutes(routes, ctx);
  eventTypeRoutes(routes, ctx);
  presetRoutes(routes);
  callEventRoutes(routes, ctx);
  callRoutes(routes, ctx);
  incomingWebhookRoutes(routes, ctx);
  incomingLogRoutes(routes, ctx);
  heldPostbackRoutes(routes, ctx);
  tagRoutes(routes, ctx);
  tokenRoutes(routes, ctx);
  settingsRoutes(routes, ctx);
  organizationRoutes(routes, ctx);
  auditLogRoutes(routes, ctx);
  overviewRoutes(routes, ctx);
  simulationRoutes(routes, ctx);
  routes.refuseOtherMethods();
  api.use((req, _res, next) => next(notFound(`${req.method} ${API_BASE}${req.path}`)));
  app.use(API_BASE, api);

  adminUiRoutes(app);
  app.use(problemMiddleware((msg, err) => log.error({ err }, `api: ${msg}`), API_BODY_LIMIT));
  const listener: RequestListener = (req, res) => ingress.serve(req, res) || app(req, res);
  return { listener, app, limits, ingress, kept, openapi };
}
