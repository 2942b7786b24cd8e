import { randomUUID } from 'node:crypto';
import type { Db } from '../../db';
import type { Role } from '../../common/roles';

let counter = 0;

/** A new childminder with a login, so each test owns its cases. */
export async function newProvider(
  db: Db,
  subregionCode = 'liege',
): Promise<{ providerId: string; userId: string; displayName: string }> {
  counter += 1;
  const suffix = `${process.pid}-${counter}-${randomUUID().slice(0, 8)}`;
  const providerId = `p-test-${suffix}`;
  const userId = `u-test-${suffix}`;
  const firstName = 'Camille';
  const lastName = `Test${counter}`;
  await db('providers').insert({
    id: providerId,
    firstName,
    lastName,
    subregionCode,
    city: 'Liège',
    postcode: '4000',
  });
  await db('users').insert({
    id: userId,
    displayName: `${firstName} ${lastName}`,
    email: `${userId}@exemple.be`,
    roles: ['provider'],
    subregionCode,
    providerId,
    // Tests log people in through the CSAM stand-in; a test wanting a password account says so.
    loginMethod: 'strong',
  });
  return { providerId, userId, displayName: `${firstName} ${lastName}` };
}

export async function newAgent(
  db: Db,
  roles: Role[],
  subregionCode: string | null = null,
): Promise<{ userId: string; displayName: string }> {
  counter += 1;
  const userId = `u-agent-${process.pid}-${counter}-${randomUUID().slice(0, 8)}`;
  const displayName = `Agent Test${counter}`;
  await db('users').insert({
    id: userId,
    displayName,
    email: `${userId}@one.exemple.be`,
    roles,
    subregionCode,
    providerId: null,
    loginMethod: 'strong',
  });
  return { userId, displayName };
}

/** Every section of a « Signalétique », filled in as the form sends it. */
export function completeSignaletique(overrides: Record<string, unknown> = {}) {
  const day = { closed: false, from: '07:30', to: '18:00' };
  return {
    identification: {
      email: 'camille@exemple.be',
      mobile: '0470 12 34 56',
      bce: '0403.170.701',
      website: 'https://www.exemple.be',
      facebook: null,
    },
    visibleOnMyOne: true,
    placeAddress: { street: 'Rue du Parc', number: '12', box: null, postcode: '6700', city: 'Arlon' },
    postalAddress: { sameAsPlace: true },
    emergencyMobile: '0475 11 22 33',
    coAccueil: { enabled: false },
    openingHours: {
      lundi: day,
      mardi: day,
      mercredi: { closed: false, from: '07:30', to: '12:30' },
      jeudi: day,
      vendredi: day,
      samedi: { closed: true },
      dimanche: { closed: true },
    },
    availability: { status: 'immediate' },
    unavailabilityPeriods: [{ from: '2026-12-24', to: '2027-01-02' }],
    qualities: { outdoorActivities: true, outdoorSpace: true, separateRestSpace: false },
    groups: { averageChildren: 4, ageFromMonths: 0, ageToMonths: 36 },
    ...overrides,
  };
}

/**
 * Bank details on record with their statement, without their validation case (replay recordings,
 * fault injection): `ibanEncrypted` is what the cipher made, or a placeholder where nothing pays.
 */
export async function insertBankDetails(
  db: Db,
  p: {
    providerId: string;
    userId: string;
    holder: string;
    ibanEncrypted: string;
    status: 'pending' | 'approved';
  },
): Promise<string> {
  const fileId = randomUUID();
  await db('files').insert({
    id: fileId,
    providerId: p.providerId,
    purpose: 'rib',
    contentType: 'application/pdf',
    size: 9,
    content: Buffer.from('%PDF-1.4\n'),
    displayName: 'releve.pdf',
    uploadedBy: p.userId,
  });
  const id = randomUUID();
  await db('bank_details').insert({
    id,
    providerId: p.providerId,
    ibanEncrypted: p.ibanEncrypted,
    ibanLast4: '7034',
    bic: 'GEBABEBB',
    holder: p.holder,
    fileId,
    status: p.status,
    submittedBy: p.userId,
  });
  return id;
}
