import express, { type Router } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

const distDir = path.resolve(__dirname, '../../../admin-ui/dist');

/** Serves the admin UI's build at /admin (deep links fall back to its index.html). */
export function adminUiRoutes(router: Router): void {
  router.get('/', (_req, res) => res.redirect('/admin/'));
  router.use('/admin', express.static(distDir, { index: 'index.html', maxAge: '1h' }));
  router.get(/^\/admin(\/.*)?$/, (_req, res) => {
    const index = path.join(distDir, 'index.html');
    if (existsSync(index)) res.sendFile(index);
    else res.status(503).type('text').send('The admin UI has not been built: run `npm install` (it builds admin-ui/).');
  });
}
