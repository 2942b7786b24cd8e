import Router from '@koa/router';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { formatIban, maskIban } from '../../common/signaletique';
import type { ValidationKind } from '../../common/validation';
import { record } from '../ability';
import { recordDenied, recordRead } from '../audit';
import type { ApiDeps } from '../deps';
import { notFound } from '../errors';
import { isoOrNull as iso } from '../rows';
import { requireUser } from '../current-user';
import { defineRoute, z } from '../define-route';
import { caseQuery, caseSubject } from '../views';
import { Masked } from '../signaletique-view';

/**
 * What an agent validates (procedures 4–5: bank details, photo): the submission beside the data
 * in force.
 */

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

type Row = Record<string, unknown>;

export function validationRoutes({ db, config }: ApiDeps): Router {
  const router = new Router();
  const cipher = createPersonalDataCipher(config.personalDataKey);

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

  return router;
}
