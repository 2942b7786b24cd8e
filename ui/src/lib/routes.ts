import type { SessionUser } from '../api/types.js';
import { isAgent, isAgentSubsides, isProvider, isSupervisor } from './roles.js';

export type PageName =
  | 'login'
  | 'forgot-password'
  | 'new-password'
  | 'home'
  | 'report'
  | 'my-cases'
  | 'tasks'
  | 'task'
  | 'cases'
  | 'case'
  | 'my-identification'
  | 'my-authorisation'
  | 'authorisation'
  | 'identification'
  | 'providers'
  | 'contacts'
  | 'audit'
  | 'provider-audit'
  | 'my-user'
  | 'my-bilans'
  | 'bilan-documentation'
  | 'my-bilan'
  | 'bilan'
  | 'campaigns'
  | 'flash'
  | 'flash-issue'
  | 'my-flash'
  | 'my-flash-issue'
  | 'preferences'
  | 'myone'
  | 'acte'
  | 'acte-plan'
  | 'provider-acte'
  | 'provider-acte-plan'
  | 'subsidies'
  | 'payments'
  | 'undeliverable-mails'
  | 'not-found';

interface RouteDefinition {
  page: PageName;
  pattern: RegExp;
  /** Page title (before « — PRO.ONE »). */
  title: string;
  /** Who may open the page; undefined means anyone, even signed out. */
  allows?: (user: SessionUser) => boolean;
}

const routes: RouteDefinition[] = [
  { page: 'login', pattern: /^\/connexion$/, title: 'Connexion' },
  { page: 'forgot-password', pattern: /^\/mot-de-passe-oublie$/, title: 'Mot de passe oublié' },
  {
    page: 'new-password',
    pattern: /^\/mot-de-passe\/nouveau$/,
    title: 'Choisir un nouveau mot de passe',
  },
  { page: 'home', pattern: /^\/accueil$/, title: 'Accueil', allows: isProvider },
  {
    page: 'report',
    pattern: /^\/signalement$/,
    title: "Signaler un risque de cessation d'activité",
    allows: isProvider,
  },
  { page: 'my-cases', pattern: /^\/mes-demandes$/, title: 'Mes demandes', allows: isProvider },
  { page: 'my-bilans', pattern: /^\/mes-bilans$/, title: 'Mes bilans', allows: isProvider },
  {
    page: 'bilan-documentation',
    pattern: /^\/mes-bilans\/documentation$/,
    title: 'Documentation du bilan de fonctionnement',
    allows: isProvider,
  },
  {
    page: 'my-bilan',
    pattern: /^\/mes-bilans\/(?<id>[^/]+)$/,
    title: 'Bilan de fonctionnement',
    allows: isProvider,
  },
  {
    page: 'bilan',
    pattern: /^\/bilans\/(?<id>[^/]+)$/,
    title: 'Bilan de fonctionnement',
    allows: (u) => isAgent(u) || isSupervisor(u),
  },
  { page: 'campaigns', pattern: /^\/campagnes$/, title: 'Campagnes de bilans', allows: isSupervisor },
  { page: 'flash', pattern: /^\/flash-accueil$/, title: 'Flash accueil', allows: isSupervisor },
  {
    page: 'flash-issue',
    pattern: /^\/flash-accueil\/(?<id>[^/]+)$/,
    title: 'Flash accueil',
    allows: isSupervisor,
  },
  { page: 'my-flash', pattern: /^\/mes-flash-accueil$/, title: 'Flash accueil', allows: isProvider },
  {
    page: 'my-flash-issue',
    pattern: /^\/mes-flash-accueil\/(?<id>[^/]+)$/,
    title: 'Flash accueil',
    allows: isProvider,
  },
  { page: 'tasks', pattern: /^\/taches$/, title: 'Tâches', allows: (u) => isAgent(u) || isSupervisor(u) },
  {
    page: 'task',
    pattern: /^\/taches\/(?<id>[^/]+)$/,
    title: 'Tâche',
    allows: (u) => isAgent(u) || isSupervisor(u),
  },
  {
    page: 'my-user',
    pattern: /^\/mon-utilisateur$/,
    title: 'Gestion de mon utilisateur',
    allows: () => true,
  },
  { page: 'my-identification', pattern: /^\/ma-signaletique$/, title: 'Ma signalétique', allows: isProvider },
  {
    page: 'my-authorisation',
    pattern: /^\/mon-autorisation$/,
    title: 'Mon autorisation',
    allows: isProvider,
  },
  { page: 'preferences', pattern: /^\/mes-preferences$/, title: 'Mes préférences', allows: () => true },
  { page: 'subsidies', pattern: /^\/mes-subsides$/, title: 'Mes subsides', allows: isProvider },
  { page: 'acte', pattern: /^\/acte$/, title: 'Accueil en transition écologique', allows: isProvider },
  {
    page: 'acte-plan',
    pattern: /^\/acte\/plan$/,
    title: 'Mon plan d’action écologique',
    allows: isProvider,
  },
  { page: 'payments', pattern: /^\/paiements$/, title: 'Paiements', allows: isAgentSubsides },
  { page: 'myone', pattern: /^\/myone$/, title: "MY.ONE — Trouver un milieu d'accueil" },
  { page: 'contacts', pattern: /^\/contacts-one$/, title: 'Contacts ONE', allows: isProvider },
  {
    page: 'audit',
    pattern: /^\/historique-consultations$/,
    title: 'Historique des consultations et modifications',
    allows: isProvider,
  },
  {
    page: 'providers',
    pattern: /^\/accueillants$/,
    title: 'Accueillant·e·s',
    allows: (u) => isAgent(u) || isSupervisor(u),
  },
  {
    page: 'identification',
    pattern: /^\/accueillants\/(?<id>[^/]+)\/signaletique$/,
    title: 'Signalétique',
    allows: (u) => isAgent(u) || isSupervisor(u),
  },
  {
    page: 'authorisation',
    pattern: /^\/accueillants\/(?<id>[^/]+)\/autorisation$/,
    title: 'Autorisation',
    allows: (u) => isAgent(u) || isSupervisor(u),
  },
  {
    page: 'provider-acte',
    pattern: /^\/accueillants\/(?<id>[^/]+)\/acte$/,
    title: 'ACTE',
    allows: (u) => isAgent(u) || isSupervisor(u),
  },
  {
    page: 'provider-acte-plan',
    pattern: /^\/accueillants\/(?<id>[^/]+)\/acte\/plan$/,
    title: 'Plan d’action écologique',
    allows: (u) => isAgent(u) || isSupervisor(u),
  },
  {
    page: 'provider-audit',
    pattern: /^\/accueillants\/(?<id>[^/]+)\/historique$/,
    title: 'Historique des consultations et modifications',
    allows: isSupervisor,
  },
  { page: 'cases', pattern: /^\/dossiers$/, title: 'Dossiers', allows: isSupervisor },
  {
    page: 'undeliverable-mails',
    pattern: /^\/e-mails-non-remis$/,
    title: 'E-mails non remis',
    allows: isSupervisor,
  },
  { page: 'case', pattern: /^\/dossiers\/(?<id>[^/]+)$/, title: 'Dossier', allows: isSupervisor },
];

export interface Route {
  page: PageName;
  title: string;
  params: Record<string, string>;
  query: URLSearchParams;
  path: string;
  /** False when the page needs a session (redirect to /connexion when signed out). */
  public: boolean;
  allows: (user: SessionUser) => boolean;
}

export function matchRoute(path: string, search: string): Route {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  for (const route of routes) {
    const match = route.pattern.exec(normalised);
    if (!match) continue;
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(match.groups ?? {})) params[key] = decodeURIComponent(value);
    return {
      page: route.page,
      title: route.title,
      params,
      query: new URLSearchParams(search),
      path: normalised,
      public: route.allows === undefined,
      allows: route.allows ?? (() => true),
    };
  }
  return {
    page: 'not-found',
    title: 'Page introuvable',
    params: {},
    query: new URLSearchParams(search),
    path: normalised,
    public: true,
    allows: () => true,
  };
}
