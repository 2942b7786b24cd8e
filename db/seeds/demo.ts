import type { Db } from '../index';
import { SUBREGIONS, type Role } from '../../common/roles';
import type { PersonalDataCipher } from '../../common/personal-data';
import { hashPassword } from '../../common/passwords';

/**
 * Demo people: childminders in two subregions (Liège, Namur) with their three ONE contacts, one
 * user for every agent role, a supervisor. Everyone has a (fictitious, checksum-valid) national
 * register number so the local CSAM stand-in can log them in strongly.
 */
export const DEMO_PASSWORD = 'Bienvenue-2026';

interface DemoProvider {
  id: string;
  firstName: string;
  lastName: string;
  subregionCode: 'liege' | 'namur';
  city: string;
  postcode: string;
  email: string;
  mobile: string;
  niss: string;
  bce: string;
}

export const DEMO_PROVIDERS: DemoProvider[] = [
  {
    id: 'p-rousseau',
    firstName: 'Muriel',
    lastName: 'Rousseau',
    subregionCode: 'liege',
    city: 'Liège',
    postcode: '4000',
    email: 'muriel.rousseau@exemple.be',
    mobile: '0470 12 34 56',
    niss: '85073003328',
    bce: '0712.345.601',
  },
  {
    id: 'p-dubois',
    firstName: 'Sophie',
    lastName: 'Dubois',
    subregionCode: 'namur',
    city: 'Namur',
    postcode: '5000',
    email: 'sophie.dubois@exemple.be',
    mobile: '0471 22 33 44',
    niss: '79041212637',
    bce: '0712.345.602',
  },
  {
    id: 'p-lambert',
    firstName: 'Nadia',
    lastName: 'Lambert',
    subregionCode: 'liege',
    city: 'Herstal',
    postcode: '4040',
    email: 'nadia.lambert@exemple.be',
    mobile: '0472 11 22 33',
    niss: '92010524490',
    bce: '0712.345.603',
  },
  {
    id: 'p-peeters',
    firstName: 'Claire',
    lastName: 'Peeters',
    subregionCode: 'namur',
    city: 'Dinant',
    postcode: '5500',
    email: 'claire.peeters@exemple.be',
    mobile: '0473 44 55 66',
    niss: '88112235735',
    bce: '0712.345.604',
  },
  {
    id: 'p-renard',
    firstName: 'Julie',
    lastName: 'Renard',
    subregionCode: 'liege',
    city: 'Seraing',
    postcode: '4100',
    email: 'julie.renard@exemple.be',
    mobile: '0474 77 88 99',
    niss: '75091848234',
    bce: '0712.345.605',
  },
  {
    id: 'p-collin',
    firstName: 'Anne',
    lastName: 'Collin',
    subregionCode: 'namur',
    city: 'Gembloux',
    postcode: '5030',
    email: 'anne.collin@exemple.be',
    mobile: '0475 10 20 30',
    niss: '01031516241',
    bce: '0712.345.606',
  },
];

export interface DemoUser {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  roles: Role[];
  subregionCode: string | null;
  providerId: string | null;
  niss: string;
  /** 'password' accounts have not been converted to the strong login yet. */
  loginMethod: 'password' | 'strong';
}

const agent = (
  id: string,
  firstName: string,
  lastName: string,
  roles: Role[],
  subregionCode: string | null,
  niss: string,
): DemoUser => ({
  id,
  firstName,
  lastName,
  email: `${firstName}.${lastName}@one.exemple.be`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, ''),
  roles,
  subregionCode,
  providerId: null,
  niss,
  loginMethod: 'strong',
});

export const DEMO_USERS: DemoUser[] = [
  ...DEMO_PROVIDERS.map((p, i) => ({
    id: `u-${p.id.slice(2)}`,
    firstName: p.firstName,
    lastName: p.lastName,
    email: p.email,
    roles: ['provider'] as Role[],
    subregionCode: p.subregionCode,
    providerId: p.id,
    niss: p.niss,
    // Half the childminders still use the old password login, to show the conversion.
    loginMethod: (i % 2 === 0 ? 'password' : 'strong') as 'password' | 'strong',
  })),
  agent('u-veille', 'Jeanne', 'Martin', ['cellule_veille'], null, '83060307172'),
  agent('u-conseil', 'Thomas', 'Lejeune', ['agent_conseil'], 'liege', '90022718833'),
  agent('u-accueil', 'Isabelle', 'Moreau', ['referent_accueil'], 'liege', '78080921545'),
  agent('u-sante', 'Marc', 'Dupont', ['referent_sante'], 'liege', '86011432994'),
  agent('u-conseil-namur', 'Laura', 'Gilson', ['agent_conseil'], 'namur', '91050544689'),
  agent('u-accueil-namur', 'Pierre', 'Hubert', ['referent_accueil'], 'namur', '84072055378'),
  agent('u-sante-namur', 'Anne', 'Lemmens', ['referent_sante'], 'namur', '87030166190'),
  agent('u-subsides', 'Karim', 'Benali', ['agent_subsides'], null, '80091177457'),
  agent('u-acte', 'Élise', 'Lambotte', ['equipe_acte'], null, '93041788207'),
  agent('u-helpdesk', 'Sarah', 'Lemaire', ['helpdesk'], null, '82022809327'),
  agent('u-coordination', 'Philippe', 'Wauters', ['supervisor'], null, '76021512367'),
];

const CONTACTS: Record<
  'liege' | 'namur',
  { agentConseilId: string; referentAccueilId: string; referentSanteId: string }
> = {
  liege: { agentConseilId: 'u-conseil', referentAccueilId: 'u-accueil', referentSanteId: 'u-sante' },
  namur: {
    agentConseilId: 'u-conseil-namur',
    referentAccueilId: 'u-accueil-namur',
    referentSanteId: 'u-sante-namur',
  },
};

/**
 * Idempotent: adds what is missing and brings the demo people's reference data (names, scope,
 * contacts) up to date, without touching what people changed themselves (login method, passwords).
 */
export async function seedDemo(db: Db, cipher: PersonalDataCipher): Promise<void> {
  const existing = new Set<string>((await db('users').select('id')).map((u: { id: string }) => u.id));
  const passwordHashes = new Map<string, string>();
  for (const u of DEMO_USERS) {
    if (!existing.has(u.id) && u.loginMethod === 'password')
      passwordHashes.set(u.id, await hashPassword(DEMO_PASSWORD));
  }
  await db.transaction(async (trx) => {
    await trx('subregions')
      .insert(SUBREGIONS.map((s) => ({ ...s })))
      .onConflict('code')
      .ignore();
    await trx('providers')
      .insert(
        DEMO_PROVIDERS.map((p) => ({
          id: p.id,
          firstName: p.firstName,
          lastName: p.lastName,
          subregionCode: p.subregionCode,
          city: p.city,
          postcode: p.postcode,
        })),
      )
      .onConflict('id')
      .merge(['firstName', 'lastName', 'subregionCode', 'city', 'postcode']);
    for (const u of DEMO_USERS) {
      const row = {
        id: u.id,
        displayName: `${u.firstName} ${u.lastName}`,
        firstName: u.firstName,
        lastName: u.lastName,
        email: u.email,
        roles: u.roles,
        subregionCode: u.subregionCode,
        providerId: u.providerId,
        nissFingerprint: cipher.fingerprint(u.niss),
      };
      await trx('users')
        .insert({ ...row, loginMethod: u.loginMethod, passwordHash: passwordHashes.get(u.id) ?? null })
        .onConflict('id')
        .merge([
          'displayName',
          'firstName',
          'lastName',
          'roles',
          'subregionCode',
          'providerId',
          'nissFingerprint',
        ]);
    }
    for (const p of DEMO_PROVIDERS) {
      const current = await trx('providers').where({ id: p.id }).first('niss_encrypted');
      await trx('providers')
        .where({ id: p.id })
        .update({
          ...CONTACTS[p.subregionCode],
          ...(current?.nissEncrypted
            ? {}
            : {
                email: p.email,
                mobile: p.mobile,
                nissEncrypted: cipher.encrypt(p.niss),
                nissFingerprint: cipher.fingerprint(p.niss),
                bceEncrypted: cipher.encrypt(p.bce),
              }),
        });
    }
  });
}
