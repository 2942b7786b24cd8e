import os from 'node:os';
import path from 'node:path';
import { msToNumber } from '@temporalio/common/lib/time';
import { DEVELOPMENT_KEY } from './personal-data';
import { isPeriod } from '../acte';

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
    /**
     * How long a request waits for a workflow to confirm a step (UPDATE_WAIT_MS) before the API
     * answers 503: the step is not lost, and the client's retry with the same Idempotency-Key
     * gets its outcome.
     */
    updateWaitMs: number;
  };
  /** Durations use the `ms` notation: '10 days', '48h', '5s'. */
  deadlines: {
    cessationRiskAnalysis: string;
    /** Reminders before a bilan's action-plan deadline (BILAN_REMINDER_OFFSETS, comma-separated). */
    bilanReminderOffsets: string[];
    /** Time the agent conseil has to review a volet or a plan (DEADLINE_BILAN_REVIEW). */
    bilanReview: string;
    /** Time the agent conseil has to contact a provider whose plan is late (DEADLINE_BILAN_FOLLOW_UP). */
    bilanFollowUp: string;
    /** Time an agent has to validate bank details or a photo (DEADLINE_VALIDATION_REVIEW). */
    validationReview: string;
    /** Time the référent accueil has to examine an adaptation request (DEADLINE_ADAPTATION_REVIEW). */
    adaptationReview: string;
    /** Time the provider has to answer a question about their request (DEADLINE_ADAPTATION_ANSWER). */
    adaptationAnswer: string;
    /** When the provider is reminded of an unanswered question (ADAPTATION_ANSWER_REMINDER). */
    adaptationAnswerReminder: string;
  };
  /** ACTE (seed chapter 14): months and years are calendar ones ('3 months', '1 year'). */
  acte: {
    /** The subsidy is paid within this time of the signature, then of each anniversary (ACTE_PAYMENT_DEADLINE). */
    paymentDeadline: string;
    /** How long before that deadline an unpaid subsidy is flagged and people are told (ACTE_PAYMENT_WARNING). */
    paymentWarning: string;
    /** How often a subsidy waiting for bank details looks for validated ones (ACTE_BANK_DETAILS_CHECK). */
    bankDetailsCheck: string;
    /** A year of the scheme (ACTE_YEAR). */
    year: string;
    /** Reminders during the year, from its start (ACTE_REMINDERS, comma-separated). */
    reminders: string[];
    /** Time the ACTE team has to examine an action plan (DEADLINE_ACTE_PLAN_REVIEW). */
    planReview: string;
    /** Time the ACTE team has to answer a question (DEADLINE_ACTE_QUESTION). */
    question: string;
  };
  /** ONE's account, debtor of the subsidy transfers (ONE_PAYER_NAME, ONE_PAYER_IBAN, ONE_PAYER_BIC). */
  payer: { name: string; iban: string; bic: string };
  logLevel: string;
  /** 32 bytes, base64: encrypts NISS and IBAN at rest (PERSONAL_DATA_KEY). */
  personalDataKey: string;
  /**
   * Strong login (CSAM in production) through OpenID Connect. Without OIDC_ISSUER, `npm start`
   * runs a local provider standing in for CSAM on `devProviderPort`.
   */
  oidc: {
    issuer?: string;
    clientId: string;
    clientSecret: string;
    devProviderPort: number;
  };
  /**
   * Mail that leaves the application (SMTP through nodemailer). Without SMTP_URL, `npm start` runs
   * a local mail catcher (MailDev) and sends there.
   */
  mail: {
    /** `smtp://user:pass@host:587` or `smtps://…`; unset: the local catcher. */
    smtpUrl?: string;
    /** The sender, e.g. `ONE — PRO.ONE <pro.one@one.be>` (MAIL_FROM). */
    from: string;
    /** Right-hand part of every Message-ID (MAIL_DOMAIN). */
    domain: string;
    /** Ports of the local catcher: SMTP and its web mailbox (MAILDEV_SMTP_PORT, MAILDEV_WEB_PORT). */
    catcherSmtpPort: number;
    catcherWebPort: number;
    /** Longest wait between two attempts to send a message (MAIL_RETRY_MAX_INTERVAL). */
    retryMaxInterval: string;
    /** After this long without success, a message is undeliverable and the coordination is told (MAIL_GIVE_UP_AFTER). */
    giveUpAfter: string;
    /** The agents' daily digest, on working days at this time in Brussels (DIGEST_TIME, HH:MM). */
    digestTime: { hour: number; minute: number };
  };
  sessions: {
    /** A session unused this long ends (SESSION_IDLE_MINUTES). */
    idleMinutes: number;
    /** A session ends this long after login, used or not (SESSION_ABSOLUTE_HOURS). */
    absoluteHours: number;
  };
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number.parseInt(value, 10);
  if (!Number.isFinite(parsed)) throw new Error(`Not a number: ${value}`);
  return parsed;
}

/** A duration in the `ms` notation ('30 days', '48h', '5s'); a wrong one stops the start, not a case. */
function duration(name: string, value: string): string {
  let ms: number;
  try {
    ms = msToNumber(value);
  } catch {
    throw new Error(`${name}: not a duration: ${JSON.stringify(value)} (e.g. '10 days', '48h', '5s')`);
  }
  if (!(ms > 0)) throw new Error(`${name}: must be longer than zero: ${JSON.stringify(value)}`);
  return value;
}

/** A period: calendar months or years ('3 months', '1 year'), or a duration in the `ms` notation. */
function period(name: string, value: string): string {
  if (!isPeriod(value))
    throw new Error(`${name}: not a period: ${JSON.stringify(value)} (e.g. '3 months', '30 days', '5s')`);
  return value;
}

/** A time of day, `HH:MM`. */
function timeOfDay(name: string, value: string): { hour: number; minute: number } {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  if (!m) throw new Error(`${name}: not a time of day: ${JSON.stringify(value)} (e.g. '07:30')`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

function required(name: string): never {
  throw new Error(`${name} must be set in production`);
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
      updateWaitMs: int(env.UPDATE_WAIT_MS, 15_000),
    },
    deadlines: {
      cessationRiskAnalysis: duration(
        'DEADLINE_CESSATION_RISK_ANALYSIS',
        env.DEADLINE_CESSATION_RISK_ANALYSIS || '10 days',
      ),
      bilanReminderOffsets: (env.BILAN_REMINDER_OFFSETS || '30 days,7 days,1 day')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((v) => duration('BILAN_REMINDER_OFFSETS', v)),
      bilanReview: duration('DEADLINE_BILAN_REVIEW', env.DEADLINE_BILAN_REVIEW || '30 days'),
      bilanFollowUp: duration('DEADLINE_BILAN_FOLLOW_UP', env.DEADLINE_BILAN_FOLLOW_UP || '10 days'),
      validationReview: duration('DEADLINE_VALIDATION_REVIEW', env.DEADLINE_VALIDATION_REVIEW || '10 days'),
      adaptationReview: duration('DEADLINE_ADAPTATION_REVIEW', env.DEADLINE_ADAPTATION_REVIEW || '15 days'),
      adaptationAnswer: duration('DEADLINE_ADAPTATION_ANSWER', env.DEADLINE_ADAPTATION_ANSWER || '15 days'),
      adaptationAnswerReminder: duration(
        'ADAPTATION_ANSWER_REMINDER',
        env.ADAPTATION_ANSWER_REMINDER || '10 days',
      ),
    },
    acte: {
      paymentDeadline: period('ACTE_PAYMENT_DEADLINE', env.ACTE_PAYMENT_DEADLINE || '3 months'),
      paymentWarning: duration('ACTE_PAYMENT_WARNING', env.ACTE_PAYMENT_WARNING || '30 days'),
      bankDetailsCheck: duration('ACTE_BANK_DETAILS_CHECK', env.ACTE_BANK_DETAILS_CHECK || '6h'),
      year: period('ACTE_YEAR', env.ACTE_YEAR || '1 year'),
      reminders: (env.ACTE_REMINDERS || '1 month,6 months,11 months')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((v) => period('ACTE_REMINDERS', v)),
      planReview: duration('DEADLINE_ACTE_PLAN_REVIEW', env.DEADLINE_ACTE_PLAN_REVIEW || '15 days'),
      question: duration('DEADLINE_ACTE_QUESTION', env.DEADLINE_ACTE_QUESTION || '10 days'),
    },
    payer: {
      name: env.ONE_PAYER_NAME || 'Office de la Naissance et de l’Enfance',
      iban: env.ONE_PAYER_IBAN || (mode === 'production' ? required('ONE_PAYER_IBAN') : 'BE10000000000404'),
      bic: env.ONE_PAYER_BIC || (mode === 'production' ? required('ONE_PAYER_BIC') : 'GKCCBEBB'),
    },
    logLevel: env.LOG_LEVEL || (mode === 'test' ? 'silent' : 'info'),
    personalDataKey:
      env.PERSONAL_DATA_KEY || (mode === 'production' ? required('PERSONAL_DATA_KEY') : DEVELOPMENT_KEY),
    oidc: {
      issuer: env.OIDC_ISSUER || undefined,
      clientId: env.OIDC_CLIENT_ID || 'pro-one',
      clientSecret:
        env.OIDC_CLIENT_SECRET ||
        (mode === 'production' ? required('OIDC_CLIENT_SECRET') : 'pro-one-development-secret'),
      devProviderPort: int(env.OIDC_DEV_PROVIDER_PORT, 3001),
    },
    mail: {
      smtpUrl: env.SMTP_URL || (mode === 'production' ? required('SMTP_URL') : undefined),
      from: env.MAIL_FROM || 'ONE — PRO.ONE <pro.one@one.be>',
      domain: env.MAIL_DOMAIN || 'pro.one.be',
      catcherSmtpPort: int(env.MAILDEV_SMTP_PORT, 1025),
      catcherWebPort: int(env.MAILDEV_WEB_PORT, 1080),
      retryMaxInterval: duration('MAIL_RETRY_MAX_INTERVAL', env.MAIL_RETRY_MAX_INTERVAL || '10 minutes'),
      giveUpAfter: duration('MAIL_GIVE_UP_AFTER', env.MAIL_GIVE_UP_AFTER || '2 days'),
      digestTime: timeOfDay('DIGEST_TIME', env.DIGEST_TIME || '07:30'),
    },
    sessions: {
      idleMinutes: int(env.SESSION_IDLE_MINUTES, 30),
      absoluteHours: int(env.SESSION_ABSOLUTE_HOURS, 12),
    },
  };
}

/** What the mail activities need from the configuration. */
export interface MailSettings {
  /** SMTP server (`smtp://…`, `smtps://…`). */
  smtpUrl: string;
  from: string;
  domain: string;
  publicUrl: string;
  retryMaxInterval: string;
  giveUpAfter: string;
  /** Derives the secret of password-reset links. */
  personalDataKey: string;
}

export function mailSettingsOf(config: Config): MailSettings {
  return {
    smtpUrl: config.mail.smtpUrl ?? `smtp://127.0.0.1:${config.mail.catcherSmtpPort}`,
    from: config.mail.from,
    domain: config.mail.domain,
    publicUrl: config.http.publicUrl,
    retryMaxInterval: config.mail.retryMaxInterval,
    giveUpAfter: config.mail.giveUpAfter,
    personalDataKey: config.personalDataKey,
  };
}
