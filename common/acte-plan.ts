/**
 * The ecological action plan (seed chapter 14, step 2): a state of play, the themes chosen among
 * the six axes, the self-diagnosis of each chosen theme, and actions picked from the catalogue.
 * Pure code shared by the API and the interface.
 */
import type { FieldProblem } from './cessation-risk';
import {
  ACTE_ACTIONS,
  ACTE_AXIS_IDS,
  ACTE_DIAGNOSIS,
  type ActeAxisId,
  type DiagnosisValue,
} from './acte-content';

export const DIAGNOSIS_VALUES = ['not_yet', 'partly', 'yes'] as const satisfies readonly DiagnosisValue[];
export const STATE_OF_PLAY_MAX = 4000;

export interface PlanContentValue {
  /** « État des lieux »: where the place stands, in the provider's words. */
  stateOfPlay: string;
  themes: ActeAxisId[];
  /** Question id → answer, for the questions of the chosen themes. */
  diagnosis: Record<string, DiagnosisValue>;
  /** Catalogue action ids. */
  actions: string[];
}

export const REVIEW_STATUSES = ['done', 'in_progress', 'not_started'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  done: 'Réalisée',
  in_progress: 'En cours',
  not_started: 'Pas commencée',
};
export interface PlanReviewValue {
  actions: Record<string, ReviewStatus>;
  comment: string | null;
}

export function emptyPlan(): PlanContentValue {
  return { stateOfPlay: '', themes: [], diagnosis: {}, actions: [] };
}

const ACTION_AXIS = new Map(ACTE_ACTIONS.map((a) => [a.id, a.axis]));
const QUESTION_AXIS = new Map(
  ACTE_AXIS_IDS.flatMap((axis) => ACTE_DIAGNOSIS[axis].map((q) => [q.id, axis] as const)),
);
export const isActionId = (id: string) => ACTION_AXIS.has(id);
export const isQuestionId = (id: string) => QUESTION_AXIS.has(id);

/** What a plan still lacks before it can go to the ACTE team, field by field. */
export function checkPlanForSubmit(plan: PlanContentValue): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!plan.stateOfPlay.trim())
    problems.push({
      path: 'content.stateOfPlay',
      message: 'Décrivez l’état des lieux de votre milieu d’accueil',
    });
  if (!plan.themes.length)
    problems.push({ path: 'content.themes', message: 'Choisissez au moins une thématique' });
  for (const axis of plan.themes) {
    for (const q of ACTE_DIAGNOSIS[axis] ?? [])
      if (!plan.diagnosis[q.id])
        problems.push({
          path: `content.diagnosis.${q.id}`,
          message: 'Répondez à cette question de l’auto-diagnostic',
        });
  }
  const chosen = new Set(plan.themes);
  if (!plan.actions.length)
    problems.push({ path: 'content.actions', message: 'Choisissez au moins une action dans le catalogue' });
  for (const id of plan.actions) {
    const axis = ACTION_AXIS.get(id);
    if (!axis || !chosen.has(axis))
      problems.push({
        path: `content.actions.${id}`,
        message: 'Cette action ne fait pas partie des thématiques choisies',
      });
  }
  return problems;
}
