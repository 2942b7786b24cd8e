/** The shapes the workflows project into PostgreSQL. No personal data beyond names and ids. */

export type CaseStatus = 'open' | 'closed';

export interface CaseSnapshot {
  id: string;
  procedure: string;
  /** The childminder the case concerns; null for a case about someone else (a helpdesk question). */
  providerId: string | null;
  workflowId: string;
  runId: string;
  status: CaseStatus;
  details: Record<string, unknown>;
  outcome: Record<string, unknown> | null;
  /** The user who opened it; null when it came from someone without an account. */
  openedBy: string | null;
  openedAt: string;
  closedAt: string | null;
  /** The campaign a bilan belongs to; null for other procedures. */
  campaignId?: string | null;
  /** Grows with every change; the read model keeps the highest it has seen. */
  version: number;
}

export type TaskStatus = 'open' | 'completed' | 'cancelled';

export interface TaskSnapshot {
  id: string;
  caseId: string;
  kind: string;
  title: string;
  candidateRole: string;
  assigneeId: string | null;
  status: TaskStatus;
  dueAt: string;
  createdAt: string;
  completedAt: string | null;
  completedBy: string | null;
  outcome: Record<string, unknown> | null;
  escalatedAt: string | null;
  version: number;
}

export interface NotificationInput {
  /** Idempotency key: the same key never notifies twice, however often the activity runs. */
  key: string;
  recipientRole?: string;
  providerId?: string;
  /** A notice for one person (a task handed to them). */
  recipientUserId?: string;
  /** The task a notice is about, for its link. */
  taskId?: string;
  caseId: string;
  message: string;
}
