import express, { type Router } from 'express';
import path from 'node:path';
import type { OpenApiRegistry } from '../openapi';

const swaggerUiDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>callhooks API</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script></body></html>`;

/** `GET /api/v1/openapi.json`, generated from the zod schemas, and a docs page at `/docs` that renders it. */
export function docsRoutes(router: Router, openapi: OpenApiRegistry, publicBaseUrl?: string): void {
  router.get('/api/v1/openapi.json', (_req, res) => {
    res.json(openapi.document(publicBaseUrl));
  });
  router.use('/docs/assets', express.static(swaggerUiDir, { index: false }));
  router.get('/docs/init.js', (_req, res) => {
    // No validator badge: it would load an image from validator.swagger.io, which the page's CSP refuses.
    res.type('application/javascript').send("window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#swagger-ui', validatorUrl: null });");
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(page);
  });
}
