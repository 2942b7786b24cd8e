import Router from '@koa/router';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { isValidNiss, normalizeNiss } from '../../common/niss';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors';
import { clearSessionCookie, createSessions } from '../auth/sessions';
import { requireUser } from '../current-user';
import { recordChange } from '../audit';
import { defineRoute, z } from '../define-route';

export const ConversionInput = z
  .object({
    firstName: z.string().trim().min(1).max(100),
    lastName: z.string().trim().min(1).max(100),
    email: z.string().trim().min(1).max(320).email({ error: 'Adresse e-mail invalide' }),
    niss: z
      .string()
      .min(1)
      .max(20)
      .refine((v) => isValidNiss(v), { error: 'Numéro de registre national invalide' }),
    consent: z.literal(true, { error: 'Vous devez donner votre accord' }),
  })
  .strict()
  .openapi('ConversionInput');

/**
 * « Gestion de mon utilisateur → Convertir mon utilisateur »: a password account becomes a strong
 * login account. The NISS must be the account's own (when one is on file) and is kept only as a
 * keyed fingerprint. The password is erased and every session of the person ends: the next login
 * goes through CSAM.
 */
export function conversionRoutes({ db, config }: ApiDeps): Router {
  const router = new Router();
  const sessions = createSessions(db, config);
  const cipher = createPersonalDataCipher(config.personalDataKey);

  defineRoute(router, '/me', {
    method: 'post',
    path: '/conversion',
    summary: 'Convertir mon utilisateur (connexion forte)',
    tags: ['Session'],
    body: ConversionInput,
    responses: {
      200: {
        description: 'Converti ; toutes les sessions sont fermées',
        schema: z.object({ message: z.string(), next: z.string() }),
      },
      409: { description: 'Le compte utilise déjà la connexion forte' },
    },
    handler: async (ctx, { body }) => {
      const { user } = requireUser(ctx);
      const fingerprint = cipher.fingerprint(normalizeNiss(body.niss));
      await db.transaction(async (trx) => {
        const account = await trx('users')
          .where({ id: user.id })
          .forUpdate()
          .first('loginMethod', 'nissFingerprint', 'firstName', 'lastName', 'email', 'providerId');
        if (account.loginMethod === 'strong')
          throw new AppError(409, 'ALREADY_STRONG', 'Votre compte utilise déjà la connexion forte.');
        if (account.nissFingerprint && account.nissFingerprint !== fingerprint) {
          throw new AppError(
            400,
            'NISS_MISMATCH',
            'Ce numéro de registre national ne correspond pas à celui de votre compte. Vérifiez-le ou contactez le helpdesk PRO.ONE (02/542.14.45).',
            [{ path: 'niss', message: 'Ce numéro ne correspond pas à celui de votre compte' }],
          );
        }
        if (!account.nissFingerprint) {
          const other = await trx('users')
            .where({ nissFingerprint: fingerprint })
            .whereNot({ id: user.id })
            .first('id');
          if (other)
            throw new AppError(
              409,
              'NISS_ALREADY_LINKED',
              'Ce numéro de registre national est déjà lié à un autre compte. Contactez le helpdesk PRO.ONE (02/542.14.45).',
              [{ path: 'niss', message: 'Ce numéro est déjà lié à un autre compte' }],
            );
        }
        const sameEmail = await trx('users')
          .whereRaw('lower(email) = ?', [body.email.toLowerCase()])
          .whereNot({ id: user.id })
          .first('id');
        if (sameEmail)
          throw new AppError(
            409,
            'EMAIL_ALREADY_USED',
            'Cette adresse e-mail est déjà utilisée par un autre compte.',
            [{ path: 'email', message: 'Cette adresse e-mail est déjà utilisée par un autre compte' }],
          );
        await trx('users')
          .where({ id: user.id })
          .update({
            firstName: body.firstName,
            lastName: body.lastName,
            displayName: `${body.firstName} ${body.lastName}`,
            email: body.email,
            nissFingerprint: fingerprint,
            loginMethod: 'strong',
            passwordHash: null,
            failedLoginCount: 0,
            lockedUntil: null,
            convertedAt: new Date(),
          });
        // On record with the account's other changes: names, e-mail, the NISS (masked) and the
        // login method, in the same transaction.
        await recordChange(
          ctx,
          {
            subjectType: 'User',
            subjectId: user.id,
            providerId: account.providerId ?? null,
            reason: 'Conversion vers la connexion forte',
            changes: {
              firstName: { old: account.firstName, new: body.firstName },
              lastName: { old: account.lastName, new: body.lastName },
              email: { old: account.email, new: body.email },
              niss: { old: null, new: body.niss },
              loginMethod: { old: 'password', new: 'strong' },
            },
          },
          trx,
        );
      });
      // The login method changed: every session of the person ends, this one included.
      await sessions.endAllForUser(user.id, 'login_method_changed');
      clearSessionCookie(ctx, config);
      ctx.body = {
        message:
          'Votre utilisateur a été converti. Connectez-vous maintenant avec votre carte eID, itsme ou vos clés BOSA.',
        next: '/api/auth/oidc/start',
      };
    },
  });

  return router;
}
