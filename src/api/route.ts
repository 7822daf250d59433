import type { NextFunction, Request, Response, Router } from 'express';
import type { z } from 'zod';
import { maskSecrets } from '../security/mask';
import { allowedRoles, refusal, seesSecrets, type Principal, type RouteAccess } from '../security/roles';
import type { Db } from '../db/database';
import type { AuditResource } from '../audit/changes';
import { auditorFor, type Audited } from './audit';
import type { OpenApiRegistry, OperationDoc } from './openapi';
import { inputProblem } from '../security/input-limits';
import { Problem, validationProblem } from './problem';
import { problemSchema } from './schemas/common';

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteSpec<P, Q, B> extends Omit<OperationDoc, 'path' | 'auth' | 'roles' | 'params' | 'query' | 'body'> {
  /** Express path relative to the router's base, `/calls/:call_id`. */
  path: string;
  /** Who may call it (default `org`: GET for read and admin tokens, the rest for admin tokens). */
  access?: RouteAccess;
  params?: P;
  query?: Q;
  body?: B;
}

export interface RouteInput<P, Q, B> {
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  auth: Principal;
  /** Runs a change together with its audit-log entry. */
  audited: Audited;
  req: Request;
  res: Response;
}

/** What any bearer route may answer before its handler runs. */
const BEARER_RESPONSES: OperationDoc['responses'] = {
  401: { description: 'No token, or an unknown, revoked or expired one', schema: problemSchema },
  403: { description: "The token's role may not do this, or its organization is disabled", schema: problemSchema },
  429: { description: 'Over the rate limit of the token or the client address; retry after Retry-After', schema: problemSchema },
};

/** What a handler returns: a status and JSON body, or nothing when it wrote the response itself. */
export type RouteResult = { status: number; body?: unknown; headers?: Record<string, string> } | void;

function parse<S extends z.ZodType | undefined>(schema: S, value: unknown, where: string): Infer<S> {
  if (!schema) return undefined as Infer<S>;
  const refused = inputProblem(value, where);
  if (refused) throw new Problem(400, 'Bad Request', `${refused.path}: ${refused.message}`, { errors: [refused] });
  const result = schema.safeParse(value);
  if (!result.success) throw validationProblem(result.error, where);
  return result.data as Infer<S>;
}

/**
 * Routes of the bearer-authenticated management and platform API: the token's role is checked and every input
 * parsed with zod before the handler runs, secrets are masked for tokens that may not see them, and every route
 * lands in the OpenAPI document from the same schemas.
 */
export class ApiRoutes {
  private readonly methods = new Map<string, string[]>();

  constructor(
    private readonly router: Router,
    private readonly openapi: OpenApiRegistry,
    private readonly basePath: string,
    private readonly db: Db,
    /** Told of every audited change once it is committed. */
    private readonly changed: (resource: AuditResource) => void,
  ) {}

  add<P extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined>(
    spec: RouteSpec<P, Q, B>,
    handler: (input: RouteInput<P, Q, B>) => Promise<RouteResult>,
  ): void {
    const access = spec.access ?? 'org';
    this.openapi.add({
      ...spec,
      path: this.basePath + spec.path.replace(/:([a-z_]+)/g, '{$1}'),
      auth: 'bearer',
      roles: access === 'instance' ? ['instance_admin'] : allowedRoles(access, spec.method),
      responses: { ...BEARER_RESPONSES, ...spec.responses },
    });
    this.methods.set(spec.path, [...(this.methods.get(spec.path) ?? []), spec.method.toUpperCase()]);
    this.router[spec.method](spec.path, async (req: Request, res: Response, next: NextFunction) => {
      try {
        const auth = res.locals.auth as Principal | undefined;
        if (!auth) throw new Problem(401, 'Unauthorized', 'A bearer token is required');
        const refused = refusal(auth, access, spec.method);
        if (refused) throw new Problem(403, 'Forbidden', refused);
        const result = await handler({
          params: parse(spec.params, req.params, 'path') as Infer<P>,
          query: parse(spec.query, req.query, 'query') as Infer<Q>,
          body: parse(spec.body, req.body ?? {}, 'body') as Infer<B>,
          auth,
          audited: auditorFor(this.db, auth, res.locals.requestId, this.changed),
          req,
          res,
        });
        if (!result) return;
        for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
        if (result.body === undefined) res.status(result.status).end();
        else res.status(result.status).json(seesSecrets(auth) ? result.body : maskSecrets(result.body));
      } catch (err) {
        next(err);
      }
    });
  }

  /** Call after the last route: any other method on a known path is a 405 naming the allowed ones. */
  refuseOtherMethods(): void {
    // Literal paths first: `/outgoing-webhooks/preview` must not be answered as `/outgoing-webhooks/:id`.
    const params = (path: string) => path.split('/').filter((segment) => segment.startsWith(':')).length;
    for (const [path, methods] of [...this.methods].sort(([a], [b]) => params(a) - params(b))) {
      const allow = methods.join(', ');
      this.router.all(path, (req, _res, next) => next(new Problem(405, 'Method Not Allowed', `${req.method} is not allowed here; use ${allow}`, { headers: { Allow: allow } })));
    }
  }
}
