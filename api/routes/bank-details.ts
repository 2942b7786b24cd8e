import Router from '@koa/router';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { uuidFrom } from '../../common/node/ids';
import { isValidBelgianIban, isValidBic, normalizeIban } from '../../common/signaletique';
import { recordChange } from '../audit';
import type { ApiDeps } from '../deps';
import { FileUpload, storeFile } from '../files';
import { idempotencyKey } from '../steps';
import { RecordId, defineRoute, z } from '../define-route';
import { Signaletique, editableSignaletique, signaletiqueAfterChange } from '../signaletique-view';
import { startValidation } from '../start-validation';

/**
 * The bank details (procedure 4, « RIB »): new ones are sent with the bank statement and count
 * only once an agent has validated them (`workflows/validation.ts`).
 */

const RibBody = z
  .object({
    iban: z.string().trim().refine(isValidBelgianIban, {
      message: 'Indiquez un IBAN belge valide, par exemple BE68 5390 0754 7034',
    }),
    bic: z
      .string()
      .trim()
      .refine(isValidBic, { message: 'Indiquez un code BIC valide, par exemple GEBABEBB' }),
    holder: z.string().trim().min(1).max(120),
    statement: FileUpload,
  })
  .strict()
  .openapi('RibSubmission');

export function bankDetailsRoutes({ db, temporal, config }: ApiDeps): Router {
  const router = new Router();
  const cipher = createPersonalDataCipher(config.personalDataKey);

  defineRoute(router, '/providers', {
    method: 'post',
    path: '/:id/rib',
    largeBody: true,
    summary: 'Envoyer de nouvelles coordonnées bancaires avec le relevé (RIB) : un agent les valide',
    tags: ['Signalétique'],
    params: z.object({ id: RecordId() }),
    body: RibBody,
    responses: { 202: { description: 'Envoyées : en attente de validation', schema: Signaletique } },
    handler: async (ctx, { params, body }) => {
      const { user, ability, provider } = await editableSignaletique(db, ctx, params.id, 'bankDetails');
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
      await startValidation({ temporal, config }, ctx, 'rib', provider, subjectId, requestKey);
      ctx.status = 202;
      ctx.body = await signaletiqueAfterChange(db, cipher, params.id, ability);
    },
  });

  return router;
}
