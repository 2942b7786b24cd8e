/**
 * Writes ui/src/api/openapi.ts, the TypeScript types of the API as its OpenAPI document describes
 * them, so the interface and the server cannot drift apart.
 *
 *   npm run generate:ui-types   regenerate the file after changing a route's schemas
 *   npm run check:ui-types      fail if the checked-in file is out of date (part of `npm run lint`)
 *
 * The document is built in-process, exactly as GET /api/openapi.json serves it: the route
 * factories register their paths and schemas when they run. They get a configuration (read from
 * fixed test values, never from the environment, so the output is the same everywhere) and
 * stand-ins for the database, Temporal and the logger that fail loudly if anything touches them:
 * no server, no database, no Temporal is needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { openApiDocument } from '../api/define-route';
import { API_ROUTES } from '../api/routes';
import type { ApiDeps } from '../api/deps';
import { loadConfig } from '../common/node/config';

export const UI_TYPES_FILE = path.join(__dirname, '..', 'ui', 'src', 'api', 'openapi.ts');

const HEADER = `/**
 * Generated from the API's OpenAPI document (GET /api/openapi.json) by
 * scripts/generate-ui-types.ts: do not edit. After changing a route's schemas, run
 *
 *   npm run generate:ui-types
 *
 * \`npm run check:ui-types\` (part of \`npm run lint\`) fails when this file is out of date.
 * The UI imports the named aliases of ui/src/api/types.ts, not this file.
 */

`;

/** A dependency the routes must not use while they are only being registered. */
function unusable(name: string): never {
  const fail = (what: string) => {
    throw new Error(`${what} was used while the routes were only being registered`);
  };
  return new Proxy(function () {}, {
    get: (_target, property) => fail(`${name}.${String(property)}`),
    apply: () => fail(`${name}()`),
  }) as never;
}

let registered = false;

/** The OpenAPI document of every route, as the API serves it. */
export function buildOpenApiDocument(): ReturnType<typeof openApiDocument> {
  if (!registered) {
    const deps: ApiDeps = {
      db: unusable('db'),
      temporal: unusable('temporal'),
      logger: unusable('logger'),
      config: loadConfig({ NODE_ENV: 'test' }),
    };
    for (const routes of API_ROUTES) routes(deps);
    registered = true;
  }
  return openApiDocument();
}

/**
 * zod-to-openapi writes a nullable reference as `allOf: [{ $ref }, { nullable: true }]`, which
 * openapi-typescript reads as `Ref & unknown` (never null); `allOf: [{ $ref }], nullable: true`
 * says the same and reads as `Ref | null`.
 */
function liftNullable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(liftNullable);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = liftNullable(inner);
  const isNullableOnly = (s: unknown) =>
    typeof s === 'object' &&
    s !== null &&
    Object.keys(s).length === 1 &&
    'nullable' in s &&
    s.nullable === true;
  if (Array.isArray(out.allOf) && out.allOf.some(isNullableOnly)) {
    out.allOf = out.allOf.filter((s) => !isNullableOnly(s));
    out.nullable = true;
  }
  return out;
}

/** The content ui/src/api/openapi.ts should have, formatted as the repository formats code. */
export async function renderUiTypes(): Promise<string> {
  const document = buildOpenApiDocument();
  // zod-to-openapi makes a named schema's component from the first use it meets: if that is a
  // `.nullable()` one, the component itself becomes nullable and so does every reference to it.
  const nullable = Object.entries(document.components?.schemas ?? {})
    .filter(([, schema]) => 'nullable' in schema && schema.nullable)
    .map(([name]) => name);
  if (nullable.length > 0)
    throw new Error(
      `Components made nullable by a \`.nullable()\` use: ${nullable.join(', ')}. ` +
        'Register each with registry.register(name, schema) next to its definition (see api/views.ts).',
    );
  const ast = await openapiTS(liftNullable(document) as Parameters<typeof openapiTS>[0], {
    // A field with a default is optional in a request: the server fills it in.
    defaultNonNullable: false,
  });
  const source = HEADER + astToString(ast);
  const options = (await prettier.resolveConfig(UI_TYPES_FILE)) ?? {};
  return prettier.format(source, { ...options, filepath: UI_TYPES_FILE });
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const expected = await renderUiTypes();
  const relative = path.relative(process.cwd(), UI_TYPES_FILE);
  if (check) {
    const actual = fs.existsSync(UI_TYPES_FILE) ? fs.readFileSync(UI_TYPES_FILE, 'utf8') : '';
    if (actual !== expected) {
      console.error(`${relative} is out of date: run npm run generate:ui-types`);
      process.exitCode = 1;
      return;
    }
    console.log(`${relative} is up to date.`);
    return;
  }
  fs.writeFileSync(UI_TYPES_FILE, expected);
  console.log(`Wrote ${relative}.`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
