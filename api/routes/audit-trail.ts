import Router from '@koa/router';
import type { Context } from 'koa';
import { record, type CurrentUser } from '../ability';
import {
  LOGIN_METHOD_LABELS,
  FIELD_LABELS,
  describeAuditEvent,
  recordDenied,
  recordRead,
  roleLabels,
  type AuditRow,
} from '../audit';
import type { ApiDeps } from '../deps';
import { forbidden, notFound } from '../errors';
import { requireUser } from '../current-user';
import { caseQuery, caseSubject, caseSummary } from '../views';
import { findReadableProvider } from '../provider-access';
import { RecordId, defineRoute, z } from '../define-route';

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

const ACTION_LABELS = { read: 'Consultation', change: 'Modification', denied: 'Accès refusé' } as const;

function isOwn(user: CurrentUser, providerId: string): boolean {
  return user.roles.includes('provider') && user.providerId === providerId;
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

/** The audit trail: who read or changed a childminder's data, for her and for the agents. */
export function auditTrailRoutes({ db }: ApiDeps): Router {
  const router = new Router();

  const readableProvider = (ctx: Context, id: string, subjectType: string, fields: string[]) =>
    findReadableProvider(db, ctx, id, subjectType, fields);

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
        ability.can('read', record('AuditEvent', { providerId: summary.provider?.id ?? null }));
      if (!summary || !canReadCase || !canReadAudit) {
        await recordDenied(ctx, {
          subjectType: 'CaseAudit',
          subjectId: params.id,
          providerId: summary?.provider?.id ?? null,
          caseId: summary ? params.id : null,
          fields: ['audit'],
        });
        if (canReadCase) throw forbidden();
        throw notFound('Ce dossier');
      }
      const rows = (await db('audit_events')
        .where((q) => {
          if (summary.provider) q.where({ providerId: summary.provider.id });
          q.orWhere({ caseId: params.id });
        })
        .orderBy([
          { column: 'at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(query.limit ?? 100)) as AuditRow[];
      await recordRead(ctx, {
        subjectType: 'CaseAudit',
        subjectId: params.id,
        providerId: summary.provider?.id ?? null,
        caseId: params.id,
        fields: ['audit'],
      });
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { events: rows.map((r) => auditEntry(r, user, false)) };
    },
  });

  return router;
}
