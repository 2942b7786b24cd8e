/**
 * Shapes of the JSON the server sends and receives, named as the pages use them. Every API shape
 * comes from ./openapi.ts, generated from the API's OpenAPI document (npm run generate:ui-types):
 * a change to a route's schema shows here, at compile time. Written by hand, each saying why: the
 * cases filter form's state, and refinements where the UI needs more than the API documents (the
 * signalétique's JSON parts) or sends less than it requires (empty numbers, for the server to name).
 */
import type { components, paths } from './openapi.js';

type Schemas = components['schemas'];

/** The JSON body of a route's success answer (200 or 201). */
type Answer<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : paths[P][M] extends { responses: { 201: { content: { 'application/json': infer T } } } }
    ? T
    : never;

/** The JSON body a route accepts. */
type RequestBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody: { content: { 'application/json': infer T } };
}
  ? T
  : never;

/** The query parameters a route accepts. */
type Query<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

// Session and people

export type SessionUser = Schemas['User'];
export type LoginMethod = SessionUser['loginMethod'];
export type Subregion = NonNullable<SessionUser['subregion']>;
export type PersonRef = NonNullable<Task['assignee']>;
export type ProviderRef = NonNullable<Task['provider']>;

/** « Convertir mon utilisateur ». */
export type ConversionInput = Schemas['ConversionInput'];

// Cases, tasks and their outcomes

export type CaseSummary = Schemas['CaseSummary'];
export type CaseDocument = CaseSummary['documents'][number];
export type CaseDetail = Schemas['CaseDetail'];
export type Outcome = Schemas['Outcome'];
export type Task = Schemas['Task'];
export type TaskCounts = Schemas['TaskCounts'];
export type TimelineEntry = Schemas['TimelineEntry'];
export type TimelineKind = TimelineEntry['kind'];
export type Notification = Schemas['Notification'];

export type ProviderHome = Answer<'/me/home', 'get'>;
export type Badge = ProviderHome['badges'][number];

export type CessationRiskReportInput = Schemas['CessationRiskReport'];
export type CessationRiskPeriod = CessationRiskReportInput['period'];
export type CessationRiskReason = CessationRiskReportInput['reason'];

export type TaskView = NonNullable<Query<'/tasks', 'get'>['view']>;

/** What a task's completion carries: one shape per kind of task. */
type TaskOutcomeInput = Schemas['TaskOutcome'];

/** The outcome of a cessation-risk analysis. */
export type OutcomeInput = Extract<
  TaskOutcomeInput,
  { decision: 'financial_support' | 'no_support' | 'closed' }
>;
export type OutcomeDecision = OutcomeInput['decision'];

/** The outcome of a bilan task: the agent conseil's comment. */
export type ReviewInput = Pick<TaskOutcomeInput, 'comment'>;

/** What an agent decides about bank details or a photo. */
export type ValidationOutcomeInput = Extract<TaskOutcomeInput, { decision: 'approved' | 'rejected' }>;

/** The review of an adaptation request. */
export type AdaptationOutcomeInput = Extract<
  TaskOutcomeInput,
  { decision: 'accepted' | 'refused' | 'more_info' }
>;
export type AdaptationDecision = AdaptationOutcomeInput['decision'];

/**
 * The state of the cases page's filter form (GET /cases takes them as text in the query string):
 * written by hand, it is the UI's state, not an API shape.
 */
export interface CaseFilters {
  procedure?: string;
  status?: 'open' | 'closed';
  providerId?: string;
  overdue?: boolean;
}

// Providers: identification, audit, contacts

/** « Signalétique » — identification. The NISS and BCE come masked unless the reader may see them. */
export type Identification = Schemas['Identification'];
export type Masked = Identification['niss'];
export type IdentificationChange = RequestBody<'/providers/{id}/identification', 'patch'>;
export type AuditEntry = Schemas['AuditEntry'];
export type ContactsOne = Schemas['ContactsOne'];
export type OneContact = ContactsOne['contacts'][number];

// Bilan de fonctionnement

export type BilanSummary = Schemas['BilanSummary'];
export type Bilan = Schemas['Bilan'];
export type BilanStage = BilanSummary['stage'];
export type BilanCategory = NonNullable<Bilan['volet1']>['categories'][number];
export type BilanCategoryCode = BilanCategory['code'];
export type BilanRating = NonNullable<BilanCategory['rating']>;
export type BilanObjective = NonNullable<Bilan['volet2']>['objectives'][number];
export type BilanTheme = BilanObjective['theme'];
export type BilanAction = NonNullable<Bilan['plan']>['actions'][number];
export type BilanDocument = NonNullable<Bilan['documents']>[number];
export type AssessmentInput = Schemas['BilanAssessment'];
export type ObjectiveInput = Schemas['BilanObjective'];
export type ActionInput = Schemas['BilanAction'];
export type Campaign = Schemas['Campaign'];
export type CampaignInput = Schemas['CampaignInput'];

// Signalétique (the whole provider record), bank details, photos, MY.ONE

type SignaletiqueBody = Schemas['SignaletiqueInput'];
export type DayCode = keyof SignaletiqueBody['openingHours'];
export type DayHours = SignaletiqueBody['openingHours'][DayCode];
export type AvailabilityStatus = SignaletiqueBody['availability']['status'];
export type PostalAddress = SignaletiqueBody['postalAddress'];

/**
 * The record as it reads. The API documents the parts kept as JSON (postal address, opening
 * hours, qualities, groups) as loose records; the UI reads them with the shapes the form saves.
 */
export type Signaletique = Omit<
  Schemas['Signaletique'],
  'postalAddress' | 'openingHours' | 'qualities' | 'groups'
> & {
  postalAddress: PostalAddress | null;
  openingHours: Partial<Record<DayCode, DayHours>> | null;
  qualities: Partial<SignaletiqueBody['qualities']> | null;
  groups: Partial<SignaletiqueBody['groups']> | null;
};

/**
 * What the form submits: the API's body, except that an empty or mistyped number goes as null
 * so that the server's answer names the field.
 */
export type SignaletiqueInput = Omit<SignaletiqueBody, 'groups'> & {
  groups: { [K in keyof SignaletiqueBody['groups']]: SignaletiqueBody['groups'][K] | null };
};
export type FileUploadInput = Schemas['FileUpload'];
export type RibInput = Schemas['RibSubmission'];
export type FlashAccueil = Schemas['PreferencesInput']['flashAccueil'];
export type Preferences = Answer<'/me/preferences', 'get'>;

/** What an agent validates: the submission, beside the data in force. */
export type ValidationSubmission = Schemas['ValidationSubmission'];

/** A childcare place as parents see it on MY.ONE. */
export type PublicPlace = Schemas['MyOnePlace'];
/** The search form's text, as it travels in the query string; its keys are the route's filters. */
export type PlaceSearch = { [K in keyof Query<'/public/places', 'get'>]?: string };

// « Mon autorisation » and its adaptation requests

export type Authorisation = Schemas['Authorisation'];
export type AuthorisationStatus = Authorisation['status'];
export type AuthorisationEvent = Authorisation['history'][number];
export type DecisionDocument = Authorisation['documents'][number];
export type Adaptation = Schemas['Adaptation'];
export type AdaptationStage = Adaptation['stage'];
export type AdaptationExchange = Adaptation['exchanges'][number];
export type AdaptationInput = Schemas['AdaptationRequest'];
export type AdaptationType = AdaptationInput['type'];

// ACTE, « accueil en transition écologique », and « Mes subsides »

export type Acte = Schemas['Acte'];
export type SubsidyPayment = Schemas['SubsidyPayment'];
export type PaymentStatus = SubsidyPayment['status'];
export type ActePlanContent = Schemas['ActePlan'];
export type DiagnosisValue = ActePlanContent['diagnosis'][string];
export type ActePlanReview = Schemas['ActePlanReviewContent'];
export type ReviewStatus = ActePlanReview['actions'][string];
export type ActePlanStatus = NonNullable<Acte['plan']>['status'];
export type Subsidies = Answer<'/providers/{id}/subsidies', 'get'>['subsidies'];
export type Payments = Answer<'/payments', 'get'>;
export type PaymentRow = Payments['ready'][number];
export type PaymentBatch = Schemas['PaymentBatch'];
export type PaymentTotal = Schemas['PaymentTotal'];

// Mails

/** « Mes préférences » of an agent: how they hear of the tasks of their scope. */
export type MailPreferences = Schemas['MailPreferences'];
export type MailFrequency = MailPreferences['frequency'];
/** A message that could not be delivered in time, for the coordination. */
export type UndeliverableMail = Schemas['UndeliverableMail'];

// The Flash accueil

/** An issue of the Flash accueil; `coordination` is null for a childminder. */
export type FlashIssue = Schemas['FlashIssue'];
export type FlashIssueStatus = FlashIssue['status'];
export type FlashIssueInput = Schemas['FlashIssueInput'];
