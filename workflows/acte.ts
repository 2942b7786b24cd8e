import {
  allHandlersFinished,
  condition,
  continueAsNew,
  defineSignal,
  defineUpdate,
  getExternalWorkflowHandle,
  log,
  setHandler,
} from '@temporalio/workflow';
import type { SignalDefinition, UpdateDefinition } from '@temporalio/common';
import { msToNumber } from '@temporalio/common/lib/time';
import type { CaseSnapshot, TaskSnapshot } from '../activities/read-model';
import {
  ACTE,
  ACTE_QUESTION,
  PAYMENT_TASK_KIND,
  PAYMENT_TASK_TITLE,
  PLAN_TASK_KIND,
  PLAN_TASK_TITLE,
  QUESTION_TASK_KIND,
  QUESTION_TASK_TITLE,
  addPeriod,
  euros,
  type ActeDurations,
  type AnswerOutcome,
  type PaymentStatus,
  type PlanOutcome,
  type PlanStatus,
  type QuestionDurations,
} from '../common/acte';
import { ACTE_REFUSED } from '../common/procedures/acte';
import { dateFr } from '../common/bilan';
import { CaseRecord, refuse } from './case-record';
import { readModel } from './activity-presets';

/**
 * ACTE (DOMAIN.md procedure 6): one case per provider, from the signed charter on, one run per
 * year of the scheme (continue-as-new at each anniversary, so a history never grows without
 * end). Each year: eligibility is checked again, the subsidy (125 € × authorised places) is due
 * within three months and waits for validated bank details — with warnings before the deadline
 * and an escalation after it, never silence —, the ecological action plan goes to the ACTE team,
 * and reminders come during the year. The workflow carries ids and amounts only: the bank
 * details stay in PostgreSQL and reach the transfer file inside an activity.
 */
export interface ActeInput {
  caseId: string;
  /** The idempotency key of the signature request (update-with-start). */
  requestKey: string;
  provider: { id: string; displayName: string };
  signedBy: { id: string; displayName: string };
  signedAt: string;
  /** 1 for the year of the signature, then 2, 3… */
  year: number;
  /** When this year of the scheme starts: the signature, then each anniversary. */
  yearStart: string;
  durations: ActeDurations;
  /** Earlier years, in a few words each, so a later run still shows them. */
  previousYears: YearSummary[];
  /** The previous year's plan, to review one year later. */
  pendingReview: { year: number } | null;
  /** The read model's version, carried across runs: it only keeps a newer snapshot. */
  version: number;
}

export interface YearSummary {
  year: number;
  yearStart: string;
  eligible: boolean;
  ineligibleReason: string | null;
  amountCents: number | null;
  paidOn: string | null;
  planStatus: PlanStatus;
  reviewed: boolean;
}

export interface PaymentState {
  id: string;
  places: number;
  amountCents: number;
  dueAt: string;
  status: PaymentStatus;
  paidOn: string | null;
  batchId: string | null;
}

export interface ActeDetails {
  year: number;
  yearStart: string;
  yearEnd: string;
  signedAt: string;
  eligible: boolean;
  ineligibleReason: string | null;
  payment: PaymentState | null;
  /** Why the payment may miss its deadline; null when on track. */
  atRisk: string | null;
  /** The deadline passed unpaid. */
  escalated: boolean;
  plan: { status: PlanStatus; comment: string | null; submittedAt: string | null; decidedAt: string | null };
  pendingReview: { year: number } | null;
  previousYears: YearSummary[];
}

export interface ConfirmCharterInput {
  requestKey: string;
}
export interface PlanStepInput {
  requestKey: string;
  year: number;
  actor: { id: string; displayName: string };
}
export interface PaymentReleasedInput {
  paymentId: string;
  batchId: string;
  executionDate: string;
  releasedBy: { id: string; displayName: string };
}

/** Sent with the signature (update-with-start); answers once the case is on record. */
export const confirmCharter: UpdateDefinition<CaseSnapshot, [ConfirmCharterInput]> =
  defineUpdate('confirmCharter');
/** The provider sends the year's action plan (first time, or after changes were asked). */
export const submitPlan: UpdateDefinition<CaseSnapshot, [PlanStepInput]> = defineUpdate('submitPlan');
/** The provider sends the review of last year's plan. */
export const submitReview: UpdateDefinition<CaseSnapshot, [PlanStepInput]> = defineUpdate('submitReview');
/** A batch of transfers that includes this year's subsidy was released. */
export const paymentReleased: SignalDefinition<[PaymentReleasedInput]> = defineSignal('paymentReleased');
/** The provider's bank details were just validated (sent by their validation case). */
export const bankDetailsApproved: SignalDefinition<[]> = defineSignal('bankDetailsApproved');
export function acteWorkflowId(providerId: string): string {
  return `acte-${providerId}`;
}

function refuseStep(message: string): never {
  return refuse(ACTE_REFUSED, message);
}

export async function acteWorkflow(input: ActeInput): Promise<CaseSnapshot> {
  const d = input.durations;
  const yearEnd = addPeriod(input.yearStart, d.year).toISOString();
  const details: ActeDetails = {
    year: input.year,
    yearStart: input.yearStart,
    yearEnd,
    signedAt: input.signedAt,
    eligible: true,
    ineligibleReason: null,
    payment: null,
    atRisk: null,
    escalated: false,
    plan: { status: 'none', comment: null, submittedAt: null, decidedAt: null },
    pendingReview: input.pendingReview,
    previousYears: input.previousYears,
  };
  const record = new CaseRecord({
    caseId: input.caseId,
    procedure: ACTE,
    provider: input.provider,
    openedBy: input.signedBy.id,
    openedAt: input.signedAt,
    version: input.version,
    details: () => JSON.parse(JSON.stringify(details)) as Record<string, unknown>,
  });
  const tasks = record.tasks;
  let yearOver = false;
  let reviewed = false;
  const releases = new Map<string, PaymentReleasedInput>();

  // Signing again changes nothing: the answer is the case as it stands.
  record.confirmWith(confirmCharter);
  const seenSteps = new Set<string>();
  setHandler(
    submitPlan,
    async (s) => {
      if (seenSteps.has(s.requestKey)) return record.snapshot;
      seenSteps.add(s.requestKey);
      await readModel.setActePlanStatus({ providerId: input.provider.id, year: s.year, status: 'submitted' });
      details.plan = { ...details.plan, status: 'submitted', submittedAt: new Date().toISOString() };
      await record.update();
      return record.snapshot;
    },
    {
      validator: (s) => {
        if (seenSteps.has(s.requestKey)) return;
        if (!record.isRegistered) refuseStep('Le dossier ACTE s’ouvre : réessayez dans un instant.');
        if (s.year !== input.year) refuseStep('Ce plan n’est pas celui de l’année en cours.');
        if (!details.eligible)
          refuseStep('Votre milieu d’accueil ne remplit plus les conditions cette année.');
        if (details.plan.status === 'submitted') refuseStep('Votre plan est déjà chez l’équipe ACTE.');
        if (details.plan.status === 'validated') refuseStep('Votre plan de cette année est déjà validé.');
      },
    },
  );
  setHandler(
    submitReview,
    async (s) => {
      if (seenSteps.has(s.requestKey)) return record.snapshot;
      seenSteps.add(s.requestKey);
      await readModel.markActePlanReviewed({ providerId: input.provider.id, year: s.year });
      details.pendingReview = null;
      reviewed = true;
      await record.update();
      await record.notifyRole(
        'equipe_acte',
        `${input.caseId}:review-${s.year}`,
        `${input.provider.displayName} a fait le point sur son plan d’action écologique de l’année ${s.year}.`,
      );
      return record.snapshot;
    },
    {
      validator: (s) => {
        if (seenSteps.has(s.requestKey)) return;
        if (!details.pendingReview || details.pendingReview.year !== s.year)
          refuseStep('Aucun bilan de plan n’est attendu pour cette année.');
      },
    },
  );
  setHandler(paymentReleased, (r) => {
    releases.set(r.paymentId, r);
  });
  let bankNews = 0;
  setHandler(bankDetailsApproved, () => {
    bankNews += 1;
  });

  if (input.year === 1) {
    await readModel.recordCharter({
      providerId: input.provider.id,
      caseId: input.caseId,
      signedAt: input.signedAt,
      signedBy: input.signedBy.id,
    });
  }
  const facts = await readModel.acteYearFacts({ providerId: input.provider.id });
  details.eligible = facts.eligible;
  details.ineligibleReason = facts.reason;
  await record.register({ asChange: true });

  if (input.year === 1) {
    await record.notifyRole(
      'equipe_acte',
      `${input.caseId}:signed`,
      `${input.provider.displayName} a signé la charte ACTE.`,
    );
  } else {
    await record.notifyProvider(
      `${input.caseId}:year-${input.year}`,
      details.eligible
        ? `Une nouvelle année commence dans le dispositif ACTE : créez votre plan d’action et faites le point sur celui de l’an dernier.`
        : `Cette année, votre milieu d’accueil ne reçoit pas le subside ACTE. ${details.ineligibleReason ?? ''}`,
    );
  }
  if (facts.authorisationWithdrawn) {
    // No place, no scheme: the case ends, its years stay on record.
    await record.close({ decision: 'ended', comment: details.ineligibleReason });
    await condition(allHandlersFinished);
    return record.snapshot;
  }

  /** This year's subsidy: registered once, paid when bank details are validated, never late in silence. */
  async function payment(): Promise<void> {
    if (!details.eligible || !facts.places) return;
    const dueAt = addPeriod(input.yearStart, d.paymentDeadline);
    const warnAt = new Date(dueAt.getTime() - msToNumber(d.paymentWarning));
    const registered = await readModel.registerActePayment({
      providerId: input.provider.id,
      caseId: input.caseId,
      year: input.year,
      places: facts.places,
      dueAt: dueAt.toISOString(),
    });
    details.payment = {
      id: registered.paymentId,
      places: facts.places,
      amountCents: registered.amountCents,
      dueAt: dueAt.toISOString(),
      status: registered.status,
      paidOn: null,
      batchId: null,
    };
    await record.update();
    const task = await tasks.open({
      key: `payment-${input.year}`,
      kind: PAYMENT_TASK_KIND,
      title: PAYMENT_TASK_TITLE,
      candidateRole: 'agent_subsides',
      dueIn: Math.max(1000, dueAt.getTime() - Date.now()),
    });
    const amount = euros(registered.amountCents);
    let warned = false;
    const checkEvery = msToNumber(d.bankDetailsCheck);
    for (;;) {
      const p = details.payment;
      const release = releases.get(p.id);
      if (release) {
        p.status = 'released';
        p.paidOn = release.executionDate;
        p.batchId = release.batchId;
        details.atRisk = null;
        await tasks.settle(task.id, release.releasedBy, {
          decision: 'paid',
          comment: `Lot de paiements du ${release.executionDate}`,
        });
        await record.update();
        await record.notifyProvider(
          `${input.caseId}:paid-${input.year}`,
          `Votre subside ACTE de ${amount} est versé : il apparaît dans « Mes subsides ».`,
        );
        return;
      }
      if (p.status === 'waiting_bank_details') {
        const checked = await readModel.attachApprovedBankDetails({ paymentId: p.id });
        if (checked.status !== p.status) {
          p.status = checked.status;
          if (details.atRisk && p.status === 'ready')
            details.atRisk = 'Le lot de paiements n’est pas encore libéré';
          await record.update();
        }
      }
      const now = Date.now();
      if (!warned && now >= warnAt.getTime()) {
        warned = true;
        const noBank = p.status === 'waiting_bank_details';
        details.atRisk = noBank
          ? 'Aucune coordonnée bancaire validée'
          : 'Le lot de paiements n’est pas encore libéré';
        await record.update();
        if (noBank)
          await record.notifyProvider(
            `${input.caseId}:bank-warning-${input.year}`,
            `Pour recevoir votre subside ACTE de ${amount} au plus tard le ${dateFr(p.dueAt)}, ajoutez vos coordonnées bancaires et votre relevé d’identité bancaire dans « Signalétique » : l’ONE doit les valider avant de payer.`,
          );
        await record.notifyRole(
          'agent_subsides',
          `${input.caseId}:warning-${input.year}`,
          noBank
            ? `Subside ACTE de ${input.provider.displayName} (${amount}) à verser au plus tard le ${dateFr(p.dueAt)} : aucune coordonnée bancaire validée.`
            : `Subside ACTE de ${input.provider.displayName} (${amount}) à verser au plus tard le ${dateFr(p.dueAt)} : libérez le lot de paiements.`,
        );
        await record.notifyRole(
          'supervisor',
          `${input.caseId}:warning-${input.year}:supervisor`,
          `Subside ACTE à risque pour ${input.provider.displayName} : ${details.atRisk.toLowerCase()} (échéance le ${dateFr(p.dueAt)}).`,
        );
        continue;
      }
      if (!details.escalated && now >= dueAt.getTime()) {
        details.escalated = true;
        await tasks.escalate(task.id);
        await record.update();
        await record.notifyRole(
          'supervisor',
          `${input.caseId}:overdue-${input.year}:supervisor`,
          `Délai dépassé : le subside ACTE de ${input.provider.displayName} (${amount}) devait être versé le ${dateFr(p.dueAt)}.`,
        );
        await record.notifyRole(
          'agent_subsides',
          `${input.caseId}:overdue-${input.year}`,
          `Délai dépassé : versez le subside ACTE de ${input.provider.displayName} (${amount}) dès que possible.`,
        );
        await record.notifyProvider(
          `${input.caseId}:overdue-${input.year}:provider`,
          p.status === 'waiting_bank_details'
            ? `Votre subside ACTE n’a pas pu être versé : l’ONE n’a pas de coordonnées bancaires validées. Ajoutez-les dans « Signalétique » ; le versement suivra leur validation.`
            : `Le versement de votre subside ACTE a pris du retard : l’ONE s’en occupe.`,
        );
        continue;
      }
      const wakes = [
        !warned ? warnAt.getTime() : Infinity,
        !details.escalated ? dueAt.getTime() : Infinity,
        p.status === 'waiting_bank_details' ? now + checkEvery : Infinity,
      ];
      const next = Math.min(...wakes);
      const seen = bankNews;
      const wake = () => releases.has(p.id) || (p.status === 'waiting_bank_details' && bankNews !== seen);
      if (next === Infinity) await condition(wake);
      else await condition(wake, Math.max(1, next - now));
    }
  }

  /** The year's action plan: each submission goes to the ACTE team, until it is validated. */
  async function planReviews(): Promise<void> {
    // The plan sent again goes back to the member of the team who asked for the changes.
    let asked: TaskSnapshot | null = null;
    for (let round = 1; ; round++) {
      await condition(() => details.plan.status === 'submitted' || yearOver);
      if (details.plan.status !== 'submitted') return;
      await record.notifyProvider(
        `${input.caseId}:plan-${input.year}-${round}:received`,
        'L’équipe ACTE a bien reçu votre plan d’action écologique. Elle l’examine et vous répond ici.',
      );
      const task = await tasks.open({
        key: `plan-${input.year}-${round}`,
        kind: PLAN_TASK_KIND,
        title: PLAN_TASK_TITLE,
        candidateRole: 'equipe_acte',
        dueIn: d.planReview,
        ...(asked
          ? {
              backTo: {
                task: asked,
                reason: `${input.provider.displayName} a envoyé son plan d’action modifié.`,
              },
            }
          : {}),
      });
      await tasks.closed(task.id, async (late) => {
        await record.notifyOverdue(
          late,
          'supervisor',
          `Délai dépassé : le plan d’action écologique de ${input.provider.displayName} n’a pas été examiné à temps.`,
        );
      });
      const outcome = task.outcome as unknown as PlanOutcome;
      await readModel.setActePlanStatus({
        providerId: input.provider.id,
        year: input.year,
        status: outcome.decision,
        comment: outcome.comment,
      });
      details.plan = {
        ...details.plan,
        status: outcome.decision,
        comment: outcome.comment,
        decidedAt: task.completedAt,
      };
      await record.update();
      await record.notifyProvider(
        `${task.id}:decision`,
        outcome.decision === 'validated'
          ? `L’équipe ACTE a validé votre plan d’action écologique.${outcome.comment ? ` ${outcome.comment}` : ''}`
          : `L’équipe ACTE vous demande de modifier votre plan d’action écologique : ${outcome.comment ?? ''}`,
      );
      if (outcome.decision === 'validated') return;
      asked = task;
    }
  }

  /** Reminders during the year: to build the plan, then to follow it. */
  async function reminders(): Promise<void> {
    const end = Date.parse(yearEnd);
    for (const [n, offset] of d.reminders.entries()) {
      const at = addPeriod(input.yearStart, offset).getTime();
      if (at >= end) return;
      if (await condition(() => yearOver, Math.max(1, at - Date.now()))) return;
      const status = details.plan.status;
      await record.notifyProvider(
        `${input.caseId}:reminder-${input.year}-${n + 1}`,
        status === 'none' || status === 'changes_requested'
          ? 'Rappel ACTE : créez votre plan d’action écologique et envoyez-le à l’équipe ACTE.'
          : `Rappel ACTE : où en sont les actions de votre plan ? Dans un an, vous ferez le point avec l’équipe ACTE (le ${dateFr(yearEnd)}).`,
      );
    }
  }

  const work = Promise.all([payment(), planReviews(), reminders()]);
  await condition(() => false, Math.max(1, Date.parse(yearEnd) - Date.now()));
  yearOver = true;
  // The year's promises are kept before the next one starts: an unpaid subsidy or a plan under
  // examination holds the year open (escalated, visible), it is never dropped.
  await work;
  await condition(allHandlersFinished);

  const summary: YearSummary = {
    year: input.year,
    yearStart: input.yearStart,
    eligible: details.eligible,
    ineligibleReason: details.ineligibleReason,
    amountCents: details.payment?.amountCents ?? null,
    paidOn: details.payment?.paidOn ?? null,
    planStatus: details.plan.status,
    reviewed: input.pendingReview === null || reviewed,
  };
  log.info('ACTE year ends', { year: input.year, paid: details.payment?.status === 'released' });
  return await continueAsNew<typeof acteWorkflow>({
    ...input,
    year: input.year + 1,
    yearStart: yearEnd,
    previousYears: [...input.previousYears, summary].slice(-20),
    pendingReview: details.plan.status === 'none' ? null : { year: input.year },
    version: record.snapshot.version + 1,
  });
}

/**
 * A batch of SEPA transfers, released by an agent subsides: an activity builds the file once for
 * the batch (its id is the idempotency key; each payment's key is its EndToEndId), then each
 * ACTE case hears that its subsidy is paid.
 */
export interface PaymentBatchInput {
  batchId: string;
  executionDate: string;
  releasedBy: { id: string; displayName: string };
}
export interface PaymentBatchResult {
  batchId: string;
  count: number;
  totalCents: number;
  payments: Array<{ paymentId: string; providerId: string; caseId: string; scheme: string }>;
}

export function paymentBatchWorkflowId(batchId: string): string {
  return `payment-batch-${batchId}`;
}

export async function paymentBatchWorkflow(input: PaymentBatchInput): Promise<PaymentBatchResult> {
  const batch = await readModel.assemblePaymentBatch(input);
  for (const p of batch.payments) {
    try {
      await getExternalWorkflowHandle(acteWorkflowId(p.providerId)).signal(paymentReleased, {
        paymentId: p.paymentId,
        batchId: batch.batchId,
        executionDate: input.executionDate,
        releasedBy: input.releasedBy,
      });
    } catch (err) {
      // The payment is in the file whatever happens; its case is told when it runs again.
      log.warn('ACTE case not reachable', { paymentId: p.paymentId, error: String(err) });
    }
  }
  return batch;
}

/**
 * A question to the ACTE team (the form under the FAQ): a task for the team; the answer reaches
 * the provider in a notification and in « Mes demandes ».
 */
export interface ActeQuestionInput {
  caseId: string;
  requestKey: string;
  provider: { id: string; displayName: string };
  askedBy: { id: string; displayName: string };
  question: string;
  durations: QuestionDurations;
}
export const confirmQuestion: UpdateDefinition<CaseSnapshot, [{ requestKey: string }]> =
  defineUpdate('confirmQuestion');

export function acteQuestionWorkflowId(providerId: string, caseId: string): string {
  return `acte-question-${providerId}-${caseId}`;
}

export async function acteQuestionWorkflow(input: ActeQuestionInput): Promise<CaseSnapshot> {
  const details: { question: string; answer: string | null; answeredAt: string | null } = {
    question: input.question,
    answer: null,
    answeredAt: null,
  };
  const record = new CaseRecord({
    caseId: input.caseId,
    procedure: ACTE_QUESTION,
    provider: input.provider,
    openedBy: input.askedBy.id,
    details: () => ({ ...details }),
  });
  record.confirmWith(confirmQuestion);

  await record.register();
  const task = await record.tasks.open({
    key: 'answer',
    kind: QUESTION_TASK_KIND,
    title: QUESTION_TASK_TITLE,
    candidateRole: 'equipe_acte',
    dueIn: input.durations.answer,
  });
  await record.notifyRole(
    'equipe_acte',
    `${input.caseId}:team-notified`,
    `Nouvelle question ACTE de ${input.provider.displayName}.`,
  );
  await record.tasks.closed(task.id, async (late) => {
    await record.notifyOverdue(
      late,
      'supervisor',
      `Délai dépassé : la question ACTE de ${input.provider.displayName} attend toujours sa réponse.`,
    );
  });
  const outcome = task.outcome as unknown as AnswerOutcome;
  details.answer = outcome.comment;
  details.answeredAt = task.completedAt;
  await record.notifyProvider(
    `${input.caseId}:answered`,
    `L’équipe ACTE a répondu à votre question : ${outcome.comment ?? ''}`,
  );
  await record.close({ decision: 'answered', comment: outcome.comment });
  await condition(allHandlersFinished);
  return record.snapshot;
}
