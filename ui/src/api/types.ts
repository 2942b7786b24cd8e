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
  /** Also 'reviewed', 'closed' or 'cancelled' for the tasks of a bilan. */
  decision: OutcomeDecision | 'reviewed' | 'cancelled';
  decisionLabel: string;
  amountEur: number | null;
  comment: string | null;
}

export interface CaseSummary {
  id: string;
  procedure: 'cessation_risk' | 'bilan' | 'adaptation' | 'rib' | 'photo' | 'acte' | 'acte_question';
  procedureLabel: string;
  /** One line describing the case, whatever its procedure. */
  summary: string;
  provider: ProviderRef;
  status: 'open' | 'closed';
  statusLabel: string;
  openedAt: string;
  closedAt: string | null;
  /** The report of a cessation-risk case; null for a bilan. */
  details: {
    period: CessationRiskPeriod;
    periodLabel: string;
    reason: CessationRiskReason;
    reasonLabel: string;
    reasonOther: string | null;
  } | null;
  outcome: Outcome | null;
  overdue: boolean;
  /** What ONE is waiting for, in the provider's words; null when nothing (absent from older servers). */
  waitingFor?: string | null;
  /** The case's documents the provider may download (decision letters). */
  documents?: CaseDocument[];
  /** Why a promise of the case may not be kept in time (an ACTE subsidy); null when on track. */
  atRisk: string | null;
}

export interface CaseDocument {
  id: string;
  label: string;
  /** `/api/decision-documents/:id`, a PDF. */
  url: string;
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
  /** The bilan the task is about, when it belongs to a bilan de fonctionnement. */
  bilanId: string | null;
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

/** The outcome of a bilan task: the agent conseil's comment. */
export interface ReviewInput {
  comment: string | null;
}

export type TimelineKind =
  | 'case_opened'
  | 'notification_sent'
  | 'task_opened'
  | 'task_claimed'
  | 'task_released'
  | 'task_completed'
  | 'deadline_passed'
  | 'case_closed'
  | 'case_interrupted'
  | 'task_reassigned'
  | 'task_cancelled'
  | 'bilan_started'
  | 'volet_shared'
  | 'plan_sent'
  | 'deadline_extended'
  | 'reminder_sent'
  | 'information_provided'
  | 'document_issued'
  | 'authorisation_changed'
  | 'payment_scheduled'
  | 'payment_released'
  | 'year_started';

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

// Bilan de fonctionnement

export type BilanStage = 'upcoming' | 'in_progress' | 'plan_sent' | 'closed';
export type BilanRating = 'satisfaisant' | 'a_ameliorer' | 'insatisfaisant';
export type BilanTheme = 'projet_accueil' | 'accessibilite';
export type BilanCategoryCode =
  | 'cadre_reglementaire'
  | 'infrastructure'
  | 'alimentation'
  | 'hygiene'
  | 'environnement'
  | 'eveil_culturel'
  | 'acte';

export interface BilanSummary {
  id: string;
  campaign: { id: string; title: string };
  provider: ProviderRef;
  stage: BilanStage;
  stageLabel: string;
  startsAt: string;
  deadline: string;
  deadlineExtended: boolean;
  overdue: boolean;
  volet1SharedAt: string | null;
  volet2SharedAt: string | null;
  planSentAt: string | null;
  closedAt: string | null;
}

export interface BilanCategory {
  code: BilanCategoryCode;
  label: string;
  rating: BilanRating | null;
  ratingLabel: string | null;
  findings: string | null;
  updatedAt: string | null;
}

export interface BilanObjective {
  id: string;
  theme: BilanTheme;
  themeLabel: string;
  title: string;
  description: string;
  updatedAt: string;
}

export interface BilanAction {
  id: string;
  objectiveId: string;
  objectiveTitle: string;
  description: string;
  responsible: string;
  /** YYYY-MM-DD */
  dueDate: string;
  updatedAt: string;
}

export interface BilanDocument {
  id: string;
  name: string;
  contentType: string;
  size: number;
  uploadedAt: string;
}

export interface Bilan extends BilanSummary {
  can: {
    edit: boolean;
    shareVolet1: boolean;
    shareVolet2: boolean;
    sendPlan: boolean;
    extend: boolean;
    readDocuments: boolean;
  };
  /** Null when the reader may not see it (an agent before « Donner accès à l'ONE »). */
  volet1: { categories: BilanCategory[] } | null;
  volet2: { objectives: BilanObjective[] } | null;
  /** The provider's private working documents: never sent to an ONE agent. */
  documents: BilanDocument[] | null;
  plan: { actions: BilanAction[] } | null;
  reviews: Array<{
    subject: 'volet1' | 'volet2' | 'plan';
    subjectLabel: string;
    comment: string | null;
    by: PersonRef;
    at: string;
  }>;
  extensions: Array<{ from: string; to: string; reason: string; by: PersonRef; at: string }>;
}

export interface AssessmentInput {
  rating: BilanRating | null;
  findings: string | null;
}

export interface ObjectiveInput {
  theme: BilanTheme;
  title: string;
  description: string;
}

export interface ActionInput {
  objectiveId: string;
  description: string;
  responsible: string;
  dueDate: string;
}

export interface Campaign {
  id: string;
  title: string;
  startsAt: string;
  deadline: string;
  subregion: Subregion | null;
  status: 'opening' | 'open';
  statusLabel: string;
  providerCount: number;
  processedCount: number;
  createdBy: PersonRef;
  createdAt: string;
}

export interface CampaignInput {
  title: string;
  startsAt: string;
  deadline: string;
  subregionCode?: string;
}

// Signalétique (the whole provider record), bank details, photos, MY.ONE

export interface Masked {
  value: string | null;
  masked: boolean;
}

export type DayCode = 'lundi' | 'mardi' | 'mercredi' | 'jeudi' | 'vendredi' | 'samedi' | 'dimanche';
export interface DayHours {
  closed: boolean;
  from?: string | null;
  to?: string | null;
}
export type AvailabilityStatus = 'immediate' | 'from_date' | 'unknown';

export interface PostalAddress {
  sameAsPlace: boolean;
  street?: string | null;
  number?: string | null;
  box?: string | null;
  postcode?: string | null;
  city?: string | null;
}

export interface Signaletique {
  providerId: string;
  editable: boolean;
  auditVisible: boolean;
  submittedAt: string | null;
  identification: {
    firstName: string;
    lastName: string;
    niss: Masked;
    bce: Masked;
    email: string | null;
    mobile: string | null;
    website: string | null;
    facebook: string | null;
  };
  subregion: Subregion;
  visibleOnMyOne: boolean;
  placeAddress: {
    street: string | null;
    number: string | null;
    box: string | null;
    postcode: string | null;
    city: string | null;
    country: string;
  };
  postalAddress: PostalAddress | null;
  emergencyMobile: string | null;
  coAccueil: {
    enabled: boolean;
    firstName: string | null;
    lastName: string | null;
    niss: Masked | null;
    name: string | null;
  } | null;
  openingHours: Partial<Record<DayCode, DayHours>> | null;
  availability: { status: AvailabilityStatus | null; label: string | null; fromDate: string | null };
  unavailabilityPeriods: Array<{ from: string; to: string }>;
  qualities: { outdoorActivities?: boolean; outdoorSpace?: boolean; separateRestSpace?: boolean } | null;
  groups: { averageChildren?: number; ageFromMonths?: number; ageToMonths?: number } | null;
  capacity: number | null;
  bank: {
    inForce: { iban: Masked; bic: string; holder: string; approvedAt: string | null } | null;
    pending: { id: string; ibanLast4: string; submittedAt: string } | null;
    lastRejected: { reason: string | null; decidedAt: string | null } | null;
  };
  photos: Array<{
    id: string;
    status: { code: 'pending' | 'approved' | 'rejected'; label: string };
    reason: string | null;
    url: string;
    uploadedAt: string;
  }>;
  project: { name: string; url: string; uploadedAt: string } | null;
}

export interface SignaletiqueInput {
  identification: {
    email: string;
    mobile: string;
    bce: string;
    website: string | null;
    facebook: string | null;
  };
  visibleOnMyOne: boolean;
  placeAddress: { street: string; number: string; box: string | null; postcode: string; city: string };
  postalAddress: PostalAddress;
  emergencyMobile: string;
  coAccueil: {
    enabled: boolean;
    firstName?: string | null;
    lastName?: string | null;
    niss?: string | null;
    name?: string | null;
  };
  openingHours: Record<DayCode, DayHours>;
  availability: { status: AvailabilityStatus; fromDate: string | null };
  unavailabilityPeriods: Array<{ from: string; to: string }>;
  qualities: { outdoorActivities: boolean; outdoorSpace: boolean; separateRestSpace: boolean };
  groups: { averageChildren: number | null; ageFromMonths: number | null; ageToMonths: number | null };
}

export interface FileUploadInput {
  name: string;
  contentBase64: string;
}

export interface RibInput {
  iban: string;
  bic: string;
  holder: string;
  statement: FileUploadInput;
}

export type FlashAccueil = 'email' | 'post' | 'both';
export interface Preferences {
  flashAccueil: FlashAccueil | null;
  label: string | null;
}

/** What an agent validates: the submission, beside the data in force. */
export interface ValidationSubmission {
  caseId: string;
  kind: 'rib' | 'photo';
  status: string;
  provider: { id: string; displayName: string };
  subjectId: string;
  submittedAt: string;
  bankDetails: {
    iban: Masked;
    bic: string;
    holder: string;
    statement: { url: string; contentType: string; name: string };
    inForce: { iban: Masked; bic: string; holder: string } | null;
  } | null;
  photo: { url: string; contentType: string } | null;
  decision: { status: string; reason: string | null } | null;
}

export interface ValidationOutcomeInput {
  decision: 'approved' | 'rejected';
  comment: string | null;
  subjectId: string;
}

/** A childcare place as parents see it on MY.ONE. */
export interface PublicPlace {
  id: string;
  displayName: string;
  address: { street: string | null; number: string | null; postcode: string; city: string };
  availability: { status: string | null; label: string | null; fromDate: string | null };
  openingHours: Array<{ day: string; label: string; hours: string }>;
  capacity: number | null;
  qualities: {
    outdoorActivities: boolean | null;
    outdoorSpace: boolean | null;
    separateRestSpace: boolean | null;
  };
  groups: { averageChildren: number; ageFromMonths: number; ageToMonths: number } | null;
  website: string | null;
  facebook: string | null;
  photos: string[];
}

export interface PlaceSearch {
  q?: string;
  availability?: string;
  day?: string;
  at?: string;
  capacityMin?: string;
}

// « Mon autorisation » and its adaptation requests

export type AuthorisationStatus = 'granted' | 'suspended' | 'withdrawn';
export type AdaptationType = 'end_of_activity' | 'temporary_cessation';
export type AdaptationStage = 'review' | 'waiting_provider' | 'accepted' | 'in_effect' | 'refused' | 'done';

export interface DecisionDocument extends CaseDocument {
  kind: string;
  createdAt: string;
  caseId: string | null;
}

export interface AuthorisationEvent {
  status: AuthorisationStatus;
  statusLabel: string;
  /** « 2027-03-01 » */
  effectiveOn: string;
  at: string;
  caseId: string | null;
  note: string | null;
}

export interface Authorisation {
  providerId: string;
  status: AuthorisationStatus;
  statusLabel: string;
  authorisedOn: string | null;
  place: string | null;
  capacity: number | null;
  history: AuthorisationEvent[];
  documents: DecisionDocument[];
  /** True for the provider themself while the authorisation is not withdrawn. */
  canRequest: boolean;
}

export interface AdaptationExchange {
  at: string;
  from: 'agent' | 'provider';
  author: string;
  text: string;
}

export interface AdaptationInput {
  type: AdaptationType;
  lastDay?: string;
  from?: string;
  to?: string;
  reason?: string;
}

export interface Adaptation {
  caseId: string;
  status: 'open' | 'closed';
  stage: AdaptationStage;
  stageLabel: string;
  type: AdaptationType;
  typeLabel: string;
  request: {
    type: AdaptationType;
    lastDay: string | null;
    from: string | null;
    to: string | null;
    reason: string | null;
  };
  /** « Cessation temporaire du 1 mars 2027 au 31 mars 2027 (congé de maternité) » */
  summary: string;
  provider: PersonRef;
  openedAt: string;
  closedAt: string | null;
  /** The référent·e accueil's open question. */
  question: string | null;
  exchanges: AdaptationExchange[];
  waitingFor: string | null;
  decision: {
    decision: 'accepted' | 'refused';
    label: string;
    comment: string | null;
    decidedAt: string;
  } | null;
  documents: DecisionDocument[];
  canAnswer: boolean;
  canCutShort: boolean;
  resumedEarlyOn: string | null;
}

export type AdaptationDecision = 'accepted' | 'refused' | 'more_info';

export interface AdaptationOutcomeInput {
  decision: AdaptationDecision;
  comment: string | null;
}

// ACTE, « accueil en transition écologique », and « Mes subsides »

export type PaymentStatus = 'waiting_bank_details' | 'ready' | 'released';
export type ActePlanStatus = 'none' | 'draft' | 'submitted' | 'changes_requested' | 'validated';
export type DiagnosisValue = 'not_yet' | 'partly' | 'yes';
export type ReviewStatus = 'done' | 'in_progress' | 'not_started';

export interface SubsidyPayment {
  id: string;
  scheme: string;
  label: string;
  year: number;
  places: number;
  amountCents: number;
  status: PaymentStatus;
  statusLabel: string;
  dueAt: string;
  paidOn: string | null;
  overdue: boolean;
}

export interface ActePlanContent {
  stateOfPlay: string;
  themes: string[];
  diagnosis: Record<string, DiagnosisValue>;
  actions: string[];
}

export interface ActePlanReview {
  actions: Record<string, ReviewStatus>;
  comment: string | null;
}

export interface Acte {
  provider: { id: string; displayName: string };
  eligibility: { eligible: boolean; reason: string | null };
  places: number | null;
  amountPerPlaceCents: number;
  expectedAmountCents: number | null;
  charter: { signedAt: string; signedBy: string } | null;
  caseId: string | null;
  caseStatus: 'open' | 'closed' | null;
  year: { number: number; label: string; start: string; end: string } | null;
  payment: SubsidyPayment | null;
  bankDetails: 'approved' | 'pending' | 'missing';
  atRisk: string | null;
  escalated: boolean;
  plan: {
    year: number;
    status: ActePlanStatus;
    statusLabel: string;
    content: ActePlanContent;
    comment: string | null;
    submittedAt: string | null;
    decidedAt: string | null;
    editable: boolean;
  } | null;
  review: { year: number; plan: ActePlanContent; done: boolean; review: ActePlanReview | null } | null;
  previousYears: Array<{
    year: number;
    label: string;
    eligible: boolean;
    amountCents: number | null;
    paidOn: string | null;
    planStatus: string;
    planStatusLabel: string;
  }>;
  canSign: boolean;
  canAct: boolean;
}

export interface Subsidies {
  payments: SubsidyPayment[];
  totalPaidCents: number;
  bankDetails: { status: 'approved' | 'pending' | 'missing'; ibanEnd: string | null };
}

export interface PaymentRow extends SubsidyPayment {
  provider: { id: string; displayName: string };
}

export interface PaymentBatch {
  id: string;
  executionDate: string;
  count: number;
  totalCents: number;
  releasedAt: string;
  releasedBy: string;
  fileUrl: string;
}

export interface PaymentTotal {
  count: number;
  totalCents: number;
}
export interface Payments {
  /** The most urgent ready payments; `totals.ready` counts them all. */
  ready: PaymentRow[];
  waiting: PaymentRow[];
  totals: { ready: PaymentTotal; waiting: PaymentTotal };
  batches: PaymentBatch[];
}

export type MailFrequency = 'immediate' | 'daily';

/** « Mes préférences » of an agent: how they hear of the tasks of their scope. */
export interface MailPreferences {
  frequency: MailFrequency;
  label: string;
  /** « 07:30 », when the daily digest leaves on working days. */
  digestTime: string;
  options: Array<{ value: MailFrequency; label: string }>;
}

/** A message that could not be delivered in time, for the coordination. */
export interface UndeliverableMail {
  id: string;
  subject: string;
  toName: string;
  toAddress: string;
  caseId: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  undeliverableAt: string | null;
  status: 'pending' | 'sent' | 'undeliverable';
}

// The Flash accueil

export type FlashIssueStatus = 'draft' | 'sending' | 'sent';

/** An issue of the Flash accueil; `coordination` is null for a childminder. */
export interface FlashIssue {
  id: string;
  title: string;
  body: string;
  paragraphs: string[];
  status: FlashIssueStatus;
  statusLabel: string;
  pdf: { name: string; size: number; url: string } | null;
  sentAt: string | null;
  coordination: {
    createdBy: { id: string; displayName: string };
    createdAt: string;
    updatedAt: string;
    sentBy: { id: string; displayName: string } | null;
    queuedAt: string | null;
    email: { recipients: number; processed: number };
    post: { recipients: number; incomplete: number; csvUrl: string; labelsUrl: string };
  } | null;
}

export interface FlashIssueInput {
  title: string;
  body: string;
}
