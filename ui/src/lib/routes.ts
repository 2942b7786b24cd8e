import { html } from 'lit';
import type { SessionUser } from '../api/types.js';
import type { PageRoute, RouteAt } from '../procedures/contract.js';
import { procedureRoutes } from '../procedures.js';
import { homePathFor, isAgent, isAgentSubsides, isProvider, isSupervisor } from './roles.js';

/** Where the shell sends an address no page answers. */
const NOT_FOUND: PageRoute = {
  page: 'not-found',
  pattern: /$^/,
  title: 'Page introuvable',
  render: (_at, user) =>
    html`<pro-message-page
      heading="Page introuvable"
      message="La page demandée n'existe pas ou a été déplacée."
      .linkHref=${user ? homePathFor(user) : '/connexion'}
      linkLabel=${user ? "Retour à votre page d'accueil" : 'Aller à la page de connexion'}
    ></pro-message-page>`,
};

const agentOrSupervisor = (u: SessionUser) => isAgent(u) || isSupervisor(u);

/** The pages that belong to no procedure; the shell defines their elements. */
const sharedRoutes: PageRoute[] = [
  {
    page: 'login',
    pattern: /^\/connexion$/,
    title: 'Connexion',
    render: ({ returnPath }, user) =>
      html`<pro-login-page .user=${user} .returnPath=${returnPath}></pro-login-page>`,
  },
  {
    page: 'forgot-password',
    pattern: /^\/mot-de-passe-oublie$/,
    title: 'Mot de passe oublié',
    render: () => html`<pro-forgot-password-page></pro-forgot-password-page>`,
  },
  {
    page: 'new-password',
    pattern: /^\/mot-de-passe\/nouveau$/,
    title: 'Choisir un nouveau mot de passe',
    render: () => html`<pro-new-password-page></pro-new-password-page>`,
  },
  {
    page: 'home',
    pattern: /^\/accueil$/,
    title: 'Accueil',
    allows: isProvider,
    render: () => html`<pro-home-page></pro-home-page>`,
  },
  {
    page: 'my-cases',
    pattern: /^\/mes-demandes$/,
    title: 'Mes demandes',
    allows: isProvider,
    render: () => html`<pro-my-cases-page></pro-my-cases-page>`,
  },
  {
    page: 'campaigns',
    pattern: /^\/campagnes$/,
    title: 'Campagnes de bilans',
    allows: isSupervisor,
    render: () => html`<pro-campaigns-page></pro-campaigns-page>`,
  },
  {
    page: 'flash',
    pattern: /^\/flash-accueil$/,
    title: 'Flash accueil',
    allows: isSupervisor,
    render: () => html`<pro-flash-page></pro-flash-page>`,
  },
  {
    page: 'flash-issue',
    pattern: /^\/flash-accueil\/(?<id>[^/]+)$/,
    title: 'Flash accueil',
    allows: isSupervisor,
    render: ({ params }) => html`<pro-flash-issue-page .issueId=${params.id}></pro-flash-issue-page>`,
  },
  {
    page: 'my-flash',
    pattern: /^\/mes-flash-accueil$/,
    title: 'Flash accueil',
    allows: isProvider,
    render: () => html`<pro-my-flash-page></pro-my-flash-page>`,
  },
  {
    page: 'my-flash-issue',
    pattern: /^\/mes-flash-accueil\/(?<id>[^/]+)$/,
    title: 'Flash accueil',
    allows: isProvider,
    render: ({ params }) => html`<pro-my-flash-page .issueId=${params.id}></pro-my-flash-page>`,
  },
  {
    page: 'tasks',
    pattern: /^\/taches$/,
    title: 'Tâches',
    allows: agentOrSupervisor,
    render: ({ query }) => html`<pro-tasks-page .view=${query.get('vue') ?? ''}></pro-tasks-page>`,
  },
  {
    page: 'task',
    pattern: /^\/taches\/(?<id>[^/]+)$/,
    title: 'Tâche',
    allows: agentOrSupervisor,
    render: ({ params }, user) => html`<pro-task-page .taskId=${params.id} .user=${user}></pro-task-page>`,
  },
  {
    page: 'my-user',
    pattern: /^\/mon-utilisateur$/,
    title: 'Gestion de mon utilisateur',
    allows: () => true,
    render: () => html`<pro-my-user-page></pro-my-user-page>`,
  },
  {
    page: 'my-identification',
    pattern: /^\/ma-signaletique$/,
    title: 'Ma signalétique',
    allows: isProvider,
    render: (_at, user) =>
      html`<pro-signaletique-page own .providerId=${user?.providerId ?? ''}></pro-signaletique-page>`,
  },
  {
    page: 'my-authorisation',
    pattern: /^\/mon-autorisation$/,
    title: 'Mon autorisation',
    allows: isProvider,
    render: (_at, user) =>
      html`<pro-authorisation-page own .providerId=${user?.providerId ?? ''}></pro-authorisation-page>`,
  },
  {
    page: 'preferences',
    pattern: /^\/mes-preferences$/,
    title: 'Mes préférences',
    allows: () => true,
    render: (_at, user) =>
      user?.providerId
        ? html`<pro-preferences-page></pro-preferences-page>`
        : html`<pro-agent-preferences-page></pro-agent-preferences-page>`,
  },
  {
    page: 'subsidies',
    pattern: /^\/mes-subsides$/,
    title: 'Mes subsides',
    allows: isProvider,
    render: (_at, user) =>
      html`<pro-subsidies-page .providerId=${user?.providerId ?? ''}></pro-subsidies-page>`,
  },
  {
    page: 'payments',
    pattern: /^\/paiements$/,
    title: 'Paiements',
    allows: isAgentSubsides,
    render: () => html`<pro-payments-page></pro-payments-page>`,
  },
  {
    page: 'myone',
    pattern: /^\/myone$/,
    title: "MY.ONE — Trouver un milieu d'accueil",
    render: ({ query }) => html`<pro-myone-page .search=${query.toString()}></pro-myone-page>`,
  },
  {
    page: 'contacts',
    pattern: /^\/contacts-one$/,
    title: 'Contacts ONE',
    allows: isProvider,
    render: () => html`<pro-contacts-page></pro-contacts-page>`,
  },
  {
    page: 'audit',
    pattern: /^\/historique-consultations$/,
    title: 'Historique des consultations et modifications',
    allows: isProvider,
    render: (_at, user) => html`<pro-audit-page .user=${user}></pro-audit-page>`,
  },
  {
    page: 'providers',
    pattern: /^\/accueillants$/,
    title: 'Accueillant·e·s',
    allows: agentOrSupervisor,
    render: () => html`<pro-providers-page></pro-providers-page>`,
  },
  {
    page: 'identification',
    pattern: /^\/accueillants\/(?<id>[^/]+)\/signaletique$/,
    title: 'Signalétique',
    allows: agentOrSupervisor,
    render: ({ params }) => html`<pro-signaletique-page .providerId=${params.id}></pro-signaletique-page>`,
  },
  {
    page: 'authorisation',
    pattern: /^\/accueillants\/(?<id>[^/]+)\/autorisation$/,
    title: 'Autorisation',
    allows: agentOrSupervisor,
    render: ({ params }) => html`<pro-authorisation-page .providerId=${params.id}></pro-authorisation-page>`,
  },
  {
    page: 'provider-audit',
    pattern: /^\/accueillants\/(?<id>[^/]+)\/historique$/,
    title: 'Historique des consultations et modifications',
    allows: isSupervisor,
    render: ({ params }) => html`<pro-audit-page .providerId=${params.id}></pro-audit-page>`,
  },
  {
    page: 'cases',
    pattern: /^\/dossiers$/,
    title: 'Dossiers',
    allows: isSupervisor,
    render: ({ query }) => html`<pro-cases-page .search=${query.toString()}></pro-cases-page>`,
  },
  {
    page: 'undeliverable-mails',
    pattern: /^\/e-mails-non-remis$/,
    title: 'E-mails non remis',
    allows: isSupervisor,
    render: () => html`<pro-undeliverable-mails-page></pro-undeliverable-mails-page>`,
  },
  {
    page: 'case',
    pattern: /^\/dossiers\/(?<id>[^/]+)$/,
    title: 'Dossier',
    allows: isSupervisor,
    render: ({ params }) => html`<pro-case-page .caseId=${params.id}></pro-case-page>`,
  },
];

const routes: readonly PageRoute[] = [...sharedRoutes, ...procedureRoutes];

export interface Route extends Omit<RouteAt, 'returnPath'> {
  page: string;
  title: string;
  path: string;
  /** False when the page needs a session (redirect to /connexion when signed out). */
  public: boolean;
  allows: (user: SessionUser) => boolean;
  /** The page's element (the shell has checked who may see it). */
  render(user: SessionUser | null, returnPath: string | null): ReturnType<PageRoute['render']>;
}

export function matchRoute(path: string, search: string): Route {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const query = new URLSearchParams(search);
  for (const route of routes) {
    const match = route.pattern.exec(normalised);
    if (!match) continue;
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(match.groups ?? {})) params[key] = decodeURIComponent(value);
    return routeOf(route, params, query, normalised);
  }
  return routeOf(NOT_FOUND, {}, query, normalised);
}

function routeOf(
  route: PageRoute,
  params: Record<string, string>,
  query: URLSearchParams,
  path: string,
): Route {
  return {
    page: route.page,
    title: route.title,
    params,
    query,
    path,
    public: route.allows === undefined,
    allows: route.allows ?? (() => true),
    render: (user, returnPath) => route.render({ params, query, returnPath }, user),
  };
}
