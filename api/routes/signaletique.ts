import Router from '@koa/router';
import type { Context } from 'koa';
import { isValidNiss, normalizeNiss } from '../../common/niss';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import {
  AVAILABILITY,
  DAYS,
  TIME,
  formatBce,
  isValidBce,
  isValidBelgianPostcode,
  isWebAddress,
  normalizeBce,
  normalizePhone,
} from '../../common/signaletique';
import type { AppAbility } from '../ability';
import { recordChange, recordRead, type FieldChange } from '../audit';
import type { ApiDeps } from '../deps';
import { dayOf } from '../rows';
import { RecordId, defineRoute, z } from '../define-route';
import {
  Signaletique,
  editableSignaletique,
  readableSignaletique,
  signaletiqueView,
} from '../signaletique-view';

/**
 * The « Signalétique » form (seed chapter 7): every section, submitted as a whole and refused
 * with a message per missing or wrong field. « Mes préférences », the bank details, the photos,
 * the pedagogical project and the files have their own routes (preferences.ts, bank-details.ts,
 * photos.ts, project.ts, files.ts); what they share is in `api/signaletique-view.ts`.
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

type Row = Record<string, unknown>;

export function signaletiqueRoutes({ db, config }: ApiDeps): Router {
  const router = new Router();
  const cipher = createPersonalDataCipher(config.personalDataKey);

  const readable = (ctx: Context, id: string, fields: string[]) => readableSignaletique(db, ctx, id, fields);
  const editable = (ctx: Context, id: string, field: string) => editableSignaletique(db, ctx, id, field);
  const view = (provider: Row, ability: AppAbility) => signaletiqueView(db, cipher, provider, ability);

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

  return router;
}
