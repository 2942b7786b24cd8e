/** The roles of DOMAIN.md, with the words people use for them. */
export const ROLES = [
  'provider',
  'agent_conseil',
  'referent_accueil',
  'referent_sante',
  'cellule_veille',
  'agent_subsides',
  'equipe_acte',
  'helpdesk',
  'support_technique',
  'supervisor',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  provider: 'Accueillant·e indépendant·e',
  agent_conseil: 'Agent conseil',
  referent_accueil: 'Référent·e accueil',
  referent_sante: 'Référent·e santé',
  cellule_veille: 'Cellule de veille',
  agent_subsides: 'Agent subsides',
  equipe_acte: 'Équipe ACTE',
  helpdesk: 'Helpdesk PRO.ONE',
  support_technique: 'Support technique',
  supervisor: 'Coordination',
};

export const SUBREGIONS = [
  { code: 'brabant_wallon', name: 'Brabant wallon' },
  { code: 'bruxelles', name: 'Bruxelles' },
  { code: 'hainaut', name: 'Hainaut' },
  { code: 'liege', name: 'Liège' },
  { code: 'luxembourg', name: 'Luxembourg' },
  { code: 'namur', name: 'Namur' },
] as const;
export type SubregionCode = (typeof SUBREGIONS)[number]['code'];

export function subregionName(code: string): string {
  return SUBREGIONS.find((s) => s.code === code)?.name ?? code;
}
