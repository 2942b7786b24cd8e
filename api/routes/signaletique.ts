import Router from '@koa/router';
import type { Context } from 'koa';
import { WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import { formatNiss, isValidNiss, maskNiss, normalizeNiss } from '../../common/niss';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { subregionName } from '../../common/roles';
import { CASE_PROCEDURE, CASE_PROVIDER_ID, CASE_STATUS } from '../../common/search-attributes';
import {
  AVAILABILITY,
  AVAILABILITY_LABELS,
  DAYS,
  FLASH_ACCUEIL,
  FLASH_ACCUEIL_LABELS,
  TIME,
  formatBce,
  formatIban,
  isValidBce,
  isValidBelgianIban,
  isValidBelgianPostcode,
  isValidBic,
  isWebAddress,
  maskIban,
  normalizeBce,
  normalizeIban,
  normalizePhone,
} from '../../common/signaletique';
import { VALIDATIONS, type ValidationKind } from '../../common/validation';
import {
  VALIDATION_DECIDED,
  submit,
  validationWorkflow,
  validationWorkflowId,
  withdraw,
  type ValidationInput,
} from '../../workflows/validation';
import { record, type AppAbility } from '../ability';
import { recordChange, recordDenied, recordRead, type FieldChange } from '../audit';
import type { ApiDeps } from '../deps';
import { forbidden, fromWorkflowError, notFound } from '../errors';
import { FileUpload, serveFile, storeFile } from '../files';
import { dayOf, isoOrNull as iso } from '../rows';
import { uuidFrom } from '../../common/node/ids';
import { requireUser } from '../current-user';
import { withinStepDeadline } from '../steps';
import { RecordId, defineRoute, z } from '../define-route';
import { findReadableProvider, providerSubject, type ProviderRow } from './providers';
import { caseQuery, caseSubject } from '../views';
import { idempotencyKey } from '../steps';

/**
 * The whole « Signalétique » (seed chapter 7): every section, submitted as a whole and refused
 * with a message per missing or wrong field; « Mes préférences »; the bank details and the photos,
 * which count only once an agent has validated them; the pedagogical project; and the files.
 */

// Schemas: the one source of validation and of the OpenAPI document.

const required = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish();
const Postcode = z.string().trim().refine(isValidBelgianPostcode, {
  message: 'Indiquez un code postal belge à 4 chiffres, par exemple 4000',
});
const Mobile = z
  .string()
  .trim()
  .refine((v) => normalizePhone(v, true) !== null, {
    message: 'Indiquez un numéro de GSM belge, par exemple 0470 12 34 56',
  });
const WebAddress = z
  .string()
  .trim()
  .max(300)
  .refine(isWebAddress, { message: 'Indiquez une adresse complète, par exemple https://www.exemple.be' })
  .nullish()
  .or(z.literal(''));

const Address = z
  .object({
    street: required(120),
    number: required(10),
    box: optionalText(10),
    postcode: Postcode,
    city: required(80),
  })
  .strict();

const PostalAddress = z
  .object({
    sameAsPlace: z.boolean(),
    street: optionalText(120),
    number: optionalText(10),
    box: optionalText(10),
    postcode: z.string().trim().nullish(),
    city: optionalText(80),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.sameAsPlace) return;
    for (const f of ['street', 'number', 'city'] as const)
      if (!a[f]) ctx.addIssue({ code: 'custom', path: [f], message: 'Ce champ est requis' });
    if (!a.postcode || !isValidBelgianPostcode(a.postcode))
      ctx.addIssue({
        code: 'custom',
        path: ['postcode'],
        message: 'Indiquez un code postal belge à 4 chiffres, par exemple 4000',
      });
  });

const DayHours = z
  .object({ closed: z.boolean(), from: z.string().nullish(), to: z.string().nullish() })
  .strict()
  .superRefine((d, ctx) => {
    if (d.closed) return;
    if (!d.from || !TIME.test(d.from))
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: 'Indiquez l’heure d’ouverture, par exemple 07:30',
      });
    if (!d.to || !TIME.test(d.to))
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'Indiquez l’heure de fermeture, par exemple 18:00',
      });
    if (d.from && d.to && TIME.test(d.from) && TIME.test(d.to) && d.from >= d.to)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'L’heure de fermeture doit suivre l’heure d’ouverture',
      });
  });
const OpeningHours = z
  .object(
    Object.fromEntries(DAYS.map((d) => [d, DayHours])) as Record<(typeof DAYS)[number], typeof DayHours>,
  )
  .strict();

const Availability = z
  .object({ status: z.enum(AVAILABILITY), fromDate: z.iso.date().nullish() })
  .strict()
  .superRefine((a, ctx) => {
    if (a.status === 'from_date' && !a.fromDate)
      ctx.addIssue({
        code: 'custom',
        path: ['fromDate'],
        message: 'Indiquez la date à partir de laquelle une place se libère',
      });
  });

const Period = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .strict()
  .superRefine((p, ctx) => {
    if (p.to < p.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'La fin de la période doit suivre son début' });
  });

const Qualities = z
  .object({ outdoorActivities: z.boolean(), outdoorSpace: z.boolean(), separateRestSpace: z.boolean() })
  .strict();

const Groups = z
  .object({
    averageChildren: z.number().int().min(1).max(12),
    ageFromMonths: z.number().int().min(0).max(72),
    ageToMonths: z.number().int().min(0).max(72),
  })
  .strict()
  .superRefine((g, ctx) => {
    if (g.ageToMonths < g.ageFromMonths)
      ctx.addIssue({
        code: 'custom',
        path: ['ageToMonths'],
        message: 'L’âge maximum doit suivre l’âge minimum',
      });
  });

const CoAccueil = z
  .object({
    enabled: z.boolean(),
    firstName: optionalText(80),
    lastName: optionalText(80),
    niss: z.string().trim().nullish(),
    name: optionalText(120),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!c.enabled) return;
    for (const f of ['firstName', 'lastName', 'name'] as const)
      if (!c[f]) ctx.addIssue({ code: 'custom', path: [f], message: 'Ce champ est requis' });
    if (!c.niss || !isValidNiss(c.niss))
      ctx.addIssue({
        code: 'custom',
        path: ['niss'],
        message: 'Indiquez un numéro de registre national valide (11 chiffres, par exemple 85.07.30-033.28)',
      });
  });

export const SignaletiqueBody = z
  .object({
    identification: z
      .object({
        email: z
          .string()
          .trim()
          .max(200)
          .pipe(z.email({ error: 'Indiquez une adresse e-mail valide, par exemple nom@exemple.be' })),
        mobile: Mobile,
        bce: z.string().trim().refine(isValidBce, {
          message: 'Indiquez un numéro d’entreprise valide (10 chiffres, par exemple 0403.170.701)',
        }),
        website: WebAddress,
        facebook: WebAddress,
      })
      .strict(),
    visibleOnMyOne: z.boolean(),
    placeAddress: Address,
    postalAddress: PostalAddress,
    emergencyMobile: Mobile,
    coAccueil: CoAccueil,
    openingHours: OpeningHours,
    availability: Availability,
    unavailabilityPeriods: z.array(Period).max(20),
    qualities: Qualities,
    groups: Groups,
  })
  .strict()
  .openapi('SignaletiqueInput');
type SignaletiqueBody = z.infer<typeof SignaletiqueBody>;

const Masked = z.object({ value: z.string().nullable(), masked: z.boolean() });
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
type Signaletique = z.infer<typeof Signaletique>;

const PHOTO_STATUS_LABELS: Record<string, string> = {
  pending: 'En attente de validation',
  approved: 'Validée, visible sur MY.ONE',
  rejected: 'Refusée',
  removed: 'Retirée',
};

const RibBody = z
  .object({
    iban: z.string().trim().refine(isValidBelgianIban, {
      message: 'Indiquez un IBAN belge valide, par exemple BE68 5390 0754 7034',
    }),
    bic: z
      .string()
      .trim()
      .refine(isValidBic, { message: 'Indiquez un code BIC valide, par exemple GEBABEBB' }),
    holder: required(120),
    statement: FileUpload,
  })
  .strict()
  .openapi('RibSubmission');

type Row = Record<string, unknown>;

export function signaletiqueRoutes({ db, temporal, config }: ApiDeps): Router {
  const router = new Router();
  const cipher = createPersonalDataCipher(config.personalDataKey);

  const readable = (ctx: Context, id: string, fields: string[]) =>
    findReadableProvider(db, ctx, id, 'Signaletique', fields);

  /** The provider themself, for a change of `field`; anyone else is refused (and recorded). */
  async function editable(ctx: Context, id: string, field: string) {
    const found = await readable(ctx, id, [field]);
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

  async function view(provider: Row, ability: AppAbility): Promise<{ body: Signaletique; fields: string[] }> {
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
          value:
            bce === null ? null : clear ? formatBce(bce) : `••••.•••.${bce.replace(/\D/g, '').slice(-3)}`,
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

  defineRoute(router, '/providers', {
    method: 'get',
    path: '/:id/signaletique',
    summary: 'Signalétique complète d’un·e accueillant·e',
    tags: ['Signalétique'],
    params: z.object({ id: RecordId() }),
    responses: { 200: { description: 'Signalétique', schema: Signaletique } },
    handler: async (ctx, { params }) => {
      const { ability, provider } = await readable(ctx, params.id, ['signaletique']);
      const { body, fields } = await view(provider, ability);
      await recordRead(ctx, {
        subjectType: 'Signaletique',
        subjectId: params.id,
        providerId: params.id,
        fields,
      });
      ctx.set('Cache-Control', 'no-store');
      ctx.body = body;
    },
  });

  /** The stored sections, as comparable values, for the audit trail's old → new. */
  function sectionsOf(p: Row): Record<string, unknown> {
    const decrypt = (v: unknown) => (typeof v === 'string' && v ? cipher.decrypt(v) : null);
    const bce = decrypt(p.bceEncrypted);
    return {
      email: p.email ?? null,
      mobile: p.mobile ?? null,
      bce: bce ? formatBce(bce) : null,
      website: p.website ?? null,
      facebook: p.facebook ?? null,
      visibleOnMyOne: Boolean(p.visibleOnMyone),
      placeAddress: [p.street, p.streetNumber, p.box, p.postcode, p.city].every(
        (v) => v === null || v === undefined,
      )
        ? null
        : {
            street: p.street,
            number: p.streetNumber,
            box: p.box ?? null,
            postcode: p.postcode,
            city: p.city,
          },
      postalAddress: p.postalAddress ?? null,
      emergencyMobile: p.emergencyMobile ?? null,
      coAccueil: p.coaccueil ?? null,
      coAccueilNiss: decrypt(p.coaccueilNissEncrypted),
      openingHours: p.openingHours ?? null,
      availability: p.availabilityStatus
        ? { status: p.availabilityStatus, fromDate: dayOf(p.availabilityFrom) }
        : null,
      unavailabilityPeriods: p.unavailabilityPeriods ?? [],
      qualities: p.qualities ?? null,
      groups: p.groups ?? null,
    };
  }

  defineRoute(router, '/providers', {
    method: 'put',
    path: '/:id/signaletique',
    summary:
      'Soumettre sa signalétique (toutes les sections ; rien n’est enregistré si une information manque)',
    tags: ['Signalétique'],
    params: z.object({ id: RecordId() }),
    body: SignaletiqueBody,
    responses: { 200: { description: 'Signalétique enregistrée', schema: Signaletique } },
    handler: async (ctx, { params, body }) => {
      const { ability, provider } = await editable(ctx, params.id, 'signaletique');
      const b: SignaletiqueBody = body;
      const postal = b.postalAddress.sameAsPlace
        ? { sameAsPlace: true }
        : {
            sameAsPlace: false,
            street: b.postalAddress.street,
            number: b.postalAddress.number,
            box: b.postalAddress.box || null,
            postcode: b.postalAddress.postcode,
            city: b.postalAddress.city,
          };
      const co = b.coAccueil.enabled
        ? {
            enabled: true,
            firstName: b.coAccueil.firstName,
            lastName: b.coAccueil.lastName,
            name: b.coAccueil.name,
          }
        : { enabled: false };
      const coNiss = b.coAccueil.enabled && b.coAccueil.niss ? normalizeNiss(b.coAccueil.niss) : null;
      const hours = Object.fromEntries(
        DAYS.map((d) => {
          const h = b.openingHours[d];
          return [d, h.closed ? { closed: true } : { closed: false, from: h.from, to: h.to }];
        }),
      );
      const update = {
        email: b.identification.email,
        mobile: normalizePhone(b.identification.mobile, true),
        bceEncrypted: cipher.encrypt(normalizeBce(b.identification.bce)),
        website: b.identification.website || null,
        facebook: b.identification.facebook || null,
        visibleOnMyone: b.visibleOnMyOne,
        street: b.placeAddress.street,
        streetNumber: b.placeAddress.number,
        box: b.placeAddress.box || null,
        postcode: b.placeAddress.postcode,
        city: b.placeAddress.city,
        postalAddress: JSON.stringify(postal),
        emergencyMobile: normalizePhone(b.emergencyMobile, true),
        coaccueil: JSON.stringify(co),
        coaccueilNissEncrypted: coNiss ? cipher.encrypt(coNiss) : null,
        openingHours: JSON.stringify(hours),
        availabilityStatus: b.availability.status,
        availabilityFrom: b.availability.status === 'from_date' ? b.availability.fromDate : null,
        unavailabilityPeriods: JSON.stringify(b.unavailabilityPeriods),
        qualities: JSON.stringify(b.qualities),
        groups: JSON.stringify(b.groups),
        signaletiqueSubmittedAt: db.fn.now(),
      };
      await db.transaction(async (trx) => {
        const before = sectionsOf(
          (await trx('providers').where({ id: params.id }).forUpdate().first()) as Row,
        );
        await trx('providers').where({ id: params.id }).update(update);
        const after = sectionsOf((await trx('providers').where({ id: params.id }).first()) as Row);
        const changes: Record<string, FieldChange> = {};
        for (const key of Object.keys(after)) {
          if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
            changes[key] = { old: before[key], new: after[key] };
        }
        if (Object.keys(changes).length)
          await recordChange(
            ctx,
            { subjectType: 'Signaletique', subjectId: params.id, providerId: params.id, changes },
            trx,
          );
      });
      const fresh = (await db('providers').where({ id: provider.id }).first()) as Row;
      ctx.body = (await view(fresh, ability)).body;
    },
  });

  // « Mes préférences »

  const Preferences = z.object({
    flashAccueil: z.enum(FLASH_ACCUEIL).nullable(),
    label: z.string().nullable(),
  });
  defineRoute(router, '/me', {
    method: 'get',
    path: '/preferences',
    summary: 'Mes préférences : recevoir le Flash accueil',
    tags: ['Accueillant·e'],
    responses: { 200: { description: 'Préférences', schema: Preferences } },
    handler: async (ctx) => {
      const { user } = requireUser(ctx);
      if (!user.providerId || !user.roles.includes('provider')) throw forbidden();
      const row = (await db('providers').where({ id: user.providerId }).first('flash_accueil')) as Row;
      const value = (row.flashAccueil as (typeof FLASH_ACCUEIL)[number] | null) ?? null;
      ctx.body = { flashAccueil: value, label: value ? FLASH_ACCUEIL_LABELS[value] : null };
    },
  });
  defineRoute(router, '/me', {
    method: 'put',
    path: '/preferences',
    summary: 'Mes préférences : choisir comment recevoir le Flash accueil',
    tags: ['Accueillant·e'],
    body: z
      .object({ flashAccueil: z.enum(FLASH_ACCUEIL) })
      .strict()
      .openapi('PreferencesInput'),
    responses: { 200: { description: 'Préférences enregistrées', schema: Preferences } },
    handler: async (ctx, { body }) => {
      const { user } = requireUser(ctx);
      if (!user.providerId || !user.roles.includes('provider')) throw forbidden();
      await editable(ctx, user.providerId, 'preferences');
      const row = (await db('providers').where({ id: user.providerId }).first('flash_accueil')) as Row;
      if (row.flashAccueil !== body.flashAccueil) {
        await db.transaction(async (trx) => {
          await trx('providers').where({ id: user.providerId }).update({ flashAccueil: body.flashAccueil });
          await recordChange(
            ctx,
            {
              subjectType: 'Signaletique',
              subjectId: user.providerId,
              providerId: user.providerId,
              changes: { flashAccueil: { old: row.flashAccueil ?? null, new: body.flashAccueil } },
            },
            trx,
          );
        });
      }
      ctx.body = { flashAccueil: body.flashAccueil, label: FLASH_ACCUEIL_LABELS[body.flashAccueil] };
    },
  });

  // Bank details and photos: submitted here, validated by an agent in a workflow.

  async function startValidation(
    ctx: Context,
    kind: ValidationKind,
    provider: Row,
    subjectId: string,
    requestKey: string,
  ): Promise<void> {
    const { user } = requireUser(ctx);
    const spec = VALIDATIONS[kind];
    const input: ValidationInput = {
      caseId: uuidFrom('case', kind, subjectId),
      kind,
      requestKey,
      provider: {
        id: String(provider.id),
        displayName: `${String(provider.firstName)} ${String(provider.lastName)}`,
        subregionName: subregionName(String(provider.subregionCode)),
      },
      submittedBy: { id: user.id, displayName: user.displayName },
      subjectId,
      deadlines: { review: config.deadlines.validationReview },
    };
    const workflowId = validationWorkflowId(kind, kind === 'rib' ? String(provider.id) : subjectId);
    const send = () =>
      temporal.workflow.executeUpdateWithStart(submit, {
        args: [{ requestKey, subjectId, actor: { id: user.id, displayName: user.displayName } }],
        updateId: `submit-${requestKey}`,
        startWorkflowOperation: new WithStartWorkflowOperation(validationWorkflow, {
          taskQueue: config.temporal.taskQueue,
          workflowId,
          workflowIdConflictPolicy: 'USE_EXISTING',
          workflowIdReusePolicy: 'ALLOW_DUPLICATE',
          args: [input],
          typedSearchAttributes: [
            { key: CASE_PROCEDURE, value: spec.procedure },
            { key: CASE_PROVIDER_ID, value: String(provider.id) },
            { key: CASE_STATUS, value: 'open' },
          ],
        }),
      });
    try {
      await withinStepDeadline(temporal, config, async () => {
        try {
          await send();
        } catch (err) {
          // The previous submission was just decided and its case is closing: once it has
          // closed, this one opens a new case.
          if (!(
            err instanceof WorkflowUpdateFailedError &&
            (err.cause as { type?: string })?.type === VALIDATION_DECIDED
          ))
            throw err;
          await temporal.workflow.getHandle(workflowId).result();
          await send();
        }
      });
    } catch (err) {
      throw (
        fromWorkflowError(err, {
          code: 'VALIDATION_DECIDED',
          message: 'Cette demande a déjà été traitée.',
        }) ?? err
      );
    }
  }

  defineRoute(router, '/providers', {
    method: 'post',
    path: '/:id/rib',
    summary: 'Envoyer de nouvelles coordonnées bancaires avec le relevé (RIB) : un agent les valide',
    tags: ['Signalétique'],
    params: z.object({ id: RecordId() }),
    body: RibBody,
    responses: { 202: { description: 'Envoyées : en attente de validation', schema: Signaletique } },
    handler: async (ctx, { params, body }) => {
      const { user, ability, provider } = await editable(ctx, params.id, 'bankDetails');
      const requestKey = idempotencyKey(ctx);
      const subjectId = uuidFrom('rib', params.id, requestKey);
      const iban = normalizeIban(body.iban);
      const existing = await db('bank_details').where({ id: subjectId }).first('id');
      if (!existing) {
        const file = await storeFile(db, body.statement, {
          providerId: params.id,
          purpose: 'rib',
          uploadedBy: user.id,
          accept: ['application/pdf', 'image/jpeg', 'image/png'],
          path: 'statement',
        });
        await db.transaction(async (trx) => {
          await trx('bank_details').insert({
            id: subjectId,
            providerId: params.id,
            ibanEncrypted: cipher.encrypt(iban),
            ibanLast4: iban.slice(-4),
            bic: body.bic.replace(/\s/g, '').toUpperCase(),
            holder: body.holder,
            fileId: file.id,
            status: 'pending',
            submittedBy: user.id,
          });
          await recordChange(
            ctx,
            {
              subjectType: 'BankDetails',
              subjectId,
              providerId: params.id,
              changes: {
                iban: { old: null, new: iban },
                bic: { old: null, new: body.bic },
                holder: { old: null, new: body.holder },
                bankStatement: { old: null, new: file.name },
              },
            },
            trx,
          );
        });
      }
      await startValidation(ctx, 'rib', provider, subjectId, requestKey);
      ctx.status = 202;
      ctx.body = (await view((await db('providers').where({ id: params.id }).first()) as Row, ability)).body;
    },
  });

  defineRoute(router, '/providers', {
    method: 'post',
    path: '/:id/photos',
    summary: 'Ajouter une photo du lieu d’accueil : visible sur MY.ONE après validation par l’agent conseil',
    tags: ['Signalétique'],
    params: z.object({ id: RecordId() }),
    body: z.object({ photo: FileUpload }).strict().openapi('PhotoUpload'),
    responses: { 202: { description: 'Photo en attente de validation', schema: Signaletique } },
    handler: async (ctx, { params, body }) => {
      const { user, ability, provider } = await editable(ctx, params.id, 'photos');
      const requestKey = idempotencyKey(ctx);
      const photoId = uuidFrom('photo', params.id, requestKey);
      if (!(await db('photos').where({ id: photoId }).first('id'))) {
        const file = await storeFile(db, body.photo, {
          providerId: params.id,
          purpose: 'photo',
          uploadedBy: user.id,
          accept: ['image/jpeg', 'image/png'],
          path: 'photo',
        });
        await db.transaction(async (trx) => {
          await trx('photos').insert({
            id: photoId,
            providerId: params.id,
            fileId: file.id,
            status: 'pending',
          });
          await recordChange(
            ctx,
            {
              subjectType: 'Photo',
              subjectId: photoId,
              providerId: params.id,
              changes: { photo: { old: null, new: file.name } },
            },
            trx,
          );
        });
      }
      await startValidation(ctx, 'photo', provider, photoId, requestKey);
      ctx.status = 202;
      ctx.body = (await view((await db('providers').where({ id: params.id }).first()) as Row, ability)).body;
    },
  });

  defineRoute(router, '/providers', {
    method: 'delete',
    path: '/:id/photos/:photoId',
    summary: 'Retirer une photo (immédiat, sur MY.ONE aussi)',
    tags: ['Signalétique'],
    params: z.object({ id: RecordId(), photoId: z.uuid() }),
    responses: { 200: { description: 'Photo retirée', schema: Signaletique } },
    handler: async (ctx, { params }) => {
      const { user, ability } = await editable(ctx, params.id, 'photos');
      const photo = (await db('photos').where({ id: params.photoId, providerId: params.id }).first()) as
        Row | undefined;
      if (!photo || photo.status === 'removed') throw notFound('Cette photo');
      await db.transaction(async (trx) => {
        await trx('photos').where({ id: params.photoId }).update({ status: 'removed' });
        // The bytes go at once; the row stays for the history.
        await trx('files')
          .where({ id: photo.fileId })
          .update({ content: Buffer.alloc(0), size: 0 });
        await recordChange(
          ctx,
          {
            subjectType: 'Photo',
            subjectId: params.photoId,
            providerId: params.id,
            changes: { photo: { old: 'photo', new: null } },
          },
          trx,
        );
      });
      // The validation, if still waiting, has nothing left to decide.
      const workflowId = validationWorkflowId('photo', params.photoId);
      await withinStepDeadline(temporal, config, () =>
        temporal.workflow.getHandle(workflowId).executeUpdate(withdraw, {
          args: [{ actor: { id: user.id, displayName: user.displayName, roles: user.roles } }],
        }),
      ).catch((err: unknown) => {
        if (err instanceof WorkflowUpdateFailedError) return; // decided already
        ctx.log.warn({ err, workflowId }, 'photo removed; its validation could not be told');
      });
      ctx.body = (await view((await db('providers').where({ id: params.id }).first()) as Row, ability)).body;
    },
  });

  defineRoute(router, '/providers', {
    method: 'put',
    path: '/:id/project',
    summary: 'Déposer le projet pédagogique (PDF)',
    tags: ['Signalétique'],
    params: z.object({ id: RecordId() }),
    body: z.object({ document: FileUpload }).strict().openapi('ProjectUpload'),
    responses: { 200: { description: 'Projet pédagogique enregistré', schema: Signaletique } },
    handler: async (ctx, { params, body }) => {
      const { user, ability, provider } = await editable(ctx, params.id, 'project');
      const file = await storeFile(db, body.document, {
        providerId: params.id,
        purpose: 'project',
        uploadedBy: user.id,
        accept: ['application/pdf'],
        path: 'document',
      });
      await db.transaction(async (trx) => {
        await trx('providers').where({ id: params.id }).update({ projectFileId: file.id });
        await recordChange(
          ctx,
          {
            subjectType: 'Signaletique',
            subjectId: params.id,
            providerId: params.id,
            changes: {
              project: { old: provider.projectFileId ? 'document précédent' : null, new: file.name },
            },
          },
          trx,
        );
      });
      ctx.body = (await view((await db('providers').where({ id: params.id }).first()) as Row, ability)).body;
    },
  });

  // What an agent validates: the submission beside the data in force.

  const ValidationView = z
    .object({
      caseId: z.string(),
      kind: z.enum(['rib', 'photo']),
      status: z.string(),
      provider: z.object({ id: z.string(), displayName: z.string() }),
      subjectId: z.string(),
      submittedAt: z.string(),
      bankDetails: z
        .object({
          iban: Masked,
          bic: z.string(),
          holder: z.string(),
          statement: z.object({ url: z.string(), contentType: z.string(), name: z.string() }),
          inForce: z.object({ iban: Masked, bic: z.string(), holder: z.string() }).nullable(),
        })
        .nullable(),
      photo: z.object({ url: z.string(), contentType: z.string() }).nullable(),
      decision: z.object({ status: z.string(), reason: z.string().nullable() }).nullable(),
    })
    .openapi('ValidationSubmission');

  defineRoute(router, '/validations', {
    method: 'get',
    path: '/:caseId',
    summary: 'La demande à valider (coordonnées bancaires ou photo), à côté des données en vigueur',
    tags: ['Agents'],
    params: z.object({ caseId: z.uuid() }),
    responses: { 200: { description: 'Demande', schema: ValidationView } },
    handler: async (ctx, { params }) => {
      const { ability } = requireUser(ctx);
      const row = (await caseQuery(db)
        .where('c.id', params.caseId)
        .whereIn('c.procedure', ['rib', 'photo'])
        .first()) as Row | undefined;
      if (!row) throw notFound('Cette demande');
      if (!ability.can('read', record('Case', caseSubject(row)))) {
        await recordDenied(ctx, {
          subjectType: 'Case',
          subjectId: params.caseId,
          providerId: String(row.providerId),
          caseId: params.caseId,
          fields: [],
        });
        throw notFound('Cette demande');
      }
      const details = row.details as { kind: ValidationKind; subjectId: string };
      const scope = {
        providerId: row.providerId,
        subregionCode: row.providerSubregionCode,
        agentConseilId: row.providerAgentConseilId,
      };
      const base = {
        caseId: params.caseId,
        kind: details.kind,
        status: String(row.status),
        provider: {
          id: String(row.providerId),
          displayName: `${String(row.providerFirstName)} ${String(row.providerLastName)}`,
        },
        subjectId: details.subjectId,
      };
      if (details.kind === 'rib') {
        const sub = (await db('bank_details as b')
          .join('files as f', 'f.id', 'b.file_id')
          .where('b.id', details.subjectId)
          .first('b.*', 'f.content_type', 'f.display_name')) as Row;
        const inForce = (await db('bank_details')
          .where({ providerId: row.providerId, status: 'approved' })
          .first()) as Row | undefined;
        const clear = ability.can('read', record('BankDetails', scope));
        const show = (enc: unknown) => {
          const iban = cipher.decrypt(String(enc));
          return { value: clear ? formatIban(iban) : maskIban(iban), masked: !clear };
        };
        await recordRead(ctx, {
          subjectType: 'BankDetails',
          subjectId: details.subjectId,
          providerId: String(row.providerId),
          caseId: params.caseId,
          fields: clear ? ['iban', 'bic', 'holder'] : ['bic', 'holder'],
        });
        ctx.body = {
          ...base,
          submittedAt: iso(sub.submittedAt)!,
          bankDetails: {
            iban: show(sub.ibanEncrypted),
            bic: String(sub.bic),
            holder: String(sub.holder),
            statement: {
              url: `/api/files/${String(sub.fileId)}`,
              contentType: String(sub.contentType),
              name: String(sub.displayName),
            },
            inForce: inForce
              ? {
                  iban: show(inForce.ibanEncrypted),
                  bic: String(inForce.bic),
                  holder: String(inForce.holder),
                }
              : null,
          },
          photo: null,
          decision:
            sub.status === 'pending'
              ? null
              : { status: String(sub.status), reason: (sub.reason as string | null) ?? null },
        };
        return;
      }
      const photo = (await db('photos as ph')
        .join('files as f', 'f.id', 'ph.file_id')
        .where('ph.id', details.subjectId)
        .first('ph.*', 'f.content_type')) as Row;
      ctx.body = {
        ...base,
        submittedAt: iso(photo.uploadedAt)!,
        bankDetails: null,
        photo: { url: `/api/files/${String(photo.fileId)}`, contentType: String(photo.contentType) },
        decision:
          photo.status === 'pending'
            ? null
            : { status: String(photo.status), reason: (photo.reason as string | null) ?? null },
      };
    },
  });

  // Files, served only to who may see them.

  defineRoute(router, '/files', {
    method: 'get',
    path: '/:id',
    summary: 'Un document (relevé bancaire, photo, projet pédagogique), pour qui peut le voir',
    tags: ['Signalétique'],
    params: z.object({ id: z.uuid() }),
    responses: { 200: { description: 'Le fichier' } },
    handler: async (ctx, { params }) => {
      const { ability } = requireUser(ctx);
      const file = (await db('files as f')
        .join('providers as p', 'p.id', 'f.provider_id')
        .where('f.id', params.id)
        .first('f.*', 'p.subregion_code', 'p.agent_conseil_id')) as Row | undefined;
      if (!file || Number(file.size) === 0) throw notFound('Ce document');
      const subject = record('File', {
        providerId: file.providerId,
        purpose: file.purpose,
        subregionCode: file.subregionCode,
        agentConseilId: file.agentConseilId,
      });
      if (!ability.can('read', subject)) {
        await recordDenied(ctx, {
          subjectType: 'File',
          subjectId: params.id,
          providerId: String(file.providerId),
          fields: [String(file.purpose)],
        });
        throw notFound('Ce document');
      }
      if (file.purpose === 'rib')
        await recordRead(ctx, {
          subjectType: 'File',
          subjectId: params.id,
          providerId: String(file.providerId),
          fields: ['bankStatement'],
        });
      serveFile(ctx, file);
    },
  });

  return router;
}
