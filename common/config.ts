import os from 'node:os';
import path from 'node:path';

/**
 * Every setting of the system, read once from the environment. Production values of the
 * procedures' deadlines live here, so tests and demos can shrink months to seconds.
 */
export interface Config {
  env: 'development' | 'production' | 'test';
  /** Where the embedded PostgreSQL and the Temporal SQLite file keep their state. */
  dataDir: string;
  /** Cache for provisioned binaries (the Temporal CLI), outside the repository. */
  cacheDir: string;
  http: { host: string; port: number; publicUrl: string };
  database: { url?: string; embeddedPort: number };
  temporal: {
    /** An external server (`host:port`); when unset the dev server is started locally. */
    address?: string;
    /** An explicit path to a `temporal` CLI binary. */
    cliPath?: string;
    namespace: string;
    taskQueue: string;
    devServerPort: number;
    uiPort: number;
    /** Base URL of the Temporal Web UI, for links from a case to its run. */
    uiUrl: string;
  };
  /** Durations use the `ms` notation: '10 days', '48h', '5s'. */
  deadlines: {
    cessationRiskAnalysis: string;
  };
  demoLogin: boolean;
  logLevel: string;
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number.parseInt(value, 10);
  if (!Number.isFinite(parsed)) throw new Error(`Not a number: ${value}`);
  return parsed;
}

export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'pro-one-cases');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = (
    env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development'
  ) as Config['env'];
  const port = int(env.PORT, 3000);
  const host = env.HOST || '127.0.0.1';
  const uiPort = int(env.TEMPORAL_UI_PORT, 8233);
  return {
    env: mode,
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    cacheDir: path.resolve(env.CACHE_DIR || defaultCacheDir()),
    http: { host, port, publicUrl: env.PUBLIC_URL || `http://localhost:${port}` },
    database: { url: env.DATABASE_URL || undefined, embeddedPort: int(env.EMBEDDED_PG_PORT, 5433) },
    temporal: {
      address: env.TEMPORAL_ADDRESS || undefined,
      cliPath: env.TEMPORAL_CLI_PATH || undefined,
      namespace: env.TEMPORAL_NAMESPACE || 'default',
      taskQueue: env.TEMPORAL_TASK_QUEUE || 'pro-one-cases',
      devServerPort: int(env.TEMPORAL_PORT, 7233),
      uiPort,
      uiUrl: env.TEMPORAL_UI_URL || `http://localhost:${uiPort}`,
    },
    deadlines: {
      cessationRiskAnalysis: env.DEADLINE_CESSATION_RISK_ANALYSIS || '10 days',
    },
    demoLogin: env.DEMO_LOGIN ? env.DEMO_LOGIN === 'true' : mode !== 'production',
    logLevel: env.LOG_LEVEL || (mode === 'test' ? 'silent' : 'info'),
  };
}
