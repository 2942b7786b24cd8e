import type {
  TaskCounts,
  Acte,
  FlashIssue,
  FlashIssueInput,
  MailFrequency,
  MailPreferences,
  UndeliverableMail,
  ActePlanContent,
  ActePlanReview,
  PaymentBatch,
  Payments,
  Subsidies,
  ActionInput,
  Adaptation,
  AdaptationInput,
  AdaptationOutcomeInput,
  Authorisation,
  AssessmentInput,
  Bilan,
  BilanCategoryCode,
  BilanSummary,
  Campaign,
  CampaignInput,
  ObjectiveInput,
  ReviewInput,
  AuditEntry,
  ContactsOne,
  FileUploadInput,
  PlaceSearch,
  Preferences,
  FlashAccueil,
  PublicPlace,
  RibInput,
  Signaletique,
  SignaletiqueInput,
  ValidationOutcomeInput,
  ValidationSubmission,
  Identification,
  IdentificationChange,
  CaseDetail,
  CaseFilters,
  CaseSummary,
  CessationRiskReportInput,
  ConversionInput,
  Notification,
  OutcomeInput,
  ProviderHome,
  LoginMethod,
  ProviderRef,
  SessionUser,
  Task,
  TaskView,
} from './types.js';

export interface ApiErrorDetail {
  path: string;
  message: string;
}

/** An error answered by the server (or a network failure), with a French message to show as is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const NETWORK_MESSAGE = 'Impossible de joindre le serveur. Vérifiez votre connexion internet puis réessayez.';
const UNAVAILABLE_MESSAGE =
  'Le service est momentanément indisponible. Veuillez réessayer dans quelques instants.';

let unauthenticatedListener: (() => void) | null = null;

/**
 * The session's CSRF token, from GET /api/session or the login answer. Kept in memory only (never
 * in browser storage) and sent with every state-changing request.
 */
let csrfToken: string | null = null;

/** Called when the session has ended on the server side (any 401 except on the session itself). */
export function onUnauthenticated(listener: () => void): void {
  unauthenticatedListener = listener;
}

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
}

function isErrorBody(
  value: unknown,
): value is { error: { code: string; message: string; details?: ApiErrorDetail[] } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'message' in error;
}

/**
 * One JSON request to the API, with the session's CSRF token on changes and errors as `ApiError`:
 * every call of the interface goes through it (procedures' own modules too).
 */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', NETWORK_MESSAGE);
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;

  if (response.status === 401 && path !== '/session') unauthenticatedListener?.();
  if (isErrorBody(payload)) {
    const { code, message, details } = payload.error;
    throw new ApiError(response.status, code ?? 'ERROR', message, details ?? []);
  }
  throw new ApiError(response.status, 'UNAVAILABLE', UNAVAILABLE_MESSAGE);
}

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

// Session

export const getSession = async () => {
  const session = await request<{
    user: SessionUser;
    csrfToken: string;
    account: { loginMethod: LoginMethod };
  }>('GET', '/session');
  csrfToken = session.csrfToken;
  return session;
};
export const loginWithPassword = async (email: string, password: string) => {
  const answer = await request<{ user: SessionUser; csrfToken: string }>('POST', '/auth/password', {
    body: { email, password },
  });
  csrfToken = answer.csrfToken;
  return answer;
};
export const closeSession = async () => {
  try {
    await request<void>('DELETE', '/session');
  } finally {
    csrfToken = null;
  }
};
/** The strong login (CSAM: eID, itsme, clés BOSA) is a full-page visit, not a fetch. */
export const STRONG_LOGIN_URL = '/api/auth/oidc/start';

// « Gestion de mon utilisateur »

export const convertMyUser = async (input: ConversionInput) => {
  const answer = await request<{ message: string; next: string }>('POST', '/me/conversion', { body: input });
  csrfToken = null; // every session of the person has ended
  return answer;
};

// « Mot de passe oublié ? » (the link's secret travels in the body, never in an address)

export const requestPasswordReset = (email: string) =>
  request<{ message: string }>('POST', '/auth/password-reset', { body: { email } });
export const checkPasswordReset = (token: string) =>
  request<{ valid: true; expiresAt: string }>('POST', '/auth/password-reset/check', { body: { token } });
export const confirmPasswordReset = async (token: string, password: string) => {
  const answer = await request<{ message: string; next: string }>('POST', '/auth/password-reset/confirm', {
    body: { token, password },
  });
  csrfToken = null; // every session of the person has ended
  return answer;
};

// Provider

export const getMyHome = () => request<ProviderHome>('GET', '/me/home');
export const getMyCases = () => request<{ cases: CaseSummary[] }>('GET', '/me/cases');
export const reportCessationRisk = (input: CessationRiskReportInput, idempotencyKey: string) =>
  request<{ case: CaseSummary; message: string }>('POST', '/cessation-risk-reports', {
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

// Agents

export const getTasks = (view: TaskView) => request<{ tasks: Task[] }>('GET', `/tasks${query({ view })}`);
export const getTaskCounts = () => request<TaskCounts>('GET', '/tasks/counts');
export const getTask = (id: string) =>
  request<{ task: Task; case: CaseSummary; question: string | null }>(
    'GET',
    `/tasks/${encodeURIComponent(id)}`,
  );
export const claimTask = (id: string) =>
  request<{ task: Task }>('POST', `/tasks/${encodeURIComponent(id)}/claim`);
export const releaseTask = (id: string) =>
  request<{ task: Task }>('POST', `/tasks/${encodeURIComponent(id)}/release`);
export const completeTask = (
  id: string,
  outcome: OutcomeInput | ReviewInput | ValidationOutcomeInput | AdaptationOutcomeInput,
  idempotencyKey: string,
) =>
  request<{ task: Task }>('POST', `/tasks/${encodeURIComponent(id)}/complete`, {
    body: { outcome },
    headers: { 'Idempotency-Key': idempotencyKey },
  });
export const getTaskCandidates = (id: string) =>
  request<{ people: Array<{ id: string; displayName: string }> }>(
    'GET',
    `/tasks/${encodeURIComponent(id)}/candidates`,
  );
export const reassignTask = (id: string, assigneeId: string) =>
  request<{ task: Task }>('POST', `/tasks/${encodeURIComponent(id)}/assign`, { body: { assigneeId } });
export const getNotifications = () => request<{ notifications: Notification[] }>('GET', '/notifications');

// Supervisors

export const getCases = (filters: CaseFilters) =>
  request<{ cases: CaseSummary[] }>(
    'GET',
    `/cases${query({
      procedure: filters.procedure,
      status: filters.status,
      providerId: filters.providerId,
      overdue: filters.overdue ? 'true' : undefined,
    })}`,
  );
export const getCase = (id: string) => request<CaseDetail>('GET', `/cases/${encodeURIComponent(id)}`);
export const getProviders = () => request<{ providers: ProviderRef[] }>('GET', '/providers');

// Signalétique, Contacts ONE and the audit trail

export const getIdentification = (providerId: string) =>
  request<Identification>('GET', `/providers/${encodeURIComponent(providerId)}/identification`);
export const updateIdentification = (providerId: string, change: IdentificationChange) =>
  request<Identification>('PATCH', `/providers/${encodeURIComponent(providerId)}/identification`, {
    body: change,
  });
const providerPath = (id: string) => `/providers/${encodeURIComponent(id)}`;
export const getSignaletique = (providerId: string) =>
  request<Signaletique>('GET', `${providerPath(providerId)}/signaletique`);
export const submitSignaletique = (providerId: string, input: SignaletiqueInput) =>
  request<Signaletique>('PUT', `${providerPath(providerId)}/signaletique`, { body: input });
export const submitRib = (providerId: string, input: RibInput, idempotencyKey: string) =>
  request<Signaletique>('POST', `${providerPath(providerId)}/rib`, {
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
export const uploadPhoto = (providerId: string, photo: FileUploadInput, idempotencyKey: string) =>
  request<Signaletique>('POST', `${providerPath(providerId)}/photos`, {
    body: { photo },
    headers: { 'Idempotency-Key': idempotencyKey },
  });
export const removePhoto = (providerId: string, photoId: string) =>
  request<Signaletique>('DELETE', `${providerPath(providerId)}/photos/${encodeURIComponent(photoId)}`);
export const uploadProject = (providerId: string, document: FileUploadInput) =>
  request<Signaletique>('PUT', `${providerPath(providerId)}/project`, { body: { document } });
export const getPreferences = () => request<Preferences>('GET', '/me/preferences');
export const savePreferences = (flashAccueil: FlashAccueil) =>
  request<Preferences>('PUT', '/me/preferences', { body: { flashAccueil } });
export const getValidation = (caseId: string) =>
  request<ValidationSubmission>('GET', `/validations/${encodeURIComponent(caseId)}`);
export const searchPlaces = (search: PlaceSearch) =>
  request<{ places: PublicPlace[] }>('GET', `/public/places${query({ ...search })}`);
export const getProviderAudit = (providerId: string) =>
  request<{ events: AuditEntry[] }>('GET', `/providers/${encodeURIComponent(providerId)}/audit`);
export const getCaseAudit = (caseId: string) =>
  request<{ events: AuditEntry[] }>('GET', `/cases/${encodeURIComponent(caseId)}/audit`);
export const getMyContacts = () => request<ContactsOne>('GET', '/me/contacts');

// Bilans de fonctionnement

const bilanPath = (id: string) => `/bilans/${encodeURIComponent(id)}`;
type BilanAnswer = { bilan: Bilan };

export const getBilans = () => request<{ bilans: BilanSummary[] }>('GET', '/bilans');
export const getBilan = (id: string) => request<BilanAnswer>('GET', bilanPath(id));
export const saveAssessment = (id: string, category: BilanCategoryCode, input: AssessmentInput) =>
  request<BilanAnswer>('PUT', `${bilanPath(id)}/volet1/${category}`, { body: input });
export const shareVolet = (id: string, volet: 'volet1' | 'volet2', idempotencyKey: string) =>
  request<BilanAnswer>('POST', `${bilanPath(id)}/${volet}/share`, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });
export const createObjective = (id: string, input: ObjectiveInput) =>
  request<BilanAnswer>('POST', `${bilanPath(id)}/objectives`, { body: input });
export const updateObjective = (id: string, objectiveId: string, input: ObjectiveInput) =>
  request<BilanAnswer>('PUT', `${bilanPath(id)}/objectives/${encodeURIComponent(objectiveId)}`, {
    body: input,
  });
export const deleteObjective = (id: string, objectiveId: string) =>
  request<BilanAnswer>('DELETE', `${bilanPath(id)}/objectives/${encodeURIComponent(objectiveId)}`);
export const uploadDocument = (
  id: string,
  file: { name: string; contentType: string; contentBase64: string },
) => request<BilanAnswer>('POST', `${bilanPath(id)}/documents`, { body: file });
export const documentUrl = (id: string, documentId: string) =>
  `/api${bilanPath(id)}/documents/${encodeURIComponent(documentId)}`;
export const deleteDocument = (id: string, documentId: string) =>
  request<BilanAnswer>('DELETE', `${bilanPath(id)}/documents/${encodeURIComponent(documentId)}`);
export const createAction = (id: string, input: ActionInput) =>
  request<BilanAnswer>('POST', `${bilanPath(id)}/actions`, { body: input });
export const updateAction = (id: string, actionId: string, input: ActionInput) =>
  request<BilanAnswer>('PUT', `${bilanPath(id)}/actions/${encodeURIComponent(actionId)}`, { body: input });
export const deleteAction = (id: string, actionId: string) =>
  request<BilanAnswer>('DELETE', `${bilanPath(id)}/actions/${encodeURIComponent(actionId)}`);
export const sendPlan = (id: string, idempotencyKey: string) =>
  request<BilanAnswer>('POST', `${bilanPath(id)}/plan/send`, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });
export const extendBilan = (
  id: string,
  input: { deadline: string; reason: string },
  idempotencyKey: string,
) =>
  request<BilanAnswer>('POST', `${bilanPath(id)}/extend`, {
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

// Campaigns (coordination)

export const getCampaigns = () => request<{ campaigns: Campaign[] }>('GET', '/campaigns');
export const getCampaign = (id: string) =>
  request<{ campaign: Campaign }>('GET', `/campaigns/${encodeURIComponent(id)}`);
export const createCampaign = (input: CampaignInput) =>
  request<{ campaign: Campaign }>('POST', '/campaigns', { body: input });
export const reopenCampaign = (id: string) =>
  request<{ campaign: Campaign }>('POST', `/campaigns/${encodeURIComponent(id)}/open`);

// « Mon autorisation »

const adaptationPath = (caseId: string) => `/adaptations/${encodeURIComponent(caseId)}`;
type AdaptationAnswer = { adaptation: Adaptation };

export const getAuthorisation = (providerId: string) =>
  request<{ authorisation: Authorisation; requests: Adaptation[] }>(
    'GET',
    `${providerPath(providerId)}/authorisation`,
  );
export const requestAdaptation = (providerId: string, input: AdaptationInput, idempotencyKey: string) =>
  request<AdaptationAnswer>('POST', `${providerPath(providerId)}/adaptations`, {
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
export const getAdaptation = (caseId: string) => request<AdaptationAnswer>('GET', adaptationPath(caseId));
export const answerAdaptation = (caseId: string, text: string, idempotencyKey: string) =>
  request<AdaptationAnswer>('POST', `${adaptationPath(caseId)}/answer`, {
    body: { text },
    headers: { 'Idempotency-Key': idempotencyKey },
  });
export const cutShortAdaptation = (caseId: string, resumeOn: string) =>
  request<AdaptationAnswer>('POST', `${adaptationPath(caseId)}/cut-short`, { body: { resumeOn } });

// ACTE and « Mes subsides »

type ActeAnswer = { acte: Acte };
const actePath = (providerId: string) => `${providerPath(providerId)}/acte`;

export const getActe = (providerId: string) => request<ActeAnswer>('GET', actePath(providerId));
export const signActeCharter = (providerId: string, confirmed: boolean, idempotencyKey: string) =>
  request<ActeAnswer>('POST', `${actePath(providerId)}/charter`, {
    body: { confirmed },
    headers: { 'Idempotency-Key': idempotencyKey },
  });
export const saveActePlan = (providerId: string, year: number, content: ActePlanContent) =>
  request<ActeAnswer>('PUT', `${actePath(providerId)}/plan`, { body: { year, content } });
export const submitActePlan = (providerId: string, year: number, idempotencyKey: string) =>
  request<ActeAnswer>('POST', `${actePath(providerId)}/plan/submit`, {
    body: { year },
    headers: { 'Idempotency-Key': idempotencyKey },
  });
export const submitActeReview = (
  providerId: string,
  year: number,
  review: ActePlanReview,
  idempotencyKey: string,
) =>
  request<ActeAnswer>('POST', `${actePath(providerId)}/review`, {
    body: { year, review },
    headers: { 'Idempotency-Key': idempotencyKey },
  });
export const askActeQuestion = (providerId: string, question: string, idempotencyKey: string) =>
  request<{ question: { caseId: string; question: string } }>('POST', `${actePath(providerId)}/questions`, {
    body: { question },
    headers: { 'Idempotency-Key': idempotencyKey },
  });
export const getSubsidies = (providerId: string) =>
  request<{ subsidies: Subsidies }>('GET', `${providerPath(providerId)}/subsidies`);
export const getPayments = () => request<Payments>('GET', '/payments');
export const releasePaymentBatch = (executionDate: string, idempotencyKey: string) =>
  request<{ batch: PaymentBatch }>('POST', '/payment-batches', {
    body: { executionDate },
    headers: { 'Idempotency-Key': idempotencyKey },
  });

export const getMailPreferences = () => request<MailPreferences>('GET', '/me/mail-preferences');
export const saveMailPreferences = (frequency: MailFrequency) =>
  request<MailPreferences>('PUT', '/me/mail-preferences', { body: { frequency } });
export const getUndeliverableMails = () =>
  request<{ mails: UndeliverableMail[]; total: number }>('GET', '/mails/undeliverable');
export const resendMail = (id: string) =>
  request<UndeliverableMail>('POST', `/mails/${encodeURIComponent(id)}/resend`);

// The Flash accueil

const flashPath = (id: string) => `/flash-issues/${encodeURIComponent(id)}`;
export const getFlashIssues = () => request<{ issues: FlashIssue[] }>('GET', '/flash-issues');
export const getFlashIssue = (id: string) => request<{ issue: FlashIssue }>('GET', flashPath(id));
export const createFlashIssue = (input: FlashIssueInput) =>
  request<{ issue: FlashIssue }>('POST', '/flash-issues', { body: input });
export const saveFlashIssue = (id: string, input: FlashIssueInput) =>
  request<{ issue: FlashIssue }>('PUT', flashPath(id), { body: input });
export const attachFlashPdf = (id: string, pdf: FileUploadInput) =>
  request<{ issue: FlashIssue }>('PUT', `${flashPath(id)}/pdf`, { body: { pdf } });
export const removeFlashPdf = (id: string) =>
  request<{ issue: FlashIssue }>('DELETE', `${flashPath(id)}/pdf`);
export const sendFlashIssue = (id: string) =>
  request<{ issue: FlashIssue; started: boolean; message: string }>('POST', `${flashPath(id)}/send`);
