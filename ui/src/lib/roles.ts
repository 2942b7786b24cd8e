import type { SessionUser } from '../api/types.js';

export const PROVIDER = 'provider';
export const SUPERVISOR = 'supervisor';

/** Every other role is an ONE agent who handles tasks (cellule de veille, agent conseil, …). */
export function isAgent(user: SessionUser): boolean {
  return user.roles.some((role) => role !== PROVIDER && role !== SUPERVISOR);
}

export function isProvider(user: SessionUser): boolean {
  return user.roles.includes(PROVIDER);
}

/** The OFFICE.ONE agents for bank data and payments: they release the subsidy batches. */
export function isAgentSubsides(user: SessionUser): boolean {
  return user.roles.includes('agent_subsides');
}

export function isSupervisor(user: SessionUser): boolean {
  return user.roles.includes(SUPERVISOR);
}

/** The first page after login: the provider's home, the agent's tasks or the supervisor's cases. */
export function homePathFor(user: SessionUser): string {
  if (isProvider(user)) return '/accueil';
  if (isAgent(user)) return '/taches';
  if (isSupervisor(user)) return '/dossiers';
  return '/connexion';
}
