import path from 'node:path';
import { bundleWorkflowCode, NativeConnection, Worker, type WorkflowBundle } from '@temporalio/worker';
import type { Client } from '@temporalio/client';
import { createActivities } from '../activities';
import type { MailSettings } from '../activities/mail';
import type { Db } from '../db';

export const WORKFLOWS_PATH = path.join(__dirname, '..', 'workflows', 'index.ts');

/** Bundles the workflow code once; a process may reuse the bundle for several workers. */
export async function bundleWorkflows(): Promise<WorkflowBundle> {
  return bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietBundlerLogger });
}

const quietBundlerLogger = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message: string) => console.warn(message),
  error: (message: string) => console.error(message),
};

export interface WorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  db: Db;
  /** For the activities that start workflows (opening a bilan campaign). */
  client?: Client;
  workflowBundle?: WorkflowBundle;
  /** SMTP and the messages' settings; from the configuration when not given. */
  mail?: MailSettings;
  /** Bounded explicitly: memory grows with it, not with the number of open cases. */
  maxCachedWorkflows?: number;
}

export async function createWorker(opts: WorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: opts.connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    workflowBundle: opts.workflowBundle ?? (await bundleWorkflows()),
    activities: createActivities({ db: opts.db, temporal: opts.client, mail: opts.mail }),
    maxCachedWorkflows: opts.maxCachedWorkflows ?? 1000,
  });
}
