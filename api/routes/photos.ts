import Router from '@koa/router';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { uuidFrom } from '../../common/node/ids';
import { validationWorkflowId, withdraw } from '../../workflows/validation';
import { recordChange } from '../audit';
import type { ApiDeps } from '../deps';
import { notFound } from '../errors';
import { FileUpload, storeFile } from '../files';
import { idempotencyKey, withinStepDeadline } from '../steps';
import { RecordId, defineRoute, z } from '../define-route';
import { Signaletique, editableSignaletique, signaletiqueAfterChange } from '../signaletique-view';
import { startValidation } from '../start-validation';

/**
 * The photos of the place (procedure 5): visible on MY.ONE once an agent has validated them
 * (`workflows/validation.ts`); the provider removes one at once.
 */

type Row = Record<string, unknown>;

export function photoRoutes({ db, temporal, config }: ApiDeps): Router {
  const router = new Router();
  const cipher = createPersonalDataCipher(config.personalDataKey);

  defineRoute(router, '/providers', {
    method: 'post',
    path: '/:id/photos',
    largeBody: true,
    summary: 'Ajouter une photo du lieu d’accueil : visible sur MY.ONE après validation par l’agent conseil',
    tags: ['Signalétique'],
    params: z.object({ id: RecordId() }),
    body: z.object({ photo: FileUpload }).strict().openapi('PhotoUpload'),
    responses: { 202: { description: 'Photo en attente de validation', schema: Signaletique } },
    handler: async (ctx, { params, body }) => {
      const { user, ability, provider } = await editableSignaletique(db, ctx, params.id, 'photos');
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
      await startValidation({ temporal, config }, ctx, 'photo', provider, photoId, requestKey);
      ctx.status = 202;
      ctx.body = await signaletiqueAfterChange(db, cipher, params.id, ability);
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
      const { user, ability } = await editableSignaletique(db, ctx, params.id, 'photos');
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
      ctx.body = await signaletiqueAfterChange(db, cipher, params.id, ability);
    },
  });

  return router;
}
