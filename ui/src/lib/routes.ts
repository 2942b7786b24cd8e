import type { SessionUser } from '../api/types.js';
import { isAgent, isProvider, isSupervisor } from './roles.js';

export type PageName =
  'login' | 'home' | 'report' | 'my-cases' | 'tasks' | 'task' | 'cases' | 'case' | 'not-found';

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
  { page: 'home', pattern: /^\/accueil$/, title: 'Accueil', allows: isProvider },
  {
    page: 'report',
    pattern: /^\/signalement$/,
    title: "Signaler un risque de cessation d'activité",
    allows: isProvider,
  },
  { page: 'my-cases', pattern: /^\/mes-demandes$/, title: 'Mes demandes', allows: isProvider },
  { page: 'tasks', pattern: /^\/taches$/, title: 'Tâches', allows: (u) => isAgent(u) || isSupervisor(u) },
  {
    page: 'task',
    pattern: /^\/taches\/(?<id>[^/]+)$/,
    title: 'Tâche',
    allows: (u) => isAgent(u) || isSupervisor(u),
  },
  { page: 'cases', pattern: /^\/dossiers$/, title: 'Dossiers', allows: isSupervisor },
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
