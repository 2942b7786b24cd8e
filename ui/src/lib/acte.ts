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
import type { ActePlanContent, ActePlanStatus, PaymentStatus, SubsidyPayment } from '../api/types.js';
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
