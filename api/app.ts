import path from 'node:path';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import send from 'koa-send';
import type { Logger } from 'pino';
import type { ApiDeps } from './deps';
import { AppError, errorMiddleware } from './errors';
import { loadUser } from './current-user';
import { openApiDocument, takesLargeBody } from './define-route';
import { API_ROUTES } from './routes';
import { auditMiddleware } from './audit';

declare module 'koa' {
  interface ExtendableContext {
    log: Logger;
  }
}

export const UI_DIST = path.join(__dirname, '..', 'ui', 'dist');

export function createApp(deps: ApiDeps): Koa {
  const app = new Koa({ proxy: deps.config.env === 'production' });
  app.keys = [
    process.env.SESSION_SECRET ||
      (deps.config.env === 'production' ? missingSecret() : 'pro-one-development-only'),
  ];

  // Request id and structured access log; the id is echoed so a person can quote it.
  app.use(async (ctx, next) => {
    const requestId = (ctx.get('X-Request-Id') || '').slice(0, 100) || randomUUID();
    ctx.state.requestId = requestId;
    ctx.set('X-Request-Id', requestId);
    ctx.log = deps.logger.child({ requestId });
    const started = performance.now();
    try {
      await next();
    } finally {
      if (ctx.path.startsWith('/api/')) {
        ctx.log.info(
          {
            method: ctx.method,
            path: ctx.path,
            status: ctx.status,
            ms: Math.round(performance.now() - started),
            user: ctx.state.user?.id,
          },
          'request',
        );
      }
    }
  });
  app.use(errorMiddleware());
  app.use(async (ctx, next) => {
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Referrer-Policy', 'same-origin');
    ctx.set('X-Frame-Options', 'DENY');
    // API answers may carry personal data: never kept by a browser or a proxy cache.
    if (ctx.path.startsWith('/api/')) ctx.set('Cache-Control', 'no-store');
    await next();
  });
  // State-changing requests must be JSON: a cross-site form cannot send that without a preflight.
  app.use(async (ctx, next) => {
    if (
      ['POST', 'PUT', 'PATCH', 'DELETE'].includes(ctx.method) &&
      ctx.path.startsWith('/api/') &&
      ctx.request.length
    ) {
      if (!ctx.is('application/json')) {
        throw new AppError(
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          'Le format de la requête n’est pas accepté (JSON attendu).',
        );
      }
    }
    await next();
  });
  const parser = (jsonLimit: string) =>
    bodyParser({
      enableTypes: ['json'],
      jsonLimit,
      onError: (err: Error & { status?: number }) => {
        if (err.status === 413)
          throw new AppError(
            413,
            'REQUEST_TOO_LARGE',
            'La demande est trop lourde : un fichier peut peser 5 Mo au maximum.',
          );
        throw new AppError(400, 'MALFORMED_JSON', 'La requête est mal formée (JSON invalide).');
      },
    });
  const smallBodies = parser('64kb');
  // Files (5 Mo at most: a bilan's working document, a bank statement, a photo, a screenshot for
  // the helpdesk) travel base64-encoded: the routes that take them (`largeBody`) alone accept a
  // larger body.
  const documentBodies = parser('8mb');
  app.use((ctx, next) =>
    ['POST', 'PUT'].includes(ctx.method) && takesLargeBody(ctx.method, ctx.path)
      ? documentBodies(ctx, next)
      : smallBodies(ctx, next),
  );
  app.use(loadUser(deps.db, deps.config));
  app.use(auditMiddleware(deps.db));

  const api = new Router({ prefix: '/api' });
  api.get('/openapi.json', (ctx) => {
    ctx.body = openApiDocument();
  });
  api.get('/health', async (ctx) => {
    await deps.db.raw('select 1');
    ctx.body = { status: 'ok' };
  });
  for (const routes of API_ROUTES) {
    const router = routes(deps);
    api.use(router.routes(), router.allowedMethods({ throw: false }));
  }
  app.use(api.routes());
  app.use(api.allowedMethods());

  // The built UI, with every other path answered by the single page.
  const uiDist = UI_DIST;
  app.use(async (ctx, next) => {
    if (ctx.path.startsWith('/api/') || !['GET', 'HEAD'].includes(ctx.method)) return next();
    const file =
      ctx.path !== '/' && fs.existsSync(path.join(uiDist, path.normalize(ctx.path)))
        ? ctx.path
        : '/index.html';
    if (!fs.existsSync(path.join(uiDist, 'index.html'))) {
      ctx.status = 503;
      ctx.body = 'Interface non construite : lancez « npm run build ».';
      return;
    }
    await send(ctx, file, { root: uiDist, maxage: file === '/index.html' ? 0 : 3600_000 });
  });

  return app;
}

function missingSecret(): never {
  throw new Error('SESSION_SECRET must be set in production');
}
