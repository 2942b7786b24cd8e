import type { Context } from 'koa';
import type { Knex } from 'knex';
import { formatNiss, maskNiss } from '../common/niss';
import type { PersonalDataCipher } from '../common/node/personal-data';
import { subregionName } from '../common/roles';
import { AVAILABILITY, AVAILABILITY_LABELS, formatBce, formatIban, maskIban } from '../common/signaletique';
import { record, type AppAbility } from './ability';
import { recordDenied } from './audit';
import { forbidden } from './errors';
import { dayOf, isoOrNull as iso } from './rows';
import { z } from './define-route';
import { findReadableProvider, providerSubject, type ProviderRow } from './provider-access';

/**
 * What the « Signalétique » routes share (seed chapter 7): the page as it reads, answered again
 * after each change (the form, the bank details, the photos, the pedagogical project), and who
 * may change a part of it.
 */

export const Masked = z.object({ value: z.string().nullable(), masked: z.boolean() });
const Status = z.object({ code: z.string(), label: z.string() });

export const Signaletique = z
  .object({
    providerId: z.string(),
    editable: z.boolean(),
    /** Whether the reader may open the provider's audit trail. */
    auditVisible: z.boolean(),
    submittedAt: z.string().nullable(),
    identification: z.object({
      firstName: z.string(),
      lastName: z.string(),
      niss: Masked,
      bce: Masked,
      email: z.string().nullable(),
      mobile: z.string().nullable(),
      website: z.string().nullable(),
      facebook: z.string().nullable(),
    }),
    subregion: z.object({ code: z.string(), name: z.string() }),
    visibleOnMyOne: z.boolean(),
    placeAddress: z.object({
      street: z.string().nullable(),
      number: z.string().nullable(),
      box: z.string().nullable(),
      postcode: z.string().nullable(),
      city: z.string().nullable(),
      country: z.string(),
    }),
    postalAddress: z.record(z.string(), z.unknown()).nullable(),
    emergencyMobile: z.string().nullable(),
    coAccueil: z
      .object({
        enabled: z.boolean(),
        firstName: z.string().nullable(),
        lastName: z.string().nullable(),
        niss: Masked.nullable(),
        name: z.string().nullable(),
      })
      .nullable(),
    openingHours: z.record(z.string(), z.unknown()).nullable(),
    availability: z.object({
      status: z.string().nullable(),
      label: z.string().nullable(),
      fromDate: z.string().nullable(),
    }),
    unavailabilityPeriods: z.array(z.object({ from: z.string(), to: z.string() })),
    qualities: z.record(z.string(), z.boolean()).nullable(),
    groups: z.record(z.string(), z.number()).nullable(),
    capacity: z.number().nullable(),
    bank: z.object({
      inForce: z
        .object({ iban: Masked, bic: z.string(), holder: z.string(), approvedAt: z.string().nullable() })
        .nullable(),
      pending: z.object({ id: z.string(), ibanLast4: z.string(), submittedAt: z.string() }).nullable(),
      lastRejected: z.object({ reason: z.string().nullable(), decidedAt: z.string().nullable() }).nullable(),
    }),
    photos: z.array(
      z.object({
        id: z.string(),
        status: Status,
        reason: z.string().nullable(),
        url: z.string(),
        uploadedAt: z.string(),
      }),
    ),
    project: z.object({ name: z.string(), url: z.string(), uploadedAt: z.string() }).nullable(),
  })
  .openapi('Signaletique');
export type Signaletique = z.infer<typeof Signaletique>;

const PHOTO_STATUS_LABELS: Record<string, string> = {
  pending: 'En attente de validation',
  approved: 'Validée, visible sur MY.ONE',
  rejected: 'Refusée',
  removed: 'Retirée',
};

type Row = Record<string, unknown>;

/** The provider, if this person may read her « Signalétique »; refused (and recorded) otherwise. */
export const readableSignaletique = (db: Knex, ctx: Context, id: string, fields: string[]) =>
  findReadableProvider(db, ctx, id, 'Signaletique', fields);

/** The provider themself, for a change of `field`; anyone else is refused (and recorded). */
export async function editableSignaletique(db: Knex, ctx: Context, id: string, field: string) {
  const found = await readableSignaletique(db, ctx, id, [field]);
  if (!found.ability.can('update', found.subject, field)) {
    await recordDenied(ctx, {
      subjectType: 'Signaletique',
      subjectId: id,
      providerId: id,
      fields: [field],
      reason: 'Modification réservée à l’accueillant·e',
    });
    throw forbidden();
  }
  return found;
}

/** The whole page as this person may read it, and the fields it shows (for the audit trail). */
export async function signaletiqueView(
  db: Knex,
  cipher: PersonalDataCipher,
  provider: Row,
  ability: AppAbility,
): Promise<{ body: Signaletique; fields: string[] }> {
  const subject = providerSubject(provider as ProviderRow);
  const clear = ability.can('read', subject, 'niss');
  const ibanClear = ability.can(
    'read',
    record('BankDetails', {
      providerId: provider.id,
      subregionCode: provider.subregionCode,
      agentConseilId: provider.agentConseilId,
    }),
  );
  const decrypt = (v: unknown) => (typeof v === 'string' && v ? cipher.decrypt(v) : null);
  const niss = decrypt(provider.nissEncrypted);
  const bce = decrypt(provider.bceEncrypted);
  const coNiss = decrypt(provider.coaccueilNissEncrypted);
  const co = provider.coaccueil as Row | null;
  const [inForce, pending, lastRejected, photos, project] = await Promise.all([
    db('bank_details').where({ providerId: provider.id, status: 'approved' }).first(),
    db('bank_details')
      .where({ providerId: provider.id, status: 'pending' })
      .orderBy('submitted_at', 'desc')
      .first(),
    db('bank_details')
      .where({ providerId: provider.id, status: 'rejected' })
      .orderBy('decided_at', 'desc')
      .first(),
    db('photos').where({ providerId: provider.id }).whereNot({ status: 'removed' }).orderBy('uploaded_at'),
    provider.projectFileId
      ? db('files').where({ id: provider.projectFileId }).first('id', 'display_name', 'uploaded_at')
      : undefined,
  ]);
  const fields = ['firstName', 'lastName', 'email', 'mobile', 'placeAddress', 'coAccueil'];
  if (clear) fields.push('niss', 'bce', ...(coNiss ? ['coAccueilNiss'] : []));
  const ibanInForce = inForce ? cipher.decrypt(inForce.ibanEncrypted) : null;
  if (ibanInForce && ibanClear) fields.push('iban');
  const body: Signaletique = {
    providerId: String(provider.id),
    editable: ability.can('update', subject, 'signaletique'),
    auditVisible: ability.can('read', record('AuditEvent', { providerId: provider.id })),
    submittedAt: iso(provider.signaletiqueSubmittedAt),
    identification: {
      firstName: String(provider.firstName),
      lastName: String(provider.lastName),
      niss: { value: niss === null ? null : clear ? formatNiss(niss) : maskNiss(niss), masked: !clear },
      bce: {
        value: bce === null ? null : clear ? formatBce(bce) : `••••.•••.${bce.replace(/\D/g, '').slice(-3)}`,
        masked: !clear,
      },
      email: (provider.email as string | null) ?? null,
      mobile: (provider.mobile as string | null) ?? null,
      website: (provider.website as string | null) ?? null,
      facebook: (provider.facebook as string | null) ?? null,
    },
    subregion: {
      code: String(provider.subregionCode),
      name: subregionName(String(provider.subregionCode)),
    },
    visibleOnMyOne: Boolean(provider.visibleOnMyone),
    placeAddress: {
      street: (provider.street as string | null) ?? null,
      number: (provider.streetNumber as string | null) ?? null,
      box: (provider.box as string | null) ?? null,
      postcode: (provider.postcode as string | null) ?? null,
      city: (provider.city as string | null) ?? null,
      country: 'Belgique',
    },
    postalAddress: (provider.postalAddress as Record<string, unknown> | null) ?? null,
    emergencyMobile: (provider.emergencyMobile as string | null) ?? null,
    coAccueil: co
      ? {
          enabled: Boolean(co.enabled),
          firstName: (co.firstName as string | null) ?? null,
          lastName: (co.lastName as string | null) ?? null,
          niss: coNiss ? { value: clear ? formatNiss(coNiss) : maskNiss(coNiss), masked: !clear } : null,
          name: (co.name as string | null) ?? null,
        }
      : null,
    openingHours: (provider.openingHours as Record<string, unknown> | null) ?? null,
    availability: {
      status: (provider.availabilityStatus as string | null) ?? null,
      label: provider.availabilityStatus
        ? AVAILABILITY_LABELS[provider.availabilityStatus as (typeof AVAILABILITY)[number]]
        : null,
      fromDate: dayOf(provider.availabilityFrom),
    },
    unavailabilityPeriods:
      (provider.unavailabilityPeriods as Array<{ from: string; to: string }> | null) ?? [],
    qualities: (provider.qualities as Record<string, boolean> | null) ?? null,
    groups: (provider.groups as Record<string, number> | null) ?? null,
    capacity: (provider.capacity as number | null) ?? null,
    bank: {
      inForce: inForce
        ? {
            iban: {
              value: ibanClear ? formatIban(ibanInForce!) : maskIban(ibanInForce!),
              masked: !ibanClear,
            },
            bic: String(inForce.bic),
            holder: String(inForce.holder),
            approvedAt: iso(inForce.decidedAt),
          }
        : null,
      pending: pending
        ? {
            id: String(pending.id),
            ibanLast4: String(pending.ibanLast4),
            submittedAt: iso(pending.submittedAt)!,
          }
        : null,
      lastRejected:
        lastRejected && (!inForce || new Date(lastRejected.decidedAt) > new Date(inForce.decidedAt))
          ? {
              reason: (lastRejected.reason as string | null) ?? null,
              decidedAt: iso(lastRejected.decidedAt),
            }
          : null,
    },
    photos: (photos as Row[]).map((p) => ({
      id: String(p.id),
      status: { code: String(p.status), label: PHOTO_STATUS_LABELS[String(p.status)] ?? String(p.status) },
      reason: (p.reason as string | null) ?? null,
      url: `/api/files/${String(p.fileId)}`,
      uploadedAt: iso(p.uploadedAt)!,
    })),
    project: project
      ? {
          name: String(project.displayName),
          url: `/api/files/${String(project.id)}`,
          uploadedAt: iso(project.uploadedAt)!,
        }
      : null,
  };
  return { body, fields };
}

/** The page as it is after a change, answered by the route that made it. */
export async function signaletiqueAfterChange(
  db: Knex,
  cipher: PersonalDataCipher,
  providerId: string,
  ability: AppAbility,
): Promise<Signaletique> {
  const provider = (await db('providers').where({ id: providerId }).first()) as Row;
  return (await signaletiqueView(db, cipher, provider, ability)).body;
}
