/**
 * Records replay fixtures: the event history of a complete cessation-risk case (report,
 * notification, task, missed deadline, claim, release, claim, completion, closure) and of a
 * complete bilan de fonctionnement (upcoming, tools open, both hand-overs, reminders, missed
 * deadline and escalation, extension, plan sent, review, closure).
 * Run after a deliberate change of a workflow's shape: `npm run record-histories -- <name>`
 * (a name starting with `bilan-` records a bilan; `rib-` a validation of bank details: a submission,
 * a newer one replacing it, the missed deadline, claim and approval; `adaptation-` a temporary
 * cessation: a question, its reminder and missed deadline, the answer, acceptance, the letter,
 * suspension and reactivation on time; `acte-` the first year of an ACTE case — charter, plan
 * sent back for changes then validated, missing bank details warned then escalated, the subsidy
 * paid by a batch, the reminder, and the continuation into year 2 — with the batch's own
 * history as `payment-batch-…` and a question to the ACTE team as `acte-question-…`; `reassign-` a
cessation-risk case whose task the coordination hands over; `mail-` a message sent and one
undeliverable, with `agent-digest-…` and `mail-sweep-…`; `flash-` an issue of the Flash accueil). Keep the old fixtures: running cases started
 * with the old code must still replay.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import { testSystem, stopTestSystem } from '../test/support/system';
import { insertBankDetails, newAgent, newProvider } from '../test/support/fixtures';
import {
  cessationRiskWorkflow,
  cessationRiskWorkflowId,
  confirmReport,
  type CessationRiskInput,
} from '../workflows/cessation-risk';
import { claimTask, completeTask, reassignTask, releaseTask } from '../workflows/human-tasks';
import { mailWorkflow, agentDigestWorkflow, mailSweepWorkflow } from '../workflows/mail';
import { flashWorkflow } from '../workflows/flash';
import { flashWorkflowId } from '../common/flash';
import { dispatchOf, mailIdOf, mailWorkflowId, queueMails } from '../activities/mail/outbox';
import { bilanWorkflow, extendDeadline, sendPlan, shareVolet, type BilanInput } from '../workflows/bilan';
import {
  validationWorkflow,
  validationWorkflowId,
  submit,
  type ValidationInput,
} from '../workflows/validation';
import {
  adaptationWorkflow,
  adaptationWorkflowId,
  answer,
  confirmRequest,
  type AdaptationInput,
} from '../workflows/adaptation';
import {
  acteQuestionWorkflow,
  acteQuestionWorkflowId,
  acteWorkflow,
  acteWorkflowId,
  confirmCharter,
  confirmQuestion,
  paymentBatchWorkflow,
  paymentBatchWorkflowId,
  submitPlan,
  type ActeInput,
} from '../workflows/acte';
import { createPersonalDataCipher } from '../common/node/personal-data';
import { recordHelpdesk } from './helpdesk-history';
import { ACTE_ACTIONS, ACTE_DIAGNOSIS } from '../common/acte-content';
import type { TestSystem } from '../test/support/system';
import type { WorkflowHandle } from '@temporalio/client';

async function until(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function recordBilan(sys: TestSystem): Promise<WorkflowHandle<typeof bilanWorkflow>> {
  const provider = await newProvider(sys.db, 'luxembourg');
  const agent = await newAgent(sys.db, ['agent_conseil'], 'luxembourg');
  const campaignId = `enregistrement-${randomUUID().slice(0, 8)}`;
  await sys.db('campaigns').insert({
    id: campaignId,
    title: `Bilan Général enregistré ${campaignId}`,
    startsAt: new Date(),
    deadline: new Date(Date.now() + 86_400_000),
    status: 'open',
    createdBy: 'u-coordination',
  });
  const input: BilanInput = {
    caseId: randomUUID(),
    campaign: { id: campaignId, title: 'Bilan Général 2024 - 2025' },
    provider: { id: provider.providerId, displayName: 'Muriel Rousseau', subregionName: 'Luxembourg' },
    openedBy: { id: 'u-coordination', displayName: 'Philippe Wauters' },
    startsAt: new Date(Date.now() + 2_000).toISOString(),
    deadline: new Date(Date.now() + 9_000).toISOString(),
    settings: {
      reminderOffsets: ['4 seconds', '2 seconds'],
      reviewDue: '1 minute',
      overdueFollowUpDue: '1 minute',
    },
  };
  const handle = await sys.env.client.workflow.start(bilanWorkflow, {
    taskQueue: sys.taskQueue,
    workflowId: `bilan-${campaignId}-${provider.providerId}`,
    args: [input],
  });
  const providerActor = { id: provider.userId, displayName: 'Muriel Rousseau', roles: ['provider'] };
  const agentActor = { id: agent.userId, displayName: 'Thomas Lejeune', roles: ['agent_conseil'] };
  const stage = async () =>
    ((await sys.db('cases').where({ id: input.caseId }).first('details'))?.details?.stage as string) ?? '';
  await until(async () => (await stage()) === 'in_progress');
  await handle.executeUpdate(shareVolet, { args: [{ volet: 'volet1', actor: providerActor }] });
  const volet1 = `${input.caseId}:volet1-review`;
  await handle.executeUpdate(claimTask, { args: [{ taskId: volet1, actor: agentActor }] });
  await handle.executeUpdate(completeTask, {
    args: [{ taskId: volet1, actor: agentActor, outcome: { comment: 'Pensez au registre des présences.' } }],
  });
  await handle.executeUpdate(shareVolet, { args: [{ volet: 'volet2', actor: providerActor }] });
  await until(async () =>
    Boolean(
      await sys
        .db('tasks')
        .where({ id: `${input.caseId}:plan-overdue-1` })
        .first(),
    ),
  );
  await handle.executeUpdate(extendDeadline, {
    args: [
      {
        actor: agentActor,
        deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        reason: 'Congé de maladie',
      },
    ],
  });
  await handle.executeUpdate(sendPlan, {
    args: [{ actor: providerActor, summary: { objectives: 1, actions: 2 } }],
  });
  const review = `${input.caseId}:plan-review`;
  await until(async () => Boolean(await sys.db('tasks').where({ id: review }).first()));
  await handle.executeUpdate(claimTask, { args: [{ taskId: review, actor: agentActor }] });
  await handle.executeUpdate(completeTask, {
    args: [{ taskId: review, actor: agentActor, outcome: { comment: 'Plan approuvé.' } }],
  });
  return handle;
}

async function recordRib(sys: TestSystem): Promise<WorkflowHandle<typeof validationWorkflow>> {
  const provider = await newProvider(sys.db, 'liege');
  const agent = await newAgent(sys.db, ['agent_subsides']);
  const actor = { id: agent.userId, displayName: 'Karim Benali', roles: ['agent_subsides'] };
  // The history carries ids only: the IBAN stays in PostgreSQL, encrypted (here a placeholder).
  const submission = () =>
    insertBankDetails(sys.db, {
      providerId: provider.providerId,
      userId: provider.userId,
      holder: 'Muriel Rousseau',
      ibanEncrypted: 'enregistrement',
      status: 'pending',
    });
  const first = await submission();
  const input: ValidationInput = {
    caseId: randomUUID(),
    kind: 'rib',
    requestKey: randomUUID(),
    provider: { id: provider.providerId, displayName: 'Muriel Rousseau', subregionName: 'Liège' },
    submittedBy: { id: provider.userId, displayName: 'Muriel Rousseau' },
    subjectId: first,
    deadlines: { review: '2 seconds' },
  };
  const submitter = { id: provider.userId, displayName: 'Muriel Rousseau' };
  const handle = await sys.env.client.workflow.start(validationWorkflow, {
    taskQueue: sys.taskQueue,
    workflowId: validationWorkflowId('rib', provider.providerId),
    args: [input],
  });
  await handle.executeUpdate(submit, {
    args: [{ requestKey: input.requestKey, subjectId: first, actor: submitter }],
  });
  const second = await submission();
  await handle.executeUpdate(submit, {
    args: [{ requestKey: randomUUID(), subjectId: second, actor: submitter }],
  });
  const taskId = `${input.caseId}:review`;
  await until(async () => Boolean((await sys.db('tasks').where({ id: taskId }).first())?.escalatedAt));
  await handle.executeUpdate(claimTask, { args: [{ taskId, actor }] });
  await handle.executeUpdate(completeTask, {
    args: [{ taskId, actor, outcome: { decision: 'approved', comment: null, subjectId: second } }],
  });
  return handle;
}

async function recordAdaptation(sys: TestSystem): Promise<WorkflowHandle<typeof adaptationWorkflow>> {
  const provider = await newProvider(sys.db, 'liege');
  const agent = await newAgent(sys.db, ['referent_accueil'], 'liege');
  const actor = { id: agent.userId, displayName: 'Isabelle Moreau', roles: ['referent_accueil'] };
  await sys.db('authorisations').insert({ providerId: provider.providerId, status: 'granted', capacity: 4 });
  const today = new Date().toISOString().slice(0, 10);
  const input: AdaptationInput = {
    caseId: randomUUID(),
    requestKey: randomUUID(),
    provider: { id: provider.providerId, displayName: 'Muriel Rousseau', subregionName: 'Liège' },
    requestedBy: { id: provider.userId, displayName: 'Muriel Rousseau' },
    request: { type: 'temporary_cessation', from: today, to: today, reason: 'Congé de maternité' },
    effective: {
      suspendAt: new Date(Date.now() + 8_000).toISOString(),
      reactivateAt: new Date(Date.now() + 12_000).toISOString(),
    },
    deadlines: { review: '1 minute', answer: '2 seconds', answerReminder: '1 second' },
  };
  const handle = await sys.env.client.workflow.start(adaptationWorkflow, {
    taskQueue: sys.taskQueue,
    workflowId: adaptationWorkflowId(provider.providerId, input.caseId),
    args: [input],
  });
  await handle.executeUpdate(confirmRequest, { args: [{ requestKey: input.requestKey }] });
  const first = `${input.caseId}:review-1`;
  await until(async () => Boolean(await sys.db('tasks').where({ id: first }).first()));
  await handle.executeUpdate(claimTask, { args: [{ taskId: first, actor }] });
  await handle.executeUpdate(completeTask, {
    args: [{ taskId: first, actor, outcome: { decision: 'more_info', comment: 'Jusqu’à quand ?' } }],
  });
  await until(async () =>
    Boolean(
      await sys
        .db('notifications')
        .where({ key: `${first}:no-answer` })
        .first(),
    ),
  );
  await handle.executeUpdate(answer, {
    args: [
      {
        requestKey: randomUUID(),
        text: 'Jusqu’au dernier jour indiqué.',
        actor: { id: provider.userId, displayName: 'Muriel Rousseau' },
      },
    ],
  });
  const second = `${input.caseId}:review-2`;
  await until(async () => Boolean(await sys.db('tasks').where({ id: second }).first()));
  await handle.executeUpdate(claimTask, { args: [{ taskId: second, actor }] });
  await handle.executeUpdate(completeTask, {
    args: [{ taskId: second, actor, outcome: { decision: 'accepted', comment: null } }],
  });
  return handle;
}

/** The first year of an ACTE case, up to its continuation as new; also a batch and a question. */
async function recordActe(sys: TestSystem, name: string): Promise<void> {
  const provider = await newProvider(sys.db, 'liege');
  await sys.db('providers').where({ id: provider.providerId }).update({ subsidyLevel: 1 });
  await sys.db('authorisations').insert({ providerId: provider.providerId, status: 'granted', capacity: 4 });
  const team = await newAgent(sys.db, ['equipe_acte']);
  const teamActor = { id: team.userId, displayName: 'Élise Lambotte', roles: ['equipe_acte'] };
  const subsides = await newAgent(sys.db, ['agent_subsides']);
  const me = { id: provider.userId, displayName: 'Muriel Rousseau' };
  const now = new Date().toISOString();
  const input: ActeInput = {
    caseId: randomUUID(),
    requestKey: randomUUID(),
    provider: { id: provider.providerId, displayName: 'Muriel Rousseau' },
    signedBy: me,
    signedAt: now,
    year: 1,
    yearStart: now,
    durations: {
      paymentDeadline: '6 seconds',
      paymentWarning: '4 seconds',
      bankDetailsCheck: '1 second',
      year: '16 seconds',
      reminders: ['3 seconds'],
      planReview: '1 minute',
    },
    previousYears: [],
    pendingReview: null,
    version: 1,
  };
  const handle = await sys.env.client.workflow.start(acteWorkflow, {
    taskQueue: sys.taskQueue,
    workflowId: acteWorkflowId(provider.providerId),
    args: [input],
  });
  const firstRun = handle.firstExecutionRunId;
  await handle.executeUpdate(confirmCharter, { args: [{ requestKey: input.requestKey }] });
  await sys.db('acte_plans').insert({
    providerId: provider.providerId,
    year: 1,
    status: 'draft',
    content: JSON.stringify({
      stateOfPlay: 'Potager et compost déjà en place.',
      themes: ['alimentation'],
      diagnosis: Object.fromEntries(ACTE_DIAGNOSIS.alimentation.map((q) => [q.id, 'partly'])),
      actions: [ACTE_ACTIONS[0].id, ACTE_ACTIONS[1].id],
    }),
  });
  for (const [round, outcome] of [
    [1, { decision: 'changes_requested', comment: 'Ajoutez une action sur l’eau.' }],
    [2, { decision: 'validated', comment: 'Bravo.' }],
  ] as const) {
    await handle.executeUpdate(submitPlan, { args: [{ requestKey: randomUUID(), year: 1, actor: me }] });
    const taskId = `${input.caseId}:plan-1-${round}`;
    await until(async () => Boolean(await sys.db('tasks').where({ id: taskId }).first()));
    await handle.executeUpdate(claimTask, { args: [{ taskId, actor: teamActor }] });
    await handle.executeUpdate(completeTask, {
      args: [{ taskId, actor: teamActor, outcome: { ...outcome } }],
    });
  }
  // No bank details: the warning, then the escalation; validated late, the subsidy is paid.
  await until(async () =>
    Boolean(
      (
        await sys
          .db('tasks')
          .where({ id: `${input.caseId}:payment-1` })
          .first()
      )?.escalatedAt,
    ),
  );
  const cipher = createPersonalDataCipher(sys.config.personalDataKey);
  await insertBankDetails(sys.db, {
    providerId: provider.providerId,
    userId: provider.userId,
    holder: 'Muriel Rousseau',
    ibanEncrypted: cipher.encrypt('BE68539007547034'),
    status: 'approved',
  });
  await until(async () =>
    Boolean(
      await sys.db('subsidy_payments').where({ providerId: provider.providerId, status: 'ready' }).first(),
    ),
  );
  const batchId = randomUUID();
  const batch = await sys.env.client.workflow.start(paymentBatchWorkflow, {
    taskQueue: sys.taskQueue,
    workflowId: paymentBatchWorkflowId(batchId),
    args: [
      {
        batchId,
        executionDate: new Date().toISOString().slice(0, 10),
        releasedBy: { id: subsides.userId, displayName: 'Karim Benali' },
      },
    ],
  });
  await batch.result();
  await save(name.replace(/^acte-/, 'payment-batch-'), await batch.fetchHistory());
  // The anniversary: the run continues as new; its history is the first year.
  const first = sys.env.client.workflow.getHandle(handle.workflowId, firstRun);
  await until(async () => (await first.describe()).status.name === 'CONTINUED_AS_NEW');
  await save(name, await first.fetchHistory());
  await sys.env.client.workflow.getHandle(handle.workflowId).terminate('enregistrement terminé');

  const question = await sys.env.client.workflow.start(acteQuestionWorkflow, {
    taskQueue: sys.taskQueue,
    workflowId: acteQuestionWorkflowId(provider.providerId, batchId),
    args: [
      {
        caseId: randomUUID(),
        requestKey: randomUUID(),
        provider: { id: provider.providerId, displayName: 'Muriel Rousseau' },
        askedBy: me,
        question: 'Puis-je acheter des langes lavables avec le subside ?',
        durations: { answer: '2 seconds' },
      },
    ],
  });
  await question.executeUpdate(confirmQuestion, { args: [{ requestKey: 'q' }] });
  const caseRow = await sys.db('cases').where({ workflowId: question.workflowId }).first('id');
  const taskId = `${String(caseRow.id)}:answer`;
  await until(async () => Boolean((await sys.db('tasks').where({ id: taskId }).first())?.escalatedAt));
  await question.executeUpdate(claimTask, { args: [{ taskId, actor: teamActor }] });
  await question.executeUpdate(completeTask, {
    args: [
      { taskId, actor: teamActor, outcome: { decision: 'answered', comment: 'Oui, c’est prévu pour cela.' } },
    ],
  });
  await question.result();
  await save(name.replace(/^acte-/, 'acte-question-'), await question.fetchHistory());
}

/**
 * Messages (`mail-…`): one sent, one refused by the server (undeliverable), with the daily digest
 * (`agent-digest-…`) and the sweep (`mail-sweep-…`) as their Schedules start them.
 */
async function recordMail(sys: TestSystem, name: string): Promise<void> {
  const version = name.slice('mail-'.length);
  const agent = await newAgent(sys.db, ['cellule_veille']);
  const to = (address: string) => ({ address, name: 'Jeanne Martin', userId: agent.userId });
  const notice = (key: string, address: string) => ({
    key: `enregistrement:${key}:${randomUUID()}`,
    template: 'notice',
    params: {
      message: 'Un avis enregistré.',
      audience: 'team',
      procedure: null,
      caseId: null,
      providerName: null,
    },
    to: to(address),
  });
  const sent = notice('sent', `${agent.userId}@one.exemple.be`);
  const refused = notice('refused', 'adresse sans arobase');
  // Queued without a client: this script starts each workflow itself, to keep its history.
  const dispatch = dispatchOf(sys.config.mail, undefined, sys.taskQueue);
  await queueMails(sys.db, dispatch, [sent, refused]);
  for (const [mail, file] of [
    [sent, name],
    [refused, `mail-undeliverable-${version}`],
  ] as const) {
    const mailId = mailIdOf(mail.key);
    const handle = await sys.env.client.workflow.start(mailWorkflow, {
      taskQueue: sys.taskQueue,
      workflowId: mailWorkflowId(mailId),
      args: [{ mailId, retryMaxInterval: '2 seconds', giveUpAfter: '1 minute' }],
    });
    await handle.result();
    await save(file, await handle.fetchHistory());
  }
  await sys.db('users').where({ id: agent.userId }).update({ mailFrequency: 'daily' });
  for (const [workflow, file] of [
    [agentDigestWorkflow, `agent-digest-${version}`],
    [mailSweepWorkflow, `mail-sweep-${version}`],
  ] as const) {
    const handle = await sys.env.client.workflow.start(workflow, {
      taskQueue: sys.taskQueue,
      workflowId: `${file}-${randomUUID()}`,
      args: [],
    });
    await handle.result();
    await save(file, await handle.fetchHistory());
  }
}

/** An issue of the Flash accueil (`flash-…`) sent to every childminder who chose the e-mail. */
async function recordFlash(sys: TestSystem, name: string): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const p = await newProvider(sys.db, 'liege');
    await sys
      .db('providers')
      .where({ id: p.providerId })
      .update({ flashAccueil: i === 2 ? 'post' : 'email' });
  }
  const issueId = randomUUID();
  await sys.db('flash_issues').insert({
    id: issueId,
    title: 'Flash accueil enregistré',
    body: 'Un numéro enregistré pour les tests de rejeu.',
    status: 'sending',
    createdBy: 'u-coordination',
    updatedBy: 'u-coordination',
    sentBy: 'u-coordination',
    sentAt: new Date(),
  });
  const handle = await sys.env.client.workflow.start(flashWorkflow, {
    taskQueue: sys.taskQueue,
    workflowId: flashWorkflowId(issueId),
    args: [{ issueId }],
  });
  await handle.result();
  await save(name, await handle.fetchHistory());
}

async function main() {
  const name = process.argv[2] ?? 'cessation-risk-v1';
  const sys = await testSystem();
  try {
    if (name.startsWith('helpdesk-')) return void (await save(name, await recordHelpdesk(sys)));
    if (name.startsWith('mail-')) {
      await recordMail(sys, name);
      return;
    }
    if (name.startsWith('flash-')) {
      await recordFlash(sys, name);
      return;
    }
    if (name.startsWith('acte-')) {
      await recordActe(sys, name);
      return;
    }
    if (name.startsWith('adaptation-')) {
      const handle = await recordAdaptation(sys);
      await handle.result();
      await save(name, await handle.fetchHistory());
      return;
    }
    if (name.startsWith('rib-')) {
      const handle = await recordRib(sys);
      await handle.result();
      await save(name, await handle.fetchHistory());
      return;
    }
    if (name.startsWith('bilan-')) {
      const handle = await recordBilan(sys);
      await handle.result();
      await save(name, await handle.fetchHistory());
      return;
    }
    const provider = await newProvider(sys.db, 'liege');
    const input: CessationRiskInput = {
      caseId: randomUUID(),
      requestKey: randomUUID(),
      provider: { id: provider.providerId, displayName: 'Muriel Rousseau', subregionName: 'Liège' },
      reportedBy: { id: provider.userId, displayName: 'Muriel Rousseau' },
      report: { period: 'short_term', reason: 'other', reasonOther: 'Déménagement prévu' },
      deadlines: { analysis: '2 seconds' },
    };
    // `reassign-…`: the same case, the task handed over by the coordination instead of claimed again.
    const handle = await sys.env.client.workflow.start(cessationRiskWorkflow, {
      taskQueue: sys.taskQueue,
      workflowId: cessationRiskWorkflowId(provider.providerId),
      args: [input],
    });
    await handle.executeUpdate(confirmReport, { args: [{ requestKey: input.requestKey }] });
    const taskId = `${input.caseId}:analysis`;
    const agent = await newAgent(sys.db, ['cellule_veille']);
    const actor = { id: agent.userId, displayName: 'Jeanne Martin', roles: ['cellule_veille'] };
    for (;;) {
      const row = await sys.db('tasks').where({ id: taskId }).first();
      if (row?.escalatedAt) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await handle.executeUpdate(claimTask, { args: [{ taskId, actor }] });
    await handle.executeUpdate(releaseTask, { args: [{ taskId, actor }] });
    if (name.startsWith('reassign-')) {
      // The coordination hands the task to her: the new holder is told (and mailed).
      const supervisor = { id: 'u-coordination', displayName: 'Philippe Wauters', roles: ['supervisor'] };
      await handle.executeUpdate(reassignTask, { args: [{ taskId, actor: supervisor, assignee: actor }] });
    } else {
      await handle.executeUpdate(claimTask, { args: [{ taskId, actor }] });
    }
    await handle.executeUpdate(completeTask, {
      args: [
        {
          taskId,
          actor,
          outcome: { decision: 'financial_support', amountEur: 1500, comment: 'Appel téléphonique' },
        },
      ],
    });
    await handle.result();
    await save(name, await handle.fetchHistory());
  } finally {
    await stopTestSystem();
  }
}

async function save(name: string, history: temporal.api.history.v1.IHistory): Promise<void> {
  const file = path.join(__dirname, '..', 'test', 'fixtures', 'histories', `${name}.json`);
  fs.writeFileSync(file, historyToJSON(temporal.api.history.v1.History.create(history)));
  console.log(`Recorded ${history.events?.length} events in ${path.relative(process.cwd(), file)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
