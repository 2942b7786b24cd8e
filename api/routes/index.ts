/**
 * Every group of routes the API serves. A procedure's routes are one entry (its own file):
 * adding a procedure adds its line here. Routers are tried in this order.
 */
import type Router from '@koa/router';
import type { ApiDeps } from '../deps';
import { sessionRoutes } from './sign-in';
import { authRoutes } from './auth';
import { passwordResetRoutes } from './password-reset';
import { conversionRoutes } from './conversion';
import { meRoutes } from './me';
import { cessationRiskRoutes } from './cessation-risk';
import { taskRoutes } from './tasks';
import { caseRoutes } from './cases';
import { bilanRoutes } from './bilans';
import { campaignRoutes } from './campaigns';
import { signaletiqueRoutes } from './signaletique';
import { preferenceRoutes } from './preferences';
import { bankDetailsRoutes } from './bank-details';
import { photoRoutes } from './photos';
import { projectRoutes } from './project';
import { validationRoutes } from './validations';
import { fileRoutes } from './files';
import { myOneRoutes } from './myone';
import { authorisationRoutes } from './authorisation';
import { adaptationRoutes } from './adaptations';
import { decisionDocumentRoutes } from './decision-documents';
import { acteRoutes } from './acte';
import { subsidyRoutes } from './subsidies';
import { paymentRoutes } from './payments';
import { directoryRoutes } from './directory';
import { identificationRoutes } from './identification';
import { auditTrailRoutes } from './audit-trail';
import { contactRoutes } from './contacts';
import { mailRoutes } from './mail';
import { flashRoutes } from './flash';
import { helpdeskRoutes } from './helpdesk';

export const API_ROUTES: ReadonlyArray<(deps: ApiDeps) => Router> = [
  sessionRoutes,
  authRoutes,
  passwordResetRoutes,
  conversionRoutes,
  meRoutes,
  cessationRiskRoutes,
  taskRoutes,
  caseRoutes,
  bilanRoutes,
  campaignRoutes,
  signaletiqueRoutes,
  preferenceRoutes,
  bankDetailsRoutes,
  photoRoutes,
  projectRoutes,
  validationRoutes,
  fileRoutes,
  myOneRoutes,
  acteRoutes,
  subsidyRoutes,
  paymentRoutes,
  authorisationRoutes,
  adaptationRoutes,
  decisionDocumentRoutes,
  directoryRoutes,
  identificationRoutes,
  auditTrailRoutes,
  contactRoutes,
  mailRoutes,
  flashRoutes,
  helpdeskRoutes,
];
