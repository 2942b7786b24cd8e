/**
 * ACTE and « Mes subsides » in the interface: amounts, the plan's model and its own checks. The
 * scheme's content (axes, self-diagnosis, catalogue, FAQ, charter) is the server's, shared as is.
 */
import {
  ACTE_ACTIONS,
  ACTE_AXES,
  ACTE_DIAGNOSIS,
  type ActeAction,
  type ActeAxisId,
} from '../../../common/acte-content.js';
import type {
  ActePlanContent,
  ActePlanStatus,
  PaymentStatus,
  ReviewStatus,
  Subsidies,
  SubsidyPayment,
} from '../api/types.js';
import type { FieldErrors } from './field-errors.js';
import { formatAmount } from './format.js';

/** « 375,00 € » from cents: subsidies are always shown with their cents. */
export function formatCents(cents: number): string {
  const euros = Math.trunc(cents / 100);
  const rest = String(Math.abs(cents % 100)).padStart(2, '0');
  return formatAmount(euros).replace(/\u00a0€$/, `,${rest}\u00a0€`);
}

export function paymentBadgeClass(p: Pick<SubsidyPayment, 'status' | 'overdue'>): string {
  if (p.status === 'released') return 'success';
  return p.overdue ? 'danger' : p.status === 'ready' ? 'info' : 'warning';
}

export const PAYMENT_STATUS_HINTS: Record<PaymentStatus, string> = {
  waiting_bank_details:
    'Le subside sera versé dès que l’ONE aura validé vos coordonnées bancaires (« Signalétique », rubrique « Coordonnées bancaires »).',
  ready:
    'Vos coordonnées bancaires sont validées : le subside part avec le prochain lot de paiements de l’ONE.',
  released: 'Le virement est parti sur votre compte.',
};

export function planBadgeClass(status: ActePlanStatus): string {
  switch (status) {
    case 'validated':
      return 'success';
    case 'submitted':
      return 'info';
    case 'changes_requested':
      return 'warning';
    default:
      return 'neutral';
  }
}

export const axisLabel = (id: string): string => ACTE_AXES.find((a) => a.id === id)?.label ?? id;
export const actionTitle = (id: string): string => ACTE_ACTIONS.find((a) => a.id === id)?.title ?? id;

/** The catalogue actions of an axis, grouped by theme, in the catalogue's order. */
export function actionsByTheme(axis: ActeAxisId): Array<{ theme: string; actions: ActeAction[] }> {
  const groups: Array<{ theme: string; actions: ActeAction[] }> = [];
  for (const action of ACTE_ACTIONS.filter((a) => a.axis === axis)) {
    const group = groups.find((g) => g.theme === action.theme);
    if (group) group.actions.push(action);
    else groups.push({ theme: action.theme, actions: [action] });
  }
  return groups;
}

/** Choosing or leaving a theme: its answers and actions go with it, so nothing hidden is sent. */
export function toggleTheme(plan: ActePlanContent, axis: ActeAxisId, chosen: boolean): ActePlanContent {
  const themes = chosen
    ? ACTE_AXES.map((a) => a.id).filter((id) => id === axis || plan.themes.includes(id))
    : plan.themes.filter((t) => t !== axis);
  if (chosen) return { ...plan, themes };
  const questions = new Set(ACTE_DIAGNOSIS[axis].map((q) => q.id));
  return {
    ...plan,
    themes,
    diagnosis: Object.fromEntries(Object.entries(plan.diagnosis).filter(([q]) => !questions.has(q))),
    actions: plan.actions.filter((id) => ACTE_ACTIONS.find((a) => a.id === id)?.axis !== axis),
  };
}

/** What the plan still lacks before it can go to the ACTE team: the server checks the same. */
export function checkPlan(plan: ActePlanContent): FieldErrors {
  const errors: FieldErrors = {};
  if (!plan.stateOfPlay.trim()) errors.stateOfPlay = 'Décrivez l’état des lieux de votre milieu d’accueil';
  if (!plan.themes.length) errors.themes = 'Choisissez au moins une thématique';
  for (const axis of plan.themes as ActeAxisId[])
    for (const q of ACTE_DIAGNOSIS[axis] ?? [])
      if (!plan.diagnosis[q.id]) errors[q.id] = 'Répondez à cette question de l’auto-diagnostic';
  if (plan.themes.length && !plan.actions.length)
    errors.actions = 'Choisissez au moins une action dans le catalogue';
  return errors;
}

/** The field a server error about the plan is for: `content.diagnosis.eau.q1` → `eau.q1`, `content.actions.x` → `actions`. */
export function planErrorField(path: string): string {
  const parts = path.replace(/^(body\.)?content\./, '').split('.');
  if (parts[0] === 'diagnosis') return parts.slice(1).join('.');
  return parts[0];
}

export type BankDetailsStatus = Subsidies['bankDetails']['status'];

/**
 * What the childminder has to do for this year's subsidy, in plain words, and whether the answer
 * is in « Signalétique ». `bank` is null when unknown (an agent reads the page).
 */
export function subsidyNextStep(
  status: PaymentStatus,
  bank: BankDetailsStatus | null,
): { text: string; inSignaletique: boolean } {
  if (status === 'released')
    return { text: 'Le virement est parti sur votre compte.', inSignaletique: false };
  if (status === 'ready')
    return {
      text: 'Rien à faire : vos coordonnées bancaires sont validées, le subside part avec le prochain lot de paiements de l’ONE.',
      inSignaletique: false,
    };
  if (bank === 'pending')
    return {
      text: 'Vos coordonnées bancaires attendent la validation de l’ONE : le subside sera versé dès qu’elles seront validées.',
      inSignaletique: false,
    };
  if (bank === 'approved')
    return {
      text: 'Vos coordonnées bancaires sont validées : le subside sera bientôt prêt à être versé.',
      inSignaletique: false,
    };
  if (bank === 'missing')
    return {
      text: 'Pour recevoir ce subside, ajoutez vos coordonnées bancaires et votre relevé d’identité bancaire dans « Signalétique », rubrique « Coordonnées bancaires » : l’ONE doit les valider avant de verser le subside.',
      inSignaletique: true,
    };
  return { text: PAYMENT_STATUS_HINTS.waiting_bank_details, inSignaletique: true };
}

/** The field of the review form for an action of last year's plan. */
export const reviewField = (actionId: string): string => `review-${actionId}`;

/** `review.actions.alimentation-01` → the review form's field for that action; null for another path. */
export function reviewErrorField(path: string): string | null {
  const match = /^(?:body\.)?review\.actions\.(.+)$/.exec(path);
  return match ? reviewField(match[1]) : null;
}

/** Every action of last year's plan needs « Réalisée », « En cours » or « Pas commencée ». */
export function checkReview(actions: readonly string[], answers: Record<string, ReviewStatus>): FieldErrors {
  const errors: FieldErrors = {};
  for (const id of actions) if (!answers[id]) errors[reviewField(id)] = 'Indiquez où en est cette action';
  return errors;
}
