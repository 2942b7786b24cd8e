import type { Knex } from 'knex';
import {
  ACTE,
  ACTE_AMOUNT_PER_PLACE_CENTS,
  ACTE_SCHEME,
  PAYMENT_STATUS_LABELS,
  PLAN_STATUS_LABELS,
  acteAmountCents,
  schemeYearLabel,
  type PaymentStatus,
  type PlanStatus,
} from '../common/acte';
import {
  DIAGNOSIS_VALUES,
  REVIEW_STATUSES,
  STATE_OF_PLAY_MAX,
  emptyPlan,
  isActionId,
  isQuestionId,
  type PlanContentValue,
} from '../common/acte-plan';
import { ACTE_AXIS_IDS } from '../common/acte-content';
import { acteFacts } from '../activities/acte';
import type { ActeDetails } from '../workflows/acte';
import { registry, z } from './define-route';
import { dayOf, isoOrNull as iso } from './rows';

/**
 * What the ACTE routes share (seed chapters 14 and 11): the provider's ACTE page as it reads,
 * the plan's schemas, and a subsidy payment as « Mes subsides » and « Paiements » show it.
 */

type Row = Record<string, unknown>;

/** A plan as drafted: anything may still be missing, but nothing may be unknown. */
export const PlanContent = z
  .object({
    stateOfPlay: z.string().max(STATE_OF_PLAY_MAX),
    themes: z.array(z.enum(ACTE_AXIS_IDS)).max(ACTE_AXIS_IDS.length),
    diagnosis: z.record(
      z.string().refine(isQuestionId, { message: 'Question inconnue' }),
      z.enum(DIAGNOSIS_VALUES),
    ),
    actions: z
      .array(z.string().refine(isActionId, { message: 'Action inconnue du catalogue' }))
      .max(200)
      .refine((a) => new Set(a).size === a.length, { message: 'Une action est choisie deux fois' }),
  })
  .strict()
  .openapi('ActePlan');

export const PlanReview = z
  .object({
    actions: z.record(z.string().max(50), z.enum(REVIEW_STATUSES)),
    comment: z.string().trim().max(2000).nullable(),
  })
  .strict()
  .openapi('ActePlanReviewContent');
// Registered before the routes use them: zod-to-openapi would otherwise make the component of the
// first use it meets, `.nullable()`, and every reference to it would read as nullable.
registry.register('ActePlanReviewContent', PlanReview);

export const PaymentView = z
  .object({
    id: z.string(),
    scheme: z.string(),
    label: z.string(),
    year: z.number(),
    places: z.number(),
    amountCents: z.number(),
    status: z.enum(['waiting_bank_details', 'ready', 'released']),
    statusLabel: z.string(),
    dueAt: z.string(),
    paidOn: z.string().nullable(),
    overdue: z.boolean(),
  })
  .openapi('SubsidyPayment');
registry.register('SubsidyPayment', PaymentView);

const PlanView = z.object({
  year: z.number(),
  status: z.enum(['none', 'draft', 'submitted', 'changes_requested', 'validated']),
  statusLabel: z.string(),
  content: PlanContent,
  comment: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  editable: z.boolean(),
});

export const ActeView = z
  .object({
    provider: z.object({ id: z.string(), displayName: z.string() }),
    eligibility: z.object({ eligible: z.boolean(), reason: z.string().nullable() }),
    places: z.number().nullable(),
    amountPerPlaceCents: z.number(),
    expectedAmountCents: z.number().nullable(),
    charter: z.object({ signedAt: z.string(), signedBy: z.string() }).nullable(),
    caseId: z.string().nullable(),
    caseStatus: z.enum(['open', 'closed']).nullable(),
    year: z.object({ number: z.number(), label: z.string(), start: z.string(), end: z.string() }).nullable(),
    payment: PaymentView.nullable(),
    /** Whether validated bank details exist (what a waiting subsidy needs); never the account. */
    bankDetails: z.enum(['approved', 'pending', 'missing']),
    atRisk: z.string().nullable(),
    escalated: z.boolean(),
    plan: PlanView.nullable(),
    review: z
      .object({ year: z.number(), plan: PlanContent, done: z.boolean(), review: PlanReview.nullable() })
      .nullable(),
    previousYears: z.array(
      z.object({
        year: z.number(),
        label: z.string(),
        eligible: z.boolean(),
        amountCents: z.number().nullable(),
        paidOn: z.string().nullable(),
        planStatus: z.string(),
        planStatusLabel: z.string(),
      }),
    ),
    canSign: z.boolean(),
    canAct: z.boolean(),
  })
  .openapi('Acte');
export type ActeView = z.infer<typeof ActeView>;

export function paymentView(p: Row): z.infer<typeof PaymentView> {
  const status = p.status as PaymentStatus;
  const dueAt = iso(p.dueAt)!;
  return {
    id: String(p.id),
    scheme: String(p.scheme),
    label: `Subside ACTE – année ${String(p.year)}`,
    year: Number(p.year),
    places: Number(p.places),
    amountCents: Number(p.amountCents),
    status,
    statusLabel: PAYMENT_STATUS_LABELS[status],
    dueAt,
    paidOn: dayOf(p.paidOn),
    overdue: status !== 'released' && Date.parse(dueAt) < Date.now(),
  };
}

/** Whether the provider has validated bank details, or some waiting for validation. */
export async function bankDetailsStatus(
  db: Knex,
  providerId: string,
): Promise<'approved' | 'pending' | 'missing'> {
  const rows = (await db('bank_details')
    .where({ providerId })
    .whereIn('status', ['approved', 'pending'])
    .select('status')) as Array<{ status: string }>;
  if (rows.some((r) => r.status === 'approved')) return 'approved';
  return rows.length ? 'pending' : 'missing';
}

/** The provider's ACTE page; `mayAct`: she may sign, draft and send (herself). */
export async function acteView(db: Knex, providerId: string, row: Row, mayAct: boolean): Promise<ActeView> {
  const [facts, charter, caseRow, plans, payments, bankDetails] = await Promise.all([
    acteFacts(db, providerId),
    db('acte_charters as c')
      .join('users as u', 'u.id', 'c.signed_by')
      .where('c.provider_id', providerId)
      .first('c.signed_at', 'u.display_name'),
    db('cases').where({ providerId, procedure: ACTE }).first(),
    db('acte_plans').where({ providerId }).orderBy('year', 'desc').limit(2),
    db('subsidy_payments').where({ providerId, scheme: ACTE_SCHEME }).orderBy('year', 'desc'),
    bankDetailsStatus(db, providerId),
  ]);
  const d = (caseRow?.details ?? null) as ActeDetails | null;
  const planRow = d ? (plans as Row[]).find((p) => Number(p.year) === d.year) : undefined;
  const planStatus: PlanStatus = (planRow?.status as PlanStatus | undefined) ?? 'none';
  const reviewYear = d?.pendingReview?.year ?? null;
  const reviewRow =
    reviewYear !== null ? (plans as Row[]).find((p) => Number(p.year) === reviewYear) : undefined;
  const payment = d ? (payments as Row[]).find((p) => Number(p.year) === d.year) : undefined;
  const open = caseRow?.status === 'open';
  return {
    provider: { id: providerId, displayName: `${String(row.firstName)} ${String(row.lastName)}` },
    eligibility: { eligible: facts.eligible, reason: facts.reason },
    places: facts.places,
    amountPerPlaceCents: ACTE_AMOUNT_PER_PLACE_CENTS,
    expectedAmountCents: facts.places ? acteAmountCents(facts.places) : null,
    charter: charter ? { signedAt: iso(charter.signedAt)!, signedBy: String(charter.displayName) } : null,
    caseId: caseRow ? String(caseRow.id) : null,
    caseStatus: caseRow ? (caseRow.status as 'open' | 'closed') : null,
    year: d
      ? { number: d.year, label: schemeYearLabel(d.yearStart), start: d.yearStart, end: d.yearEnd }
      : null,
    payment: payment ? paymentView(payment) : null,
    bankDetails,
    atRisk: open ? (d?.atRisk ?? null) : null,
    escalated: Boolean(open && d?.escalated),
    plan: d
      ? {
          year: d.year,
          status: planStatus,
          statusLabel: PLAN_STATUS_LABELS[planStatus],
          content: (planRow?.content as PlanContentValue | undefined) ?? emptyPlan(),
          comment: (planRow?.comment as string | null | undefined) ?? null,
          submittedAt: iso(planRow?.submittedAt),
          decidedAt: iso(planRow?.decidedAt),
          editable:
            mayAct && open && d.eligible && ['none', 'draft', 'changes_requested'].includes(planStatus),
        }
      : null,
    review:
      reviewYear !== null && reviewRow
        ? {
            year: reviewYear,
            plan: reviewRow.content as PlanContentValue,
            done: Boolean(reviewRow.reviewedAt),
            review: (reviewRow.review as z.infer<typeof PlanReview> | null) ?? null,
          }
        : null,
    previousYears: (d?.previousYears ?? []).map((y) => ({
      year: y.year,
      label: schemeYearLabel(y.yearStart),
      eligible: y.eligible,
      amountCents: y.amountCents,
      paidOn: y.paidOn,
      planStatus: y.planStatus,
      planStatusLabel: PLAN_STATUS_LABELS[y.planStatus],
    })),
    canSign: mayAct && facts.eligible && !charter,
    canAct: mayAct && open,
  };
}
