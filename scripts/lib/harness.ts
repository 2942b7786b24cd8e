/**
 * Small pieces the measuring scripts share (`npm run bench`, `npm run chaos` and its CI subset):
 * free ports, a bounded pool, percentiles, an API client holding a session, and many
 * childminders inserted at once.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { SESSION_COOKIE } from '../../api/auth/sessions';
import type { Db } from '../../db';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentiles, in milliseconds rounded to 0.1. */
export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    n: sorted.length,
    p50: r(at(0.5)),
    p95: r(at(0.95)),
    p99: r(at(0.99)),
    mean: r(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    max: r(sorted[sorted.length - 1]!),
  };
}

/** Runs `task` for every item with at most `concurrency` at once; returns the elapsed seconds. */
export async function pool<T>(
  items: T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<number> {
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await task(items[i]!, i);
      }
    }),
  );
  return (performance.now() - t0) / 1000;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever JSON came back
export type Json = any;

export interface Answer {
  status: number;
  body: Json;
  /** The raw text, when it was not JSON. */
  text: string;
}

/** A client of the API with a session cookie and its CSRF token, as the interface sends them. */
export class Session {
  constructor(
    readonly baseUrl: string,
    readonly token: string,
    readonly csrf: string,
  ) {}

  async request(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
    signal?: AbortSignal,
  ): Promise<Answer> {
    const res = await fetch(this.baseUrl + url, {
      method,
      headers: {
        Cookie: `${SESSION_COOKIE}=${this.token}`,
        ...(method !== 'GET' ? { 'X-CSRF-Token': this.csrf } : {}),
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
    const text = await res.text();
    let parsed: Json;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: res.status, body: parsed, text };
  }

  /** Returns the round trip in ms; throws on an unexpected status. */
  async timed(method: string, url: string, expect: number[], body?: unknown): Promise<number> {
    const t0 = performance.now();
    const res = await this.request(method, url, body);
    const ms = performance.now() - t0;
    if (!expect.includes(res.status))
      throw new Error(`${method} ${url} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return ms;
  }
}

let providerBatch = 0;

/** `count` new childminders (provider + login) in Liège and Namur, inserted in one statement each. */
export async function newProviders(
  db: Db,
  count: number,
  tag = 'b',
): Promise<Array<{ providerId: string; userId: string }>> {
  providerBatch += 1;
  const prefix = `${tag}${process.pid}-${providerBatch}-`;
  await db.raw(
    `insert into providers (id, first_name, last_name, subregion_code, city, postcode, agent_conseil_id)
     select 'p-' || ? || i, 'Camille', 'Essai' || i, case when i % 2 = 0 then 'liege' else 'namur' end,
            'Liège', '4000', case when i % 2 = 0 then 'u-conseil' else 'u-conseil-namur' end
       from generate_series(1, ?) i`,
    [prefix, count],
  );
  await db.raw(
    `insert into users (id, display_name, email, roles, subregion_code, provider_id, login_method)
     select 'u-' || ? || i, 'Camille Essai' || i, 'u-' || ? || i || '@exemple.be', '{provider}',
            case when i % 2 = 0 then 'liege' else 'namur' end, 'p-' || ? || i, 'strong'
       from generate_series(1, ?) i`,
    [prefix, prefix, prefix, count],
  );
  return Array.from({ length: count }, (_, i) => ({
    providerId: `p-${prefix}${i + 1}`,
    userId: `u-${prefix}${i + 1}`,
  }));
}
