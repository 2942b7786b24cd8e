/**
 * 5. Bad input: generated malformed requests against every route of the OpenAPI document (and
 * the login redirects, which it does not list), as every kind of person and as nobody. Every
 * request is invalid by construction — a wrong type, a body that is not JSON or not an object,
 * a body over the limit, bytes that are not UTF-8, injection strings where an id or a filter
 * goes — so none may change a row, and none may answer 5xx.
 */
import { DEMO_USERS } from '../../db/seeds/demo';
import { SESSION_COOKIE } from '../../api/auth/sessions';
import type { Db } from '../../db';
import type { ChaosSystem } from './system';
import { pool, type Json, type Session } from '../lib/harness';
import type { Check, ScenarioReport } from './scenarios';

const INJECTIONS = [
  `' OR '1'='1`,
  `1; DROP TABLE cases; --`,
  `"><script>alert(1)</script>`,
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  '${jndi:ldap://exemple.invalid/a}',
  '{{7*7}}',
  '😀'.repeat(50),
  'x'.repeat(5000),
  '%C0%AE%C0%AE%2F',
  '-1',
  '[]',
  'null',
  '00000000-0000-0000-0000-000000000000',
];

/** Values of the wrong type for a property of the given JSON Schema type. */
function wrongValues(schema: Json): unknown[] {
  const type = schema?.type ?? (schema?.enum ? 'string' : undefined);
  const all: unknown[] = [123, -1.5, true, null, [], {}, 'zzz-inconnu', 'x'.repeat(70_000)];
  if (type === 'string')
    return schema.enum
      ? [123, true, [], {}, 'zzz-inconnu', `${schema.enum[0]}'--`]
      : [123, true, [], { $gt: '' }, 'x'.repeat((schema.maxLength ?? 1000) + 1)];
  if (type === 'number' || type === 'integer') return ['12', true, [], {}, -1e12, 1.5];
  if (type === 'boolean') return ['true', 1, [], {}];
  if (type === 'object') return ['texte', 123, [], true];
  return all;
}

function resolve(doc: Json, schema: Json): Json {
  if (schema?.$ref) return resolve(doc, doc.components.schemas[schema.$ref.split('/').pop()]);
  if (schema?.allOf) return resolve(doc, schema.allOf[schema.allOf.length - 1]);
  return schema;
}

interface Req {
  method: string;
  path: string;
  /** A JSON value, or raw bytes sent as they are. */
  body?: unknown;
  raw?: Buffer | string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** Bodies that a route with a body schema must refuse, each invalid by construction. */
function badBodies(doc: Json, schema: Json): Array<Pick<Req, 'body' | 'raw' | 'contentType'>> {
  const s = resolve(doc, schema);
  const out: Array<Pick<Req, 'body' | 'raw' | 'contentType'>> = [
    { raw: '{"a":', contentType: 'application/json' },
    { raw: '{"period": "short_term",}', contentType: 'application/json' },
    { body: [] },
    { body: 'texte' },
    { body: 42 },
    { raw: 'null', contentType: 'application/json' },
    {
      raw: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0xc3, 0x28, 0x7d]),
      contentType: 'application/json',
    },
    {
      raw: Buffer.concat([Buffer.from('{"x":"'), Buffer.alloc(200_000, 0x61), Buffer.from('"}')]),
      contentType: 'application/json',
    },
    { raw: 'period=short_term&reason=financial', contentType: 'application/x-www-form-urlencoded' },
    { raw: '<xml/>', contentType: 'text/xml' },
    { raw: '{"period":"short_term"}', contentType: 'application/json; charset=latin1' },
  ];
  const props = Object.entries((s?.properties ?? {}) as Record<string, Json>);
  for (const [name, prop] of props) {
    for (const wrong of wrongValues(resolve(doc, prop))) out.push({ body: { [name]: wrong } });
    // An injection string next to a field of the wrong type: the whole request must be refused.
    const other = props.find(([n]) => n !== name);
    for (const text of INJECTIONS.slice(0, 6))
      out.push({ body: { [name]: text, ...(other ? { [other[0]]: 123 } : { extra: 1 }) } });
    // Nested objects: every property of the wrong type inside.
    const inner = resolve(doc, prop);
    if (inner?.type === 'object') {
      for (const [innerName, innerProp] of Object.entries((inner.properties ?? {}) as Record<string, Json>))
        for (const wrong of wrongValues(resolve(doc, innerProp)).slice(0, 3))
          out.push({ body: { [name]: { [innerName]: wrong } } });
    }
  }
  out.push({
    raw: '{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}}}',
    contentType: 'application/json',
  });
  return out;
}

function fill(path: string, value: string): string {
  return path.replace(/\{[^}]+\}/g, encodeURIComponent(value));
}

/** Every malformed request for one route. */
function requestsFor(doc: Json, path: string, method: string, op: Json): Req[] {
  const out: Req[] = [];
  const params = (op.parameters ?? []) as Json[];
  const hasPathParam = path.includes('{');
  const base = (id: string) => `/api${fill(path, id)}`;
  // Ids: injection strings (a route without an id gets only its other bad inputs, below).
  if (hasPathParam)
    for (const id of INJECTIONS)
      out.push({ method, path: base(id), ...(op.requestBody ? { body: [] } : {}) });
  for (const q of params.filter((p) => p.in === 'query')) {
    const p = base(hasPathParam ? 'inconnu' : '');
    for (const v of INJECTIONS.slice(0, 8))
      out.push({ method, path: `${p}?${q.name}=${encodeURIComponent(v)}` });
    out.push({ method, path: `${p}?${q.name}=a&${q.name}=b` });
    out.push({ method, path: `${p}?${q.name}[$ne]=1` });
  }
  const schema = op.requestBody?.content?.['application/json']?.schema;
  if (schema) {
    for (const body of badBodies(doc, schema))
      out.push({ method, path: base(hasPathParam ? 'inconnu' : ''), ...body });
  }
  // Malformed Idempotency-Key where the route takes one.
  if (method === 'POST')
    for (const key of ['../../x', 'a'.repeat(500), "'; --", 'é'])
      out.push({
        method,
        path: base(hasPathParam ? 'inconnu' : ''),
        body: [],
        headers: { 'Idempotency-Key': encodeURIComponent(key) },
      });
  return out;
}

/**
 * Row counts and a checksum of every table a request could change. The audit trail's refusals
 * are left out: an attempt to reach someone else's file is on record by design (counted apart).
 */
async function fingerprint(db: Db): Promise<Record<string, string>> {
  const tables: Record<string, string> = {
    cases: 'cases',
    tasks: 'tasks',
    notifications: 'notifications',
    providers: 'providers',
    users: 'users',
    'audit_events (other than refusals)': `(select * from audit_events where outcome <> 'denied') as`,
  };
  const out: Record<string, string> = {};
  for (const [name, from] of Object.entries(tables)) {
    const { rows } = await db.raw(
      `select count(*)::int as n, coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as sum from ${from} x`,
    );
    out[name] = `${rows[0].n}:${rows[0].sum}`;
  }
  return out;
}

async function send(session: Session | null, baseUrl: string, req: Req, withCsrf: boolean) {
  const headers: Record<string, string> = { ...(req.headers ?? {}) };
  if (session) {
    headers.Cookie = `${SESSION_COOKIE}=${session.token}`;
    if (withCsrf) headers['X-CSRF-Token'] = session.csrf;
  }
  let body: string | ArrayBuffer | undefined;
  if (req.raw !== undefined) {
    body =
      typeof req.raw === 'string'
        ? req.raw
        : (req.raw.buffer.slice(req.raw.byteOffset, req.raw.byteOffset + req.raw.byteLength) as ArrayBuffer);
    headers['Content-Type'] = req.contentType ?? 'application/json';
  } else if (req.body !== undefined) {
    body = JSON.stringify(req.body);
    headers['Content-Type'] = 'application/json';
  }
  const res = await fetch(baseUrl + req.path, { method: req.method, headers, body, redirect: 'manual' });
  await res.arrayBuffer();
  return res.status;
}

export async function fuzz(sys: ChaosSystem, rounds: number): Promise<ScenarioReport> {
  const t0 = Date.now();
  const doc = await (await fetch(`${sys.baseUrl}/api/openapi.json`)).json();
  const routes: Array<{ path: string; method: string; op: Json }> = [];
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Json>))
    for (const [method, op] of Object.entries(ops as Record<string, Json>)) {
      // Signing out is what that route is for; it is not bad input.
      if (path === '/session' && method === 'delete') continue;
      routes.push({ path, method: method.toUpperCase(), op });
    }
  const oidc: Req[] = INJECTIONS.slice(0, 8).flatMap((v) => [
    {
      method: 'GET',
      path: `/api/auth/oidc/callback?code=${encodeURIComponent(v)}&state=${encodeURIComponent(v)}`,
    },
    { method: 'GET', path: `/api/auth/oidc/callback?error=${encodeURIComponent(v)}` },
    { method: 'GET', path: `/api/auth/oidc/start?next=${encodeURIComponent(v)}` },
  ]);
  const requests = [...routes.flatMap((r) => requestsFor(doc, r.path, r.method, r.op)), ...oidc];
  const people = [
    DEMO_USERS.find((u) => u.roles.includes('provider'))!,
    DEMO_USERS.find((u) => u.roles.includes('cellule_veille'))!,
    DEMO_USERS.find((u) => u.roles.includes('supervisor'))!,
  ];
  const sessions: Array<Session | null> = [
    null,
    ...(await Promise.all(people.map((p) => sys.session(p.id)))),
  ];

  const before = await fingerprint(sys.db);
  const [{ lastAudit }] = await sys.db('audit_events').max({ lastAudit: 'id' });
  const accepted: string[] = [];
  const statuses: Record<string, number> = {};
  const fiveHundreds: string[] = [];
  let sent = 0;
  const jobs: Array<{ req: Req; session: Session | null; csrf: boolean }> = [];
  for (let round = 0; round < rounds; round++)
    for (const req of requests)
      for (const session of sessions) jobs.push({ req, session, csrf: round % 2 === 0 || !session });
  await pool(jobs, 8, async ({ req, session, csrf }) => {
    let status: number;
    try {
      status = await send(session, sys.baseUrl, req, csrf);
    } catch {
      status = 0; // the server cut the connection: counted, and not a pass
    }
    sent += 1;
    statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
    if (status >= 500 || status === 0) fiveHundreds.push(`${status} ${req.method} ${req.path.slice(0, 120)}`);
    if (status >= 200 && status < 300) accepted.push(`${status} ${req.method} ${req.path.slice(0, 120)}`);
  });
  // Sessions do change (their last use); everything else must be as it was.
  await sys
    .db('sessions')
    .whereIn(
      'user_id',
      people.map((p) => p.id),
    )
    .delete();
  const after = await fingerprint(sys.db);
  const changed = Object.keys(before).filter((t) => before[t] !== after[t]);
  const audited = await sys
    .db('audit_events')
    .where('id', '>', lastAudit ?? 0)
    .select('action', 'outcome', 'subject_type', 'subject_id');
  const checks: Check[] = [
    { what: 'answers 5xx or cut', expected: 0, actual: fiveHundreds.length, ok: fiveHundreds.length === 0 },
    {
      what: 'tables changed',
      expected: 'none',
      actual: changed.join(', ') || 'none',
      ok: changed.length === 0,
    },
  ];
  const counts: Record<string, number> = {
    'malformed requests sent': sent,
    routes: routes.length + 3,
    'refusals recorded in the audit trail': audited.filter((a) => a.outcome === 'denied').length,
  };
  for (const [s, n] of Object.entries(statuses).sort()) counts[`answered ${s}`] = n;
  return {
    name: `5. malformed requests on ${routes.length + 3} routes`,
    injected: [
      `${requests.length} malformed requests × ${sessions.length} callers (nobody, childminder, agent, supervisor) × ${rounds} round(s)`,
      ...fiveHundreds.slice(0, 10).map((l) => `answered ${l}`),
      ...[...new Set(accepted)].slice(0, 10).map((l) => `accepted (still no change allowed): ${l}`),
      ...audited
        .filter((a) => a.outcome !== 'denied')
        .slice(0, 10)
        .map((a) => `audit event written: ${a.action} ${a.outcome} ${a.subjectType} ${a.subjectId}`),
    ],
    counts,
    checks,
    seconds: Math.round((Date.now() - t0) / 1000),
  };
}
