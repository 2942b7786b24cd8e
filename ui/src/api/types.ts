/** Shapes of the JSON the server sends and receives (see the API contract). */

export interface Subregion {
  code: string;
  name: string;
}

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface SessionUser {
  id: string;
  displayName: string;
  roles: string[];
  roleLabels: string[];
  providerId: string | null;
  subregion: Subregion | null;
  /** How this session was opened. */
  loginMethod: LoginMethod;
}

export type LoginMethod = 'strong' | 'password';

/** « Convertir mon utilisateur ». */
export interface ConversionInput {
  firstName: string;
  lastName: string;
  email: string;
  niss: string;
  consent: boolean;
}

export interface ProviderRef {
  id: string;
  displayName: string;
  subregion: Subregion;
}

export type CessationRiskPeriod = 'short_term' | 'medium_term';
export type CessationRiskReason = 'financial' | 'premises_unavailable' | 'other';
export type OutcomeDecision = 'financial_support' | 'no_support' | 'closed';

export interface Outcome {
  decision: OutcomeDecision;
  decisionLabel: string;
  amountEur: number | null;
  comment: string | null;
}

export interface CaseSummary {
  id: string;
  procedure: 'cessation_risk';
  procedureLabel: string;
  provider: ProviderRef;
  status: 'open' | 'closed';
  statusLabel: string;
  openedAt: string;
  closedAt: string | null;
  details: {
    period: CessationRiskPeriod;
    periodLabel: string;
    reason: CessationRiskReason;
    reasonLabel: string;
    reasonOther: string | null;
  };
  outcome: Outcome | null;
  overdue: boolean;
}

export interface Notification {
  id: string;
  createdAt: string;
  message: string;
  caseId: string | null;
}

export interface Badge {
  code: string;
  label: string;
}

export interface ProviderHome {
  provider: { id: string; displayName: string; subregion: Subregion; city: string };
  badges: Badge[];
  openCessationRiskCase: CaseSummary | null;
  lastClosedCessationRiskCase: CaseSummary | null;
  notifications: Notification[];
}

export interface CessationRiskReportInput {
  period: CessationRiskPeriod;
  reason: CessationRiskReason;
  reasonOther?: string;
}

export type TaskView = 'available' | 'mine' | 'all';

export interface Task {
  id: string;
  caseId: string;
  kind: string;
  title: string;
  candidateRole: string;
  candidateRoleLabel: string;
  assignee: PersonRef | null;
  status: 'open' | 'completed' | 'cancelled';
  statusLabel: string;
  dueAt: string;
  createdAt: string;
  completedAt: string | null;
  overdue: boolean;
  provider: ProviderRef;
  outcome: Outcome | null;
}

export interface OutcomeInput {
  decision: OutcomeDecision;
  amountEur?: number;
  comment?: string;
}

export type TimelineKind =
  | 'case_opened'
  | 'notification_sent'
  | 'task_opened'
  | 'task_claimed'
  | 'task_released'
  | 'task_completed'
  | 'deadline_passed'
  | 'case_closed';

export interface TimelineEntry {
  at: string;
  kind: TimelineKind;
  title: string;
  detail: string | null;
  actor: PersonRef | null;
  tone: 'info' | 'warning' | 'success';
}

export interface CaseDetail {
  case: CaseSummary;
  tasks: Task[];
  timeline: TimelineEntry[];
  temporal: { workflowId: string; runId: string; url: string };
}

export interface CaseFilters {
  procedure?: string;
  status?: 'open' | 'closed';
  providerId?: string;
  overdue?: boolean;
}

/** « Signalétique » — identification. The NISS and BCE come masked unless the reader may see them. */
export interface Identification {
  providerId: string;
  firstName: string;
  lastName: string;
  subregion: Subregion;
  niss: { value: string | null; masked: boolean };
  bce: { value: string | null; masked: boolean };
  email: string | null;
  mobile: string | null;
  editable: boolean;
  auditVisible: boolean;
}

export interface IdentificationChange {
  email?: string;
  mobile?: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  action: 'read' | 'change' | 'denied';
  actionLabel: string;
  actor: { id: string | null; name: string; roleLabels: string[]; isYou: boolean };
  loginMethod: string | null;
  loginMethodLabel: string | null;
  fields: string[];
  fieldLabels: string[];
  description: string;
  changes: Record<string, { old: unknown; new: unknown }> | null;
  reason: string | null;
  requestId: string | null;
  caseId: string | null;
}

export interface OneContact {
  role: string;
  roleLabel: string;
  name: string;
  email: string | null;
  phone: string | null;
}

export interface ContactsOne {
  contacts: OneContact[];
  helpdesk: { name: string; phone: string; hours: string; email: string };
}
