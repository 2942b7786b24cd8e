import type { Db } from '../index';
import { SUBREGIONS, type Role } from '../../common/roles';

/** Demo people: a handful of childminders across subregions, one user per agent role, a supervisor. */
export const DEMO_PROVIDERS = [
  {
    id: 'p-rousseau',
    firstName: 'Muriel',
    lastName: 'Rousseau',
    subregionCode: 'liege',
    city: 'Liège',
    postcode: '4000',
  },
  {
    id: 'p-dubois',
    firstName: 'Sophie',
    lastName: 'Dubois',
    subregionCode: 'namur',
    city: 'Namur',
    postcode: '5000',
  },
  {
    id: 'p-lambert',
    firstName: 'Nadia',
    lastName: 'Lambert',
    subregionCode: 'bruxelles',
    city: 'Ixelles',
    postcode: '1050',
  },
  {
    id: 'p-peeters',
    firstName: 'Claire',
    lastName: 'Peeters',
    subregionCode: 'hainaut',
    city: 'Mons',
    postcode: '7000',
  },
  {
    id: 'p-renard',
    firstName: 'Julie',
    lastName: 'Renard',
    subregionCode: 'brabant_wallon',
    city: 'Wavre',
    postcode: '1300',
  },
  {
    id: 'p-collin',
    firstName: 'Anne',
    lastName: 'Collin',
    subregionCode: 'luxembourg',
    city: 'Arlon',
    postcode: '6700',
  },
];

export interface DemoUser {
  id: string;
  displayName: string;
  email: string;
  roles: Role[];
  subregionCode: string | null;
  providerId: string | null;
}

export const DEMO_USERS: DemoUser[] = [
  ...DEMO_PROVIDERS.map((p) => ({
    id: `u-${p.id.slice(2)}`,
    displayName: `${p.firstName} ${p.lastName}`,
    email: `${p.firstName}.${p.lastName}@exemple.be`.toLowerCase(),
    roles: ['provider'] as Role[],
    subregionCode: p.subregionCode,
    providerId: p.id,
  })),
  {
    id: 'u-veille',
    displayName: 'Jeanne Martin',
    email: 'jeanne.martin@one.exemple.be',
    roles: ['cellule_veille'],
    subregionCode: null,
    providerId: null,
  },
  {
    id: 'u-conseil',
    displayName: 'Thomas Lejeune',
    email: 'thomas.lejeune@one.exemple.be',
    roles: ['agent_conseil'],
    subregionCode: 'liege',
    providerId: null,
  },
  {
    id: 'u-accueil',
    displayName: 'Isabelle Moreau',
    email: 'isabelle.moreau@one.exemple.be',
    roles: ['referent_accueil'],
    subregionCode: 'liege',
    providerId: null,
  },
  {
    id: 'u-sante',
    displayName: 'Marc Dupont',
    email: 'marc.dupont@one.exemple.be',
    roles: ['referent_sante'],
    subregionCode: 'liege',
    providerId: null,
  },
  {
    id: 'u-subsides',
    displayName: 'Karim Benali',
    email: 'karim.benali@one.exemple.be',
    roles: ['agent_subsides'],
    subregionCode: null,
    providerId: null,
  },
  {
    id: 'u-acte',
    displayName: 'Élise Lambotte',
    email: 'elise.lambotte@one.exemple.be',
    roles: ['equipe_acte'],
    subregionCode: null,
    providerId: null,
  },
  {
    id: 'u-helpdesk',
    displayName: 'Sarah Lemaire',
    email: 'sarah.lemaire@one.exemple.be',
    roles: ['helpdesk'],
    subregionCode: null,
    providerId: null,
  },
  {
    id: 'u-coordination',
    displayName: 'Philippe Wauters',
    email: 'philippe.wauters@one.exemple.be',
    roles: ['supervisor'],
    subregionCode: null,
    providerId: null,
  },
];

/** Idempotent: running it on every start adds what is missing and changes nothing else. */
export async function seedDemo(db: Db): Promise<void> {
  await db.transaction(async (trx) => {
    await trx('subregions')
      .insert(SUBREGIONS.map((s) => ({ ...s })))
      .onConflict('code')
      .ignore();
    await trx('providers').insert(DEMO_PROVIDERS).onConflict('id').ignore();
    await trx('users')
      .insert(DEMO_USERS.map((u) => ({ ...u, roles: u.roles })))
      .onConflict('id')
      .ignore();
  });
}
