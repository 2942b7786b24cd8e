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
import { myOneRoutes } from './myone';
import { authorisationRoutes } from './authorisation';
import { acteRoutes } from './acte';
import { directoryRoutes } from './directory';
import { providerRoutes } from './providers';
import { mailRoutes } from './mail';
import { flashRoutes } from './flash';

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
  myOneRoutes,
  acteRoutes,
  authorisationRoutes,
  directoryRoutes,
  providerRoutes,
  mailRoutes,
  flashRoutes,
];
