import Router from '@koa/router';
import type { Context } from 'koa';
import type { Knex } from 'knex';
import { formatNiss, maskNiss } from '../../common/niss';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { ROLE_LABELS, subregionName, type Role } from '../../common/roles';
import { record, type AppAbility, type CurrentUser } from '../ability';
import {
  LOGIN_METHOD_LABELS,
  FIELD_LABELS,
  describeAuditEvent,
  recordChange,
  recordDenied,
  recordRead,
  roleLabels,
  type AuditRow,
  type FieldChange,
} from '../audit';
import type { ApiDeps } from '../deps';
import { forbidden, notFound } from '../errors';
import { requireUser } from '../current-user';
import { caseQuery, caseSubject, caseSummary } from '../views';
import { RecordId, defineRoute, z } from '../define-route';

export const HELPDESK = {
  name: 'Helpdesk PRO.ONE',
  phone: '02/542.14.45',
  hours: 'Du lundi au vendredi, de 9h à 16h',
  email: 'pro@one.be',
};

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

const AuditEntry = z
  .object({
    id: z.string(),
    at: z.string(),
    action: z.enum(['read', 'change', 'denied']),
    actionLabel: z.string(),
    actor: z.object({
      id: z.string().nullable().openapi({ description: 'Seulement pour la coordination' }),
      name: z.string(),
      roleLabels: z.array(z.string()),
      isYou: z.boolean(),
    }),
    loginMethod: z.string().nullable(),
    loginMethodLabel: z.string().nullable(),
    fields: z.array(z.string()),
    fieldLabels: z.array(z.string()),
    description: z.string(),
    changes: z.record(z.string(), z.object({ old: z.unknown(), new: z.unknown() })).nullable(),
    reason: z.string().nullable(),
    requestId: z.string().nullable(),
    caseId: z.string().nullable(),
  })
  .openapi('AuditEntry');
const AuditList = z.object({ events: z.array(AuditEntry) });

const Contact = z.object({
  role: z.string(),
  roleLabel: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
const Contacts = z
  .object({
    contacts: z.array(Contact),
    helpdesk: z.object({ name: z.string(), phone: z.string(), hours: z.string(), email: z.string() }),
  })
  .openapi('ContactsOne');

const ACTION_LABELS = { read: 'Consultation', change: 'Modification', denied: 'Accès refusé' } as const;

export type ProviderRow = Record<string, unknown> & {
  id: string;
  firstName: string;
  lastName: string;
  subregionCode: string;
  agentConseilId: string | null;
  email: string | null;
  mobile: string | null;
  nissEncrypted: string | null;
  bceEncrypted: string | null;
};

/** What a rule on a provider looks at. */
export function providerSubject(p: Pick<ProviderRow, 'id' | 'subregionCode' | 'agentConseilId'>) {
  return record('Provider', { id: p.id, subregionCode: p.subregionCode, agentConseilId: p.agentConseilId });
}

function isOwn(user: CurrentUser, providerId: string): boolean {
  return user.roles.includes('provider') && user.providerId === providerId;
}

/** The field rule of `api/ability.ts` decides; the BCE follows the NISS. */
export function mayReadNiss(ability: AppAbility, p: ProviderRow): boolean {
  return ability.can('read', providerSubject(p), 'niss');
}

function mayEdit(ability: AppAbility, p: ProviderRow, fields: string[]): boolean {
  return fields.every((f) => ability.can('update', providerSubject(p), f));
}

export function auditEntry(row: AuditRow, viewer: CurrentUser, forProvider: boolean) {
  const isYou = row.actorId !== null && row.actorId === viewer.id;
  return {
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    action: row.action,
    actionLabel: ACTION_LABELS[row.action],
    actor: {
      id: forProvider ? null : row.actorId,
      name: isYou && forProvider ? 'Vous' : (row.actorName ?? 'Personne non connectée'),
      roleLabels: roleLabels(row.actorRoles),
      isYou,
    },
    loginMethod: row.loginMethod,
    loginMethodLabel: row.loginMethod ? (LOGIN_METHOD_LABELS[row.loginMethod] ?? row.loginMethod) : null,
    fields: row.fields ?? [],
    fieldLabels: (row.fields ?? []).map((f) => FIELD_LABELS[f] ?? f),
    description: describeAuditEvent(row, forProvider ? viewer.id : undefined),
    changes: row.changes,
    reason: row.reason,
    requestId: forProvider ? null : row.requestId,
    caseId: row.caseId,
  };
}

/**
 * The provider (the whole row) and its CASL subject, if this person may read them; otherwise a
 * refusal recorded in the audit trail under `subjectType` and a 404.
 */
export async function findReadableProvider(
  db: Knex,
  ctx: Context,
  id: string,
  subjectType: string,
  fields: string[],
) {
  const { user, ability } = requireUser(ctx);
  const provider = (await db('providers').where({ id }).first()) as ProviderRow | undefined;
  if (!provider || !ability.can('read', providerSubject(provider))) {
    await recordDenied(ctx, { subjectType, subjectId: id, providerId: provider ? id : null, fields });
    throw notFound('Cet·te accueillant·e');
  }
  return { user, ability, provider, subject: providerSubject(provider) };
}

/** « Signalétique » (identification), « Contacts ONE » and the audit trail views. */
export function providerRoutes({ db, config }: ApiDeps): Router {
  const router = new Router();
  const cipher = createPersonalDataCipher(config.personalDataKey);

  async function loadProvider(id: string): Promise<ProviderRow | undefined> {
    return db('providers').where({ id }).first() as Promise<ProviderRow | undefined>;
  }

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
      const updated = (await loadProvider(provider.id))!;
      ctx.set('Cache-Control', 'no-store');
      ctx.body = identification(updated, user, ability).body;
    },
  });

  defineRoute(router, '/providers', {
    method: 'get',
    path: '/:id/audit',
    summary: 'Historique des consultations et modifications des données d’un·e accueillant·e',
    tags: ['Audit'],
    params: z.object({ id: RecordId() }),
    query: z.object({ limit: z.coerce.number().int().min(1).max(100).optional() }),
    responses: { 200: { description: 'Événements, les plus récents d’abord', schema: AuditList } },
    handler: async (ctx, { params, query }) => {
      const { user, ability, provider } = await readableProvider(ctx, params.id, 'ProviderAudit', ['audit']);
      const own = isOwn(user, provider.id);
      if (!ability.can('read', record('AuditEvent', { providerId: provider.id }))) {
        await recordDenied(ctx, {
          subjectType: 'ProviderAudit',
          subjectId: provider.id,
          providerId: provider.id,
          fields: ['audit'],
        });
        throw forbidden();
      }
      const rows = (await db('audit_events')
        .where({ providerId: provider.id })
        .orderBy([
          { column: 'at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(query.limit ?? 100)) as AuditRow[];
      if (!own) {
        await recordRead(ctx, {
          subjectType: 'ProviderAudit',
          subjectId: provider.id,
          providerId: provider.id,
          fields: ['audit'],
        });
      }
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { events: rows.map((r) => auditEntry(r, user, own)) };
    },
  });

  defineRoute(router, '/cases', {
    method: 'get',
    path: '/:id/audit',
    summary: 'Consultations et modifications des données de l’accueillant·e d’un dossier',
    tags: ['Audit'],
    params: z.object({ id: z.uuid() }),
    query: z.object({ limit: z.coerce.number().int().min(1).max(100).optional() }),
    responses: { 200: { description: 'Événements, les plus récents d’abord', schema: AuditList } },
    handler: async (ctx, { params, query }) => {
      const { user, ability } = requireUser(ctx);
      const row = await caseQuery(db).where('c.id', params.id).first();
      const summary = row ? caseSummary(row) : null;
      const canReadCase = row ? ability.can('read', record('Case', caseSubject(row))) : false;
      const canReadAudit =
        summary !== null &&
        user.roles.includes('supervisor') &&
        ability.can('read', record('AuditEvent', { providerId: summary.provider.id }));
      if (!summary || !canReadCase || !canReadAudit) {
        await recordDenied(ctx, {
          subjectType: 'CaseAudit',
          subjectId: params.id,
          providerId: summary?.provider.id ?? null,
          caseId: summary ? params.id : null,
          fields: ['audit'],
        });
        if (canReadCase) throw forbidden();
        throw notFound('Ce dossier');
      }
      const rows = (await db('audit_events')
        .where((q) => q.where({ providerId: summary.provider.id }).orWhere({ caseId: params.id }))
        .orderBy([
          { column: 'at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(query.limit ?? 100)) as AuditRow[];
      await recordRead(ctx, {
        subjectType: 'CaseAudit',
        subjectId: params.id,
        providerId: summary.provider.id,
        caseId: params.id,
        fields: ['audit'],
      });
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { events: rows.map((r) => auditEntry(r, user, false)) };
    },
  });

  defineRoute(router, '/me', {
    method: 'get',
    path: '/contacts',
    summary: 'Contacts ONE de l’accueillant·e et helpdesk',
    tags: ['Accueillant·e'],
    responses: { 200: { description: 'Contacts ONE', schema: Contacts } },
    handler: async (ctx) => {
      const { user, ability } = requireUser(ctx);
      if (!user.providerId || !user.roles.includes('provider')) throw forbidden();
      const provider = await loadProvider(user.providerId);
      if (!provider || !ability.can('read', providerSubject(provider))) throw forbidden();
      const row = (await db('providers')
        .where({ id: provider.id })
        .first('agent_conseil_id', 'referent_accueil_id', 'referent_sante_id')) as Record<
        string,
        string | null
      >;
      const slots: Array<[Role, string | null]> = [
        ['agent_conseil', row.agentConseilId],
        ['referent_accueil', row.referentAccueilId],
        ['referent_sante', row.referentSanteId],
      ];
      const ids = slots.map(([, id]) => id).filter((id): id is string => Boolean(id));
      const people = new Map<string, { displayName: string; email: string | null; phone: string | null }>(
        (await db('users').whereIn('id', ids).select('id', 'display_name', 'email', 'phone')).map(
          (u: { id: string; displayName: string; email: string | null; phone: string | null }) => [u.id, u],
        ),
      );
      const contacts = slots.flatMap(([role, id]) => {
        const person = id ? people.get(id) : undefined;
        if (!person) return [];
        return [
          {
            role,
            roleLabel: ROLE_LABELS[role],
            name: person.displayName,
            email: person.email,
            phone: person.phone,
          },
        ];
      });
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { contacts, helpdesk: HELPDESK };
    },
  });

  return router;
}
