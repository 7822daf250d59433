import express, { type Express } from 'express';
import { randomUUID } from 'node:crypto';
import { bearerAuth } from './auth';
import type { ApiContext } from './context';
import { OpenApiRegistry } from './openapi';
import { notFound, problemMiddleware } from './problem';
import { ApiRoutes } from './route';
import { adminUiRoutes } from './routes/admin-ui';
import { callEventRoutes } from './routes/call-events';
import { docsRoutes } from './routes/docs';
import { healthRoutes } from './routes/health';
import { meRoutes } from './routes/me';
import { outgoingWebhookRoutes } from './routes/outgoing-webhooks';

export const API_BASE = '/api/v1';

/** The HTTP app: health, docs, the bearer-authenticated API under /api/v1, and the admin UI. */
export function createApp(ctx: ApiContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);
  app.set('query parser', 'simple');
  app.use((req, res, next) => {
    const requestId = req.get('x-request-id')?.slice(0, 100) || randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    next();
  });

  healthRoutes(app, ctx);
  const openapi = new OpenApiRegistry();
  docsRoutes(app, openapi, ctx.config.PUBLIC_BASE_URL);

  const api = express.Router();
  api.use(express.json({ limit: '1mb' }));
  api.use(bearerAuth(ctx.db));
  const routes = new ApiRoutes(api, openapi, API_BASE);
  meRoutes(routes, ctx);
  outgoingWebhookRoutes(routes, ctx);
  callEventRoutes(routes, ctx);
  api.use((req, _res, next) => next(notFound(`${req.method} ${API_BASE}${req.path}`)));
  app.use(API_BASE, api);

  adminUiRoutes(app);
  app.use(problemMiddleware((msg, err) => console.error(`api: ${msg}`, err)));
  return app;
}
