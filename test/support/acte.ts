import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import type { ActeDurations } from '../../common/acte';
import { acteWorkflow, acteWorkflowId } from '../../workflows/acte';
import { ApiClient, eventually } from './api-client';
import { newProvider } from './fixtures';
import type { TestSystem } from './system';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

export interface Childminder {
  providerId: string;
  userId: string;
  displayName: string;
  /** Logged in as the childminder. */
  me: ApiClient;
  /** `/api/providers/<id>` */
  url: string;
}

/** A new childminder with an authorised place of `places` and the basic subsidy level `level`. */
export async function acteChildminder(
  sys: TestSystem,
  places = 4,
  level: number | null = 1,
  subregion = 'namur',
): Promise<Childminder> {
  const p = await newProvider(sys.db, subregion);
  await sys.db('providers').where({ id: p.providerId }).update({ subsidyLevel: level });
  await sys.db('authorisations').insert({
    providerId: p.providerId,
    status: 'granted',
    authorisedOn: '2021-09-01',
    place: 'Rue Haute 3, 5000 Namur',
    capacity: places,
  });
  const me = new ApiClient(sys.baseUrl);
  await me.login(p.userId);
  return { ...p, me, url: `/api/providers/${p.providerId}` };
}

/**
 * Bank details sent by the childminder (`me`) and approved by the agent subsides, through the
 * same steps as people take (the RIB validation case and its task).
 */
export async function approveBankDetails(
  sys: TestSystem,
  me: ApiClient,
  providerId: string,
  details: { iban: string; bic: string; holder: string } = {
    iban: 'BE68 5390 0754 7034',
    bic: 'GEBABEBB',
    holder: 'Camille Lefèvre',
  },
): Promise<void> {
  const sent = await me.post(`/api/providers/${providerId}/rib`, {
    ...details,
    statement: { name: 'releve.pdf', contentBase64: PDF.toString('base64') },
  });
  expect(sent.status, JSON.stringify(sent.body)).to.equal(202);
  const task = await eventually<Record<string, string>>(
    async () =>
      (await sys
        .db('tasks')
        .join('cases', 'cases.id', 'tasks.case_id')
        .where({ 'cases.provider_id': providerId, kind: 'rib.review', 'tasks.status': 'open' })
        .first('tasks.*')) ?? undefined,
    15_000,
    'rib task',
  );
  const subsides = new ApiClient(sys.baseUrl);
  await subsides.login('u-subsides');
  const detail = await subsides.get(`/api/validations/${task.caseId}`);
  const path = `/api/tasks/${encodeURIComponent(task.id)}`;
  expect((await subsides.post(`${path}/claim`)).status).to.equal(200);
  const done = await subsides.post(`${path}/complete`, {
    outcome: { decision: 'approved', subjectId: detail.body.subjectId },
  });
  expect(done.status, JSON.stringify(done.body)).to.equal(200);
  await eventually(
    async () => (await sys.db('bank_details').where({ providerId, status: 'approved' }).first()) ?? undefined,
    15_000,
    'approved bank details',
  );
}

/** Starts the childminder's ACTE case as the charter route does, with durations of seconds. */
export async function startActe(
  sys: TestSystem,
  p: { providerId: string; userId: string; displayName: string },
  durations: Partial<ActeDurations> = {},
): Promise<string> {
  const caseId = randomUUID();
  const now = new Date().toISOString();
  await sys.env.client.workflow.start(acteWorkflow, {
    taskQueue: sys.config.temporal.taskQueue,
    workflowId: acteWorkflowId(p.providerId),
    args: [
      {
        caseId,
        requestKey: randomUUID(),
        provider: { id: p.providerId, displayName: p.displayName },
        signedBy: { id: p.userId, displayName: p.displayName },
        signedAt: now,
        year: 1,
        yearStart: now,
        durations: {
          paymentDeadline: '1 minute',
          paymentWarning: '10s',
          bankDetailsCheck: '1s',
          year: '10 minutes',
          reminders: [],
          planReview: '10 minutes',
          ...durations,
        },
        previousYears: [],
        pendingReview: null,
        version: 1,
      },
    ],
  });
  return caseId;
}
