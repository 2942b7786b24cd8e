/**
 * The bilan de fonctionnement (DOMAIN.md, procedure 1; seed guide chapter 9): its stages, the
 * seven categories of volet 1, the themes of volet 2 and the words shown for them. Pure code:
 * the workflow, the API and the UI share these definitions.
 */
import { brusselsWallClock, dateFr } from './working-days';
export const PROCEDURE = 'bilan';
export const PROCEDURE_LABEL = 'Bilan de fonctionnement';

export const STAGES = ['upcoming', 'in_progress', 'plan_sent', 'closed'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = {
  upcoming: 'À venir',
  in_progress: 'En cours',
  plan_sent: 'Plan d’action envoyé',
  closed: 'Clôturé',
};

export const CATEGORIES = [
  'cadre_reglementaire',
  'infrastructure',
  'alimentation',
  'hygiene',
  'environnement',
  'eveil_culturel',
  'acte',
] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Record<Category, string> = {
  cadre_reglementaire: 'Cadre réglementaire',
  infrastructure: 'Une infrastructure et des équipements au service du projet d’accueil',
  alimentation: 'Alimentation',
  hygiene: 'Hygiène',
  environnement: 'Environnement',
  eveil_culturel: 'Éveil culturel',
  acte: 'Dispositif Accueil en Transition Écologique (ACTE)',
};

export const RATINGS = ['satisfaisant', 'a_ameliorer', 'insatisfaisant'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = {
  satisfaisant: 'Satisfaisant',
  a_ameliorer: 'À améliorer',
  insatisfaisant: 'Insatisfaisant',
};

export const THEMES = ['projet_accueil', 'accessibilite'] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_LABELS: Record<Theme, string> = {
  projet_accueil: 'Mise en œuvre du projet d’accueil',
  accessibilite: 'Accessibilité du projet d’accueil',
};

export const VOLETS = ['volet1', 'volet2'] as const;
export type Volet = (typeof VOLETS)[number];
export const VOLET_LABELS: Record<Volet, string> = {
  volet1: 'Volet 1 : Conditions d’autorisation',
  volet2: 'Volet 2 : Mise en œuvre du projet d’accueil',
};

export const TASK_KINDS = {
  volet1Review: 'bilan.volet1_review',
  volet2Review: 'bilan.volet2_review',
  planReview: 'bilan.plan_review',
  planOverdue: 'bilan.plan_overdue',
} as const;
export type BilanTaskKind = (typeof TASK_KINDS)[keyof typeof TASK_KINDS];
export const BILAN_TASK_KINDS: string[] = Object.values(TASK_KINDS);

/** What each review is about, for the history and the provider's page. */
export const REVIEW_SUBJECTS: Record<string, { subject: 'volet1' | 'volet2' | 'plan'; label: string }> = {
  [TASK_KINDS.volet1Review]: { subject: 'volet1', label: 'Volet 1' },
  [TASK_KINDS.volet2Review]: { subject: 'volet2', label: 'Volet 2' },
  [TASK_KINDS.planReview]: { subject: 'plan', label: 'Plan d’action' },
  [TASK_KINDS.planOverdue]: { subject: 'plan', label: 'Plan d’action (relance)' },
};

export const COMMENT_MAX_LENGTH = 4000;
export const FINDINGS_MAX_LENGTH = 4000;
export const REASON_MAX_LENGTH = 1000;

/** The outcome an agent records on any bilan task. */
export interface ReviewOutcome {
  comment: string | null;
}

export interface Extension {
  from: string;
  to: string;
  reason: string;
  by: { id: string; displayName: string };
  at: string;
}

/** What the workflow projects into `cases.details` for a bilan. */
export interface BilanDetails {
  campaignId: string;
  campaignTitle: string;
  stage: Stage;
  startsAt: string;
  deadline: string;
  originalDeadline: string;
  volet1SharedAt: string | null;
  volet2SharedAt: string | null;
  planSentAt: string | null;
  extensions: Extension[];
  /** Reminders sent so far, by the deadline they were about. */
  remindersSent: number;
}

export { dateFr };

/** One line describing a bilan, for lists and the supervisor's console. */
export function describeBilan(details: BilanDetails): string {
  const stage = STAGE_LABELS[details.stage] ?? details.stage;
  return `${details.campaignTitle} · ${stage} · plan d’action attendu au plus tard le ${dateFr(details.deadline)}`;
}

/**
 * The instant a day (`YYYY-MM-DD`) starts or ends in Brussels: a campaign's tools open at the
 * start of its first day; a deadline runs to the end of its day.
 */
export function brusselsInstant(day: string, edge: 'start' | 'end'): string {
  const [y, m, d] = day.split('-').map(Number);
  const wall = edge === 'start' ? Date.UTC(y, m - 1, d, 0, 0, 0, 0) : Date.UTC(y, m - 1, d, 23, 59, 59, 999);
  return new Date(brusselsWallClock(wall)).toISOString();
}

/** One bilan per provider and campaign: the business key of its workflow. */
export function bilanWorkflowId(campaignId: string, providerId: string): string {
  return `bilan-${campaignId}-${providerId}`;
}
