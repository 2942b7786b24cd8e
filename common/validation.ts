/**
 * Submissions an agent must validate before they count (DOMAIN.md procedures 4 and 5): the bank
 * details with their statement (RIB) and each photo of the childcare place. Pure code shared by
 * the workflow, the API and the interface.
 */
import type { FieldProblem } from './cessation-risk';

export const VALIDATION_KINDS = ['rib', 'photo'] as const;
export type ValidationKind = (typeof VALIDATION_KINDS)[number];

export const VALIDATION_DECISIONS = ['approved', 'rejected'] as const;
export type ValidationDecision = (typeof VALIDATION_DECISIONS)[number];
export const VALIDATION_DECISION_LABELS: Record<ValidationDecision | 'withdrawn', string> = {
  approved: 'Approuvé',
  rejected: 'Refusé',
  withdrawn: 'Retiré par l’accueillant·e',
};
export const REASON_MAX_LENGTH = 1000;

export interface ValidationOutcome {
  decision: ValidationDecision;
  /** The reason of a rejection, which the provider reads; optional on approval. */
  comment: string | null;
  /** The submission the agent looked at: a newer one is not approved unseen. */
  subjectId: string;
}

export const VALIDATIONS: Record<
  ValidationKind,
  {
    procedure: string;
    procedureLabel: string;
    taskKind: string;
    taskTitle: string;
    role: 'agent_subsides' | 'agent_conseil';
    /** A newer submission replaces the pending one in the same case. */
    replaceable: boolean;
    noticeForTeam: string;
    approvedMessage: string;
    rejectedMessage: string;
    withdrawnLabel: string;
  }
> = {
  rib: {
    procedure: 'rib',
    procedureLabel: 'Validation du relevé d’identité bancaire',
    taskKind: 'rib.review',
    taskTitle: 'Valider les coordonnées bancaires',
    role: 'agent_subsides',
    replaceable: true,
    noticeForTeam: 'Nouvelles coordonnées bancaires à valider',
    approvedMessage:
      'Vos nouvelles coordonnées bancaires ont été validées : elles seront utilisées pour vos prochains paiements.',
    rejectedMessage:
      'Vos nouvelles coordonnées bancaires n’ont pas été validées ; les précédentes restent d’application.',
    withdrawnLabel: 'Demande retirée',
  },
  photo: {
    procedure: 'photo',
    procedureLabel: 'Validation d’une photo du lieu d’accueil',
    taskKind: 'photo.review',
    taskTitle: 'Valider une photo du lieu d’accueil',
    role: 'agent_conseil',
    replaceable: false,
    noticeForTeam: 'Nouvelle photo à valider',
    approvedMessage: 'Votre photo a été validée : elle est visible sur MY.ONE si votre fiche l’est.',
    rejectedMessage: 'Votre photo n’a pas été validée.',
    withdrawnLabel: 'Photo retirée par l’accueillant·e',
  },
};

export const VALIDATION_TASK_KINDS: string[] = Object.values(VALIDATIONS).map((v) => v.taskKind);

export function validationKindOfTask(taskKind: string): ValidationKind | undefined {
  return VALIDATION_KINDS.find((k) => VALIDATIONS[k].taskKind === taskKind);
}

export function checkValidationOutcome(outcome: ValidationOutcome, currentSubjectId: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!VALIDATION_DECISIONS.includes(outcome.decision)) {
    problems.push({ path: 'outcome.decision', message: 'Choisissez « Approuver » ou « Refuser »' });
    return problems;
  }
  const comment = outcome.comment?.trim() ?? '';
  if (outcome.decision === 'rejected' && !comment)
    problems.push({
      path: 'outcome.comment',
      message: 'Indiquez le motif du refus : l’accueillant·e le lira',
    });
  if (comment.length > REASON_MAX_LENGTH)
    problems.push({
      path: 'outcome.comment',
      message: `Ce texte ne peut dépasser ${REASON_MAX_LENGTH} caractères`,
    });
  if (outcome.subjectId !== currentSubjectId)
    problems.push({
      path: 'outcome.subjectId',
      message: 'Une demande plus récente a été envoyée entre-temps : relisez-la avant de décider',
    });
  return problems;
}
