import { z } from 'zod';
import { OpenAPIRegistry, OpenApiGeneratorV3, extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import type Router from '@koa/router';
import type { Context } from 'koa';
import { AppError, unauthenticated } from './errors';

extendZodWithOpenApi(z);

/** French messages for every validation failure, wherever a schema is used. */
z.config({
  customError: (issue) => {
    if ((issue.input === undefined || issue.input === null) && issue.code !== 'custom')
      return 'Ce champ est requis';
    switch (issue.code) {
      case 'invalid_type':
        return 'Cette valeur n’est pas acceptée';
      case 'invalid_value':
        return 'Choisissez une des valeurs proposées';
      case 'too_big':
        return issue.origin === 'string'
          ? `Ce texte ne peut dépasser ${String(issue.maximum)} caractères`
          : `La valeur ne peut dépasser ${String(issue.maximum)}`;
      case 'too_small':
        return issue.origin === 'string' && issue.minimum === 1
          ? 'Ce champ est requis'
          : 'Cette valeur est trop petite';
      case 'unrecognized_keys':
        return `Champ inattendu : ${issue.keys.join(', ')}`;
      case 'invalid_format':
        return 'Le format n’est pas correct';
      default:
        return undefined;
    }
  },
});

export { z };

/**
 * The id of a record in an address or a filter: a provider (`p-…`), a person (`u-…`), a task
 * (`<case uuid>:<key>`). Anything else is refused before it reaches a query or the audit trail.
 */
export const RecordId = (max = 100) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9][A-Za-z0-9_:.-]*$/);

/** The single source of the API's shape: every route is validated from and documented by it. */
export const registry = new OpenAPIRegistry();

export const ErrorBody = registry.register(
  'Error',
  z.object({
    error: z.object({
      code: z.string().openapi({ example: 'VALIDATION_FAILED' }),
      message: z.string().openapi({ example: 'Certaines informations sont manquantes ou incorrectes.' }),
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  }),
);

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteSpec<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> {
  method: Method;
  /** Koa style, e.g. `/tasks/:id`; documented as `/tasks/{id}`. */
  path: string;
  summary: string;
  tags: string[];
  /**
   * Routes need a signed-in person unless marked public; the check comes before the body is
   * read, so an anonymous caller always gets 401, never a validation error.
   */
  public?: boolean;
  /**
   * Whether the person may use the route at all (their role), checked before the request is
   * parsed: someone who may not gets 403, never a validation error about a form not theirs.
   */
  authorize?: (ctx: Context) => void;
  body?: B;
  /**
   * What the documentation shows of the body when the route parses it in two steps: the outer
   * shape with `body`, then a part with a schema chosen by the record it acts on (a task's
   * outcome, by the task's kind).
   */
  documentedBody?: z.ZodType;
  /** The body carries files (base64, 5 Mo each at most): it may be larger than a form's. */
  largeBody?: boolean;
  query?: Q;
  params?: P;
  /** Status → description (and schema of the JSON body, if any). */
  responses: Record<number, { description: string; schema?: z.ZodType }>;
  handler: (
    ctx: Context,
    input: { body: z.infer<B>; query: z.infer<Q>; params: z.infer<P> },
  ) => Promise<void>;
}

const errorStatuses: Record<number, string> = {
  400: 'Données invalides',
  401: 'Non connecté',
  403: 'Accès refusé',
  404: 'Introuvable',
  409: 'Conflit avec l’état du dossier',
  503: 'Service momentanément indisponible',
};

const largeBodyRoutes: Array<{ method: string; pattern: RegExp }> = [];

/** Whether a request goes to a route that takes files (`largeBody`): its body may be larger. */
export function takesLargeBody(method: string, path: string): boolean {
  return largeBodyRoutes.some((r) => r.method === method.toLowerCase() && r.pattern.test(path));
}

/**
 * Mounts a route on the router and registers it in the OpenAPI document. The request is parsed
 * with the same schemas before the handler runs; a failure is a 400 with French details.
 */
export function defineRoute<
  B extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  P extends z.ZodType = z.ZodUndefined,
>(router: Router, prefix: string, spec: RouteSpec<B, Q, P>): void {
  const fullPath = prefix + (spec.path === '/' && prefix ? '' : spec.path);
  const responses: Record<string, { description: string; content?: Record<string, { schema: z.ZodType }> }> =
    {};
  for (const [status, r] of Object.entries(spec.responses)) {
    responses[status] = r.schema
      ? { description: r.description, content: { 'application/json': { schema: r.schema } } }
      : { description: r.description };
  }
  for (const [status, description] of Object.entries(errorStatuses)) {
    if (!responses[status])
      responses[status] = { description, content: { 'application/json': { schema: ErrorBody } } };
  }
  if (spec.largeBody)
    largeBodyRoutes.push({
      method: spec.method,
      pattern: new RegExp(`^/api${fullPath.replace(/:(\w+)/g, '[^/]+')}$`),
    });
  registry.registerPath({
    method: spec.method,
    path: fullPath.replace(/:(\w+)/g, '{$1}'),
    summary: spec.summary,
    tags: spec.tags,
    request: {
      ...(spec.body
        ? {
            body: {
              content: { 'application/json': { schema: spec.documentedBody ?? spec.body } },
              required: true,
            },
          }
        : {}),
      ...(spec.query ? { query: spec.query as unknown as z.ZodObject } : {}),
      ...(spec.params ? { params: spec.params as unknown as z.ZodObject } : {}),
    },
    responses,
  });

  router[spec.method](fullPath, async (ctx) => {
    if (!spec.public && !ctx.state.user) throw unauthenticated();
    spec.authorize?.(ctx);
    const body = (ctx.request as { body?: unknown }).body ?? undefined;
    const nul = pathOfNul({ params: ctx.params, query: ctx.query, body });
    if (nul !== undefined) {
      throw new AppError(400, 'VALIDATION_FAILED', 'Certaines informations sont manquantes ou incorrectes.', [
        { path: nul, message: 'Cette valeur contient un caractère non accepté' },
      ]);
    }
    const input = {
      body: (spec.body ? spec.body.parse(body) : undefined) as z.infer<B>,
      // Unknown filters are refused, not ignored: a misspelt one would silently show everything.
      query: (spec.query
        ? (spec.query instanceof z.ZodObject ? spec.query.strict() : spec.query).parse(ctx.query)
        : undefined) as z.infer<Q>,
      params: (spec.params ? spec.params.parse(ctx.params) : undefined) as z.infer<P>,
    };
    await spec.handler(ctx, input);
  });
}

export function openApiDocument() {
  return new OpenApiGeneratorV3(registry.definitions).generateDocument({
    openapi: '3.0.3',
    info: {
      title: 'PRO.ONE — procédures des accueillant·e·s indépendant·e·s',
      version: '1.0.0',
      description:
        'Erreurs : JSON `{ error: { code, message, details? } }` avec un code stable et un message en français.',
    },
    servers: [{ url: '/api' }],
  });
}

/**
 * Where a NUL character hides in a request (ids, filters, text), if anywhere: PostgreSQL cannot
 * store or compare it, and no French text needs one. Found by `npm run chaos` (bad input).
 */
function pathOfNul(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path.slice(1).join('.') : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path.slice(1), key].join('.');
    const found = pathOfNul(inner, [...path, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}
