import Router from '@koa/router';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { recordChange } from '../audit';
import type { ApiDeps } from '../deps';
import { FileUpload, storeFile } from '../files';
import { RecordId, defineRoute, z } from '../define-route';
import { Signaletique, editableSignaletique, signaletiqueAfterChange } from '../signaletique-view';

/** The pedagogical project (a PDF), part of the « Signalétique ». */
export function projectRoutes({ db, config }: ApiDeps): Router {
  const router = new Router();
  const cipher = createPersonalDataCipher(config.personalDataKey);

  defineRoute(router, '/providers', {
    method: 'put',
    path: '/:id/project',
    largeBody: true,
    summary: 'Déposer le projet pédagogique (PDF)',
    tags: ['Signalétique'],
    params: z.object({ id: RecordId() }),
    body: z.object({ document: FileUpload }).strict().openapi('ProjectUpload'),
    responses: { 200: { description: 'Projet pédagogique enregistré', schema: Signaletique } },
    handler: async (ctx, { params, body }) => {
      const { user, ability, provider } = await editableSignaletique(db, ctx, params.id, 'project');
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
      ctx.body = await signaletiqueAfterChange(db, cipher, params.id, ability);
    },
  });

  return router;
}
