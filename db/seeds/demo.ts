import { createAuthorisationActivities } from '../../activities/authorisation';
import type { Db } from '../index';
import { SUBREGIONS, type Role } from '../../common/roles';
import type { PersonalDataCipher } from '../../common/node/personal-data';
import { hashPassword } from '../../common/node/passwords';

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
    bce: '0712.346.125',
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
    bce: '0712.346.224',
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
    bce: '0712.346.323',
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
    bce: '0712.346.422',
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
    bce: '0712.346.521',
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
    bce: '0712.346.620',
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
  agent('u-informatique', 'Hugo', 'Claes', ['support_technique'], null, '85042312330'),
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
    // A complete « Signalétique » for the demo childminders, once: visible on MY.ONE except one.
    for (const [i, p] of DEMO_PROVIDERS.entries()) {
      const done = await trx('providers').where({ id: p.id }).first('signaletique_submitted_at');
      if (done?.signaletiqueSubmittedAt) continue;
      await trx('providers').where({ id: p.id }).update(demoSignaletique(i));
    }
    // « Mon autorisation »: each demo place is authorised (once; a status the workflows changed stays).
    for (const [i, p] of DEMO_PROVIDERS.entries()) {
      const row = await trx('providers')
        .where({ id: p.id })
        .first('street', 'street_number', 'postcode', 'city', 'capacity');
      await trx('authorisations')
        .insert({
          providerId: p.id,
          status: 'granted',
          authorisedOn: `20${String(15 + i).padStart(2, '0')}-09-01`,
          place: row?.street
            ? `${row.street} ${row.streetNumber ?? ''}, ${row.postcode} ${row.city}`
            : `${p.postcode} ${p.city}`,
          capacity: row?.capacity ?? 4,
        })
        .onConflict('provider_id')
        .ignore();
    }
    // ACTE is open from the basic subsidy level 1: every demo place has it but Julie Renard's,
    // so the demo shows both sides (set once; a level ONE changed later stays).
    for (const p of DEMO_PROVIDERS) {
      if (p.id === 'p-renard') continue;
      await trx('providers').where({ id: p.id }).whereNull('subsidy_level').update({ subsidyLevel: 1 });
    }
    // Its history starts with the grant, on the day of the authorisation (once: the key is fixed).
    for (const p of DEMO_PROVIDERS) {
      await trx.raw(
        `insert into authorisation_events (provider_id, status, effective_on, note, event_key, at)
         select provider_id, 'granted', authorised_on, ?, ?,
                (authorised_on + time '12:00') at time zone 'Europe/Brussels'
           from authorisations
          where provider_id = ? and authorised_on is not null
         on conflict (event_key) do nothing`,
        ['Octroi de l’autorisation', `seed:${p.id}:granted`, p.id],
      );
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
  // The grant decision of each demo place, as a letter in « Mon autorisation ».
  const letters = createAuthorisationActivities({ db });
  for (const p of DEMO_PROVIDERS) {
    const auth = await db('authorisations').where({ providerId: p.id }).first('authorised_on');
    const on = auth?.authorisedOn ? new Date(auth.authorisedOn as string) : new Date();
    await letters.generateDecisionDocument({
      caseId: null,
      kind: 'grant',
      providerId: p.id,
      request: null,
      comment: null,
      decidedBy: null,
      decidedAt: new Date(Date.UTC(on.getFullYear(), on.getMonth(), on.getDate(), 12)).toISOString(),
    });
  }
}

const STREETS = [
  'Rue de la Station',
  'Rue des Écoles',
  'Avenue des Tilleuls',
  'Rue du Moulin',
  'Rue Haute',
  'Place du Marché',
];

/** The sections a childminder fills in « Signalétique », as the demo shows them. */
function demoSignaletique(i: number) {
  const weekday = { closed: false, from: i % 2 ? '07:00' : '07:30', to: i % 2 ? '17:30' : '18:00' };
  const hours = {
    lundi: weekday,
    mardi: weekday,
    mercredi: i % 3 === 0 ? { closed: false, from: '07:30', to: '12:30' } : weekday,
    jeudi: weekday,
    vendredi: weekday,
    samedi: { closed: true },
    dimanche: { closed: true },
  };
  return {
    visibleOnMyone: i !== 5,
    street: STREETS[i % STREETS.length],
    streetNumber: String(10 + i * 7),
    box: null,
    postalAddress: JSON.stringify({ sameAsPlace: true }),
    emergencyMobile: `0475 ${String(10 + i).padStart(2, '0')} 20 30`,
    coaccueil: JSON.stringify({ enabled: false }),
    openingHours: JSON.stringify(hours),
    availabilityStatus: i % 3 === 0 ? 'immediate' : i % 3 === 1 ? 'from_date' : 'unknown',
    availabilityFrom: i % 3 === 1 ? '2027-03-01' : null,
    unavailabilityPeriods: JSON.stringify([]),
    qualities: JSON.stringify({
      outdoorActivities: i % 2 === 0,
      outdoorSpace: true,
      separateRestSpace: i !== 4,
    }),
    groups: JSON.stringify({ averageChildren: 4, ageFromMonths: 0, ageToMonths: 36 }),
    capacity: i % 2 ? 4 : 5,
    flashAccueil: 'email',
    signaletiqueSubmittedAt: new Date(),
  };
}
