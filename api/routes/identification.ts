import Router from '@koa/router';
import type { Context } from 'koa';
import { formatNiss, maskNiss } from '../../common/niss';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { subregionName } from '../../common/roles';
import { record, type AppAbility, type CurrentUser } from '../ability';
import { recordChange, recordDenied, recordRead, type FieldChange } from '../audit';
import type { ApiDeps } from '../deps';
import { forbidden } from '../errors';
import { findReadableProvider, loadProvider, providerSubject, type ProviderRow } from '../provider-access';
import { RecordId, defineRoute, z } from '../define-route';

const Identification = z
  .object({
    providerId: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    subregion: z.object({ code: z.string(), name: z.string() }),
    niss: z.object({
      value: z.string().nullable().openapi({ example: '85.07.30-033.28' }),
      masked: z.boolean().openapi({ description: 'Vrai si le numéro est masqué pour vous' }),
    }),
    bce: z.object({ value: z.string().nullable(), masked: z.boolean() }),
    email: z.string().nullable(),
    mobile: z.string().nullable(),
    editable: z.boolean(),
    /** Whether the reader may open this provider's audit trail. */
    auditVisible: z.boolean(),
  })
  .openapi('Identification');

const MOBILE = /^(\+32|0)4\d{2}\d{6}$/;
const IdentificationChange = z
  .object({
    email: z
      .string()
      .trim()
      .max(200)
      .pipe(z.email({ error: 'Indiquez une adresse e-mail valide, par exemple nom@exemple.be' }))
      .optional(),
    mobile: z
      .string()
      .trim()
      .max(30)
      .refine((v) => MOBILE.test(v.replace(/[\s./-]/g, '')), {
        message: 'Indiquez un numéro de GSM belge, par exemple 0470 12 34 56',
      })
      .optional(),
  })
  .strict();

/** The field rule of `api/ability.ts` decides; the BCE follows the NISS. */
export function mayReadNiss(ability: AppAbility, p: ProviderRow): boolean {
  return ability.can('read', providerSubject(p), 'niss');
}

function mayEdit(ability: AppAbility, p: ProviderRow, fields: string[]): boolean {
  return fields.every((f) => ability.can('update', providerSubject(p), f));
}

/** « Signalétique » (identification): who the childminder is, her e-mail address and GSM. */
export function identificationRoutes({ db, config }: ApiDeps): Router {
  const router = new Router();
  const cipher = createPersonalDataCipher(config.personalDataKey);

  const readableProvider = (ctx: Context, id: string, subjectType: string, fields: string[]) =>
    findReadableProvider(db, ctx, id, subjectType, fields);

  function identification(provider: ProviderRow, user: CurrentUser, ability: AppAbility) {
    const clear = mayReadNiss(ability, provider);
    const niss = provider.nissEncrypted ? cipher.decrypt(provider.nissEncrypted) : null;
    const bce = provider.bceEncrypted ? cipher.decrypt(provider.bceEncrypted) : null;
    const body = {
      providerId: provider.id,
      firstName: provider.firstName,
      lastName: provider.lastName,
      subregion: { code: provider.subregionCode, name: subregionName(provider.subregionCode) },
      niss: { value: niss === null ? null : clear ? formatNiss(niss) : maskNiss(niss), masked: !clear },
      bce: {
        value: bce === null ? null : clear ? bce : `••••.•••.${bce.replace(/\D/g, '').slice(-3)}`,
        masked: !clear,
      },
      email: provider.email,
      mobile: provider.mobile,
      editable: mayEdit(ability, provider, ['email', 'mobile']),
      auditVisible: ability.can('read', record('AuditEvent', { providerId: provider.id })),
    };
    const fields = ['firstName', 'lastName', ...(clear ? ['niss', 'bce'] : []), 'email', 'mobile'];
    return { body, fields };
  }

  defineRoute(router, '/providers', {
    method: 'get',
    path: '/:id/identification',
    summary: 'Signalétique : identification d’un·e accueillant·e',
    tags: ['Signalétique'],
    params: z.object({ id: RecordId() }),
    responses: { 200: { description: 'Identification', schema: Identification } },
    handler: async (ctx, { params }) => {
      const fields = ['firstName', 'lastName', 'niss', 'bce', 'email', 'mobile'];
      const { user, ability, provider } = await readableProvider(ctx, params.id, 'Provider', fields);
      const { body, fields: returned } = identification(provider, user, ability);
      await recordRead(ctx, {
        subjectType: 'Provider',
        subjectId: provider.id,
        providerId: provider.id,
        fields: returned,
      });
      ctx.set('Cache-Control', 'no-store');
      ctx.body = body;
    },
  });

  defineRoute(router, '/providers', {
    method: 'patch',
    path: '/:id/identification',
    summary: 'Signalétique : modifier son adresse e-mail ou son GSM',
    tags: ['Signalétique'],
    params: z.object({ id: RecordId() }),
    body: IdentificationChange,
    responses: { 200: { description: 'Identification à jour', schema: Identification } },
    handler: async (ctx, { params, body }) => {
      const fields = Object.keys(body);
      const { user, ability, provider } = await readableProvider(ctx, params.id, 'Provider', fields);
      if (!mayEdit(ability, provider, fields.length ? fields : ['email'])) {
        await recordDenied(ctx, {
          subjectType: 'Provider',
          subjectId: provider.id,
          providerId: provider.id,
          fields,
          reason: 'Modification réservée à l’accueillant·e',
        });
        throw forbidden();
      }
      const changes: Record<string, FieldChange> = {};
      const update: Record<string, string> = {};
      for (const field of ['email', 'mobile'] as const) {
        const value = body[field];
        if (value !== undefined && value !== provider[field]) {
          changes[field] = { old: provider[field], new: value };
          update[field] = value;
        }
      }
      if (Object.keys(update).length > 0) {
        await db.transaction(async (trx) => {
          await trx('providers').where({ id: provider.id }).update(update);
          await recordChange(
            ctx,
            { subjectType: 'Provider', subjectId: provider.id, providerId: provider.id, changes },
            trx,
          );
        });
      }
      const updated = (await loadProvider(db, provider.id))!;
      ctx.set('Cache-Control', 'no-store');
      ctx.body = identification(updated, user, ability).body;
    },
  });

  return router;
}
