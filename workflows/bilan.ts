import { allHandlersFinished, condition, defineUpdate, setHandler } from '@temporalio/workflow';
import { msToNumber } from '@temporalio/common/lib/time';
import type { Duration, UpdateDefinition } from '@temporalio/common';
import type { CaseSnapshot, TaskSnapshot } from '../activities/read-model';
import {
  PROCEDURE,
  REASON_MAX_LENGTH,
  TASK_KINDS,
  VOLET_LABELS,
  dateFr,
  type BilanDetails,
  type Stage,
  type Volet,
  bilanWorkflowId,
} from '../common/bilan';
import type { FieldProblem } from '../common/cessation-risk';
import { BilanRefusal } from '../common/procedures/bilan';
import type { Actor } from './human-tasks';
import { CaseRecord, refuse } from './case-record';

/**
 * The bilan de fonctionnement of one provider in one campaign: months between steps, two
 * hand-overs to the agent conseil, a hard deadline for the action plan. The workflow keeps the
 * stage, the deadline and the hand-overs; the provider's drafts live in PostgreSQL, and may only
 * change while the workflow says « En cours ».
 */
export interface BilanInput {
  caseId: string;
  campaign: { id: string; title: string };
  provider: { id: string; displayName: string; subregionName: string };
  /** The supervisor who opened the campaign. */
  openedBy: { id: string; displayName: string };
  /** The tools open at this instant (a durable timer, not a cron job). */
  startsAt: string;
  /** The action plan is due at this instant; the agent conseil may move it. */
  deadline: string;
  settings: {
    /** Reminders to the provider this long before the deadline, e.g. ['30 days', '7 days', '1 day']. */
    reminderOffsets: Duration[];
    /** Time the agent conseil has for each review. */
    reviewDue: Duration;
    /** Time the agent conseil has to contact a provider whose plan is late. */
    overdueFollowUpDue: Duration;
  };
}

export interface ShareInput {
  volet: Volet;
  actor: Actor;
}
export interface SendPlanInput {
  actor: Actor;
  /** What was sent, for the history: counts, never personal data. */
  summary: { objectives: number; actions: number };
}
export interface ExtendDeadlineInput {
  actor: Actor;
  /** The new deadline, an ISO instant later than the current one and than now. */
  deadline: string;
  reason: string;
}

export const shareVolet: UpdateDefinition<CaseSnapshot, [ShareInput]> = defineUpdate('shareVolet');
export const sendPlan: UpdateDefinition<CaseSnapshot, [SendPlanInput]> = defineUpdate('sendPlan');
export const extendDeadline: UpdateDefinition<CaseSnapshot, [ExtendDeadlineInput]> =
  defineUpdate('extendDeadline');
export { bilanWorkflowId };

export async function bilanWorkflow(input: BilanInput): Promise<CaseSnapshot> {
  const details: BilanDetails = {
    campaignId: input.campaign.id,
    campaignTitle: input.campaign.title,
    stage: 'upcoming',
    startsAt: input.startsAt,
    deadline: input.deadline,
    originalDeadline: input.deadline,
    volet1SharedAt: null,
    volet2SharedAt: null,
    planSentAt: null,
    extensions: [],
    remindersSent: 0,
  };
  // Every change of stage, deadline or hand-over is projected through `record.update()`.
  const record = new CaseRecord({
    caseId: input.caseId,
    procedure: PROCEDURE,
    provider: input.provider,
    openedBy: input.openedBy.id,
    campaignId: input.campaign.id,
    details: () => ({ ...details, extensions: details.extensions.map((e) => ({ ...e })) }),
  });
  const tasks = record.tasks;

  const requireInProgress = () => {
    if (details.stage === 'upcoming')
      refuse(
        BilanRefusal.notStarted,
        `Les outils du bilan ouvrent le ${dateFr(details.startsAt)} : vous pourrez alors compléter vos volets.`,
      );
    if (details.stage !== 'in_progress')
      refuse(BilanRefusal.locked, 'Le plan d’action a été envoyé : le bilan ne peut plus être modifié.');
  };
  const requireProvider = (actor: Actor) => {
    if (!actor.roles.includes('provider'))
      refuse(BilanRefusal.notProvider, 'Seul·e l’accueillant·e peut transmettre son bilan.');
  };

  /** Review tasks run beside the main line; each one is watched for its own due date. */
  const watchers: Promise<unknown>[] = [];
  const watch = (task: TaskSnapshot) => {
    watchers.push(
      tasks.closed(task.id, async (late) => {
        await record.notifyOverdue(late, 'team');
      }),
    );
  };

  const volet1Review = {
    key: 'volet1-review',
    kind: TASK_KINDS.volet1Review,
    title: 'Lire et commenter le volet 1',
  };
  const volet2Review = {
    key: 'volet2-review',
    kind: TASK_KINDS.volet2Review,
    title: 'Lire et commenter le volet 2',
  };

  setHandler(
    shareVolet,
    async ({ volet }) => {
      const first = volet === 'volet1' ? details.volet1SharedAt === null : details.volet2SharedAt === null;
      if (!first) return record.snapshot; // access already given: the agent reads the current content
      const now = new Date().toISOString();
      if (volet === 'volet1') details.volet1SharedAt = now;
      else details.volet2SharedAt = now;
      await record.update();
      const spec = volet === 'volet1' ? volet1Review : volet2Review;
      const task = await tasks.open({
        ...spec,
        candidateRole: 'agent_conseil',
        dueIn: input.settings.reviewDue,
      });
      watch(task);
      await record.notifyRole(
        'agent_conseil',
        `${input.caseId}:${volet}-shared`,
        `${input.provider.displayName} vous donne accès au ${VOLET_LABELS[volet].split(' :')[0].toLowerCase()} de son bilan « ${input.campaign.title} ».`,
      );
      return record.snapshot;
    },
    {
      validator: ({ actor }) => {
        requireProvider(actor);
        requireInProgress();
      },
    },
  );

  let planSent = false;
  setHandler(
    sendPlan,
    async () => {
      if (planSent) return record.snapshot;
      planSent = true;
      details.planSentAt = new Date().toISOString();
      details.stage = 'plan_sent';
      return record.update();
    },
    {
      validator: ({ actor }) => {
        requireProvider(actor);
        if (planSent) return; // the same plan sent twice: answered with the current state
        requireInProgress();
      },
    },
  );

  let deadlineVersion = 0;
  setHandler(
    extendDeadline,
    async ({ actor, deadline, reason }) => {
      details.extensions.push({
        from: details.deadline,
        to: deadline,
        reason: reason.trim(),
        by: { id: actor.id, displayName: actor.displayName },
        at: new Date().toISOString(),
      });
      details.deadline = deadline;
      deadlineVersion += 1;
      await record.update();
      await record.notifyProvider(
        `${input.caseId}:extension:${deadlineVersion}`,
        `Votre agent conseil a prolongé le délai de votre plan d’action jusqu’au ${dateFr(deadline)}. Motif : ${reason.trim()}`,
      );
      return record.snapshot;
    },
    {
      validator: ({ actor, deadline, reason }) => {
        if (!actor.roles.includes('agent_conseil'))
          refuse(BilanRefusal.invalidExtension, 'Seul·e l’agent conseil peut prolonger le délai.');
        if (details.stage === 'plan_sent' || details.stage === 'closed')
          refuse(
            BilanRefusal.locked,
            'Le plan d’action a déjà été envoyé : il n’y a plus de délai à prolonger.',
          );
        const problems: FieldProblem[] = [];
        const at = Date.parse(deadline);
        if (!Number.isFinite(at) || at <= Date.parse(details.deadline) || at <= Date.now())
          problems.push({
            path: 'deadline',
            message: `Choisissez une date postérieure au délai actuel (${dateFr(details.deadline)}) et à aujourd’hui`,
          });
        if (typeof reason !== 'string' || reason.trim() === '')
          problems.push({ path: 'reason', message: 'Indiquez le motif de la prolongation' });
        else if (reason.length > REASON_MAX_LENGTH)
          problems.push({
            path: 'reason',
            message: `Ce texte ne peut dépasser ${REASON_MAX_LENGTH} caractères`,
          });
        if (problems.length)
          refuse(BilanRefusal.invalidExtension, 'La prolongation ne peut pas être enregistrée.', problems);
      },
    },
  );

  await record.register();

  // « À venir »: the documentation is readable, the tools open by themselves on the start date.
  const untilStart = Date.parse(input.startsAt) - Date.now();
  if (untilStart > 0) await condition(() => false, untilStart);
  details.stage = 'in_progress' satisfies Stage;
  await record.update();
  await record.notifyProvider(
    `${input.caseId}:started`,
    `Votre bilan « ${input.campaign.title} » est ouvert : complétez vos volets et envoyez votre plan d’action au plus tard le ${dateFr(details.deadline)}.`,
  );

  // Until the plan arrives: reminders before the deadline, an escalation after it. An extension
  // moves the deadline; the loop then waits for the new one, with its own reminders.
  const offsets = input.settings.reminderOffsets.map((o) => msToNumber(o)).sort((a, b) => b - a);
  const reminded = new Set<string>();
  let followUp: TaskSnapshot | null = null;
  let escalations = 0;
  while (!planSent) {
    const deadlineMs = Date.parse(details.deadline);
    const version = deadlineVersion;
    const nextReminder = offsets
      .map((offset) => ({ offset, at: deadlineMs - offset }))
      .find(({ offset, at }) => !reminded.has(`${version}:${offset}`) && at > Date.now());
    if (nextReminder) {
      const changed = await condition(
        () => planSent || deadlineVersion !== version,
        Math.max(0, nextReminder.at - Date.now()),
      );
      if (changed) continue;
      reminded.add(`${version}:${nextReminder.offset}`);
      details.remindersSent += 1;
      await record.update();
      await record.notifyProvider(
        `${input.caseId}:reminder:${version}:${nextReminder.offset}`,
        `Rappel : votre plan d’action du bilan « ${input.campaign.title} » est attendu au plus tard le ${dateFr(details.deadline)}.`,
      );
      continue;
    }
    if (followUp === null && deadlineMs > Date.now()) {
      const changed = await condition(() => planSent || deadlineVersion !== version, deadlineMs - Date.now());
      if (changed) continue;
    }
    if (followUp === null) {
      escalations += 1;
      followUp = await tasks.open({
        key: `plan-overdue-${escalations}`,
        kind: TASK_KINDS.planOverdue,
        title: 'Plan d’action non reçu : contacter l’accueillant·e',
        candidateRole: 'agent_conseil',
        dueIn: input.settings.overdueFollowUpDue,
      });
      watch(followUp);
      await record.notifyProvider(
        `${input.caseId}:overdue:${escalations}:provider`,
        `Le délai d’envoi de votre plan d’action (${dateFr(details.deadline)}) est dépassé. Votre agent conseil va prendre contact avec vous.`,
      );
      await record.notifyRole(
        'agent_conseil',
        `${input.caseId}:overdue:${escalations}:agent`,
        `Plan d’action non reçu : ${input.provider.displayName} (${input.provider.subregionName}), bilan « ${input.campaign.title} ».`,
      );
    }
    await condition(() => planSent || deadlineVersion !== version);
    // The plan arrived or the deadline moved: the follow-up has no object any more.
    if (followUp && followUp.status === 'open') {
      await tasks.cancel(followUp.id, planSent ? 'Plan d’action reçu' : 'Délai prolongé');
    }
    followUp = null;
  }

  // Plan d'action sent: the agent conseil reviews it and closes the bilan.
  await record.notifyRole(
    'agent_conseil',
    `${input.caseId}:plan-sent`,
    `${input.provider.displayName} a envoyé son plan d’action (bilan « ${input.campaign.title} »).`,
  );
  const review = await tasks.open({
    key: 'plan-review',
    kind: TASK_KINDS.planReview,
    title: 'Examiner le plan d’action et clôturer le bilan',
    candidateRole: 'agent_conseil',
    dueIn: input.settings.reviewDue,
  });
  const done = await tasks.closed(review.id, async (late) => {
    await record.notifyOverdue(late, 'supervisor');
  });

  // Reviews not done by now are moot: the bilan is closed.
  for (const task of tasks.all()) {
    if (task.status === 'open') await tasks.cancel(task.id, 'Bilan clôturé');
  }
  await Promise.all(watchers);

  details.stage = 'closed';
  await record.close({
    closedBy: done.completedBy,
    comment: (done.outcome?.comment as string | null) ?? null,
  });
  await record.notifyProvider(
    `${input.caseId}:closed`,
    `Votre bilan « ${input.campaign.title} » est clôturé par votre agent conseil.`,
  );

  await condition(allHandlersFinished);
  return record.snapshot;
}
