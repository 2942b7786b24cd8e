import { randomUUID } from 'node:crypto';
import Router from '@koa/router';
import type { Knex } from 'knex';
import { hashPassword } from '../../common/node/passwords';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { RESET_LINK_MINUTES, resetToken, resetTokenHash } from '../../common/node/password-reset-token';
import {
  dispatchFromConfig,
  mailIdOf,
  queueMails,
  startMailWorkflows,
  type MailDispatch,
  type MailToQueue,
} from '../../activities/mail/outbox';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors';
import { recordChange } from '../audit';
import { clearSessionCookie, createSessions } from '../auth/sessions';
import { passwordResetRequestsByIp } from '../auth/throttle';
import { defineRoute, z } from '../define-route';

/** At most this many messages per address and per hour; beyond, the same answer and nothing sent. */
export const MAX_RESET_REQUESTS_PER_HOUR = 3;
export const MIN_PASSWORD_LENGTH = 12;

export const RESET_REQUESTED_MESSAGE =
  'Si un compte PRO.ONE correspond à cette adresse, un e-mail vient de lui être envoyé avec la marche à suivre. ' +
  `Le lien qu’il contient est valable ${RESET_LINK_MINUTES} minutes. Pensez à regarder aussi dans vos courriers indésirables.`;

export const PASSWORD_CHANGED_MESSAGE =
  'Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.';

/** One answer for a link that was used, has expired, or never existed. */
const linkInvalid = () =>
  new AppError(
    410,
    'RESET_LINK_INVALID',
    `Ce lien n’est plus valable : il ne fonctionne qu’une seule fois et pendant ${RESET_LINK_MINUTES} minutes. Demandez un nouveau lien.`,
  );

const ResetToken = z.string().trim().min(1).max(200);

export const PasswordResetRequest = z
  .object({
    email: z.string().trim().min(1).max(320).email({ error: 'Adresse e-mail invalide' }),
  })
  .strict()
  .openapi('PasswordResetRequest');

export const PasswordResetConfirmation = z
  .object({
    token: ResetToken,
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, {
        error: `Le mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères`,
      })
      .max(200),
  })
  .strict()
  .openapi('PasswordResetConfirmation');

interface RequestOutcome {
  result: 'no account' | 'address limit' | 'queued';
  userId?: string;
  mailId?: string;
}

interface Account {
  id: string;
  email: string;
  displayName: string;
  loginMethod: 'strong' | 'password';
  providerId: string | null;
}

/**
 * « Mot de passe oublié ? »: a single-use link, valid 30 minutes, sent to the address on record.
 * The answer never tells whether the address has an account, nor whether a limit was reached.
 * The link's secret is derived from the reset's id (`common/node/password-reset-token.ts`): the table
 * keeps its hash, the message row the id, and the secret travels in the link's fragment only.
 */
export function passwordResetRoutes({ db, temporal, config }: ApiDeps): Router {
  const router = new Router();
  const cipher = createPersonalDataCipher(config.personalDataKey);
  const dispatch: MailDispatch = dispatchFromConfig(config, temporal);

  defineRoute(router, '', {
    method: 'post',
    path: '/auth/password-reset',
    summary: 'Mot de passe oublié : recevoir un lien par e-mail',
    tags: ['Session'],
    public: true,
    body: PasswordResetRequest,
    responses: {
      202: {
        description:
          'Toujours la même réponse, que l’adresse ait un compte ou non et qu’une limite soit atteinte ou non',
        schema: z.object({ message: z.string() }),
      },
    },
    handler: async (ctx, { body }) => {
      const answer = () => {
        ctx.status = 202;
        ctx.body = { message: RESET_REQUESTED_MESSAGE };
      };
      if (!passwordResetRequestsByIp.allow(ctx.ip)) {
        ctx.log.info({ outcome: 'client limit' }, 'password reset requested');
        return answer();
      }
      const requestIpHash = cipher.fingerprint(`password-reset-ip:${ctx.ip}`);
      // The reset and its message are written together; the message's workflow starts after.
      const outcome: RequestOutcome = await db.transaction(async (trx): Promise<RequestOutcome> => {
        const account = (await trx('users')
          .whereRaw('lower(email) = ?', [body.email.toLowerCase()])
          .orderByRaw(`login_method = 'password' desc`)
          .forUpdate()
          .first('id', 'email', 'displayName', 'loginMethod', 'providerId')) as Account | undefined;
        if (!account) return { result: 'no account' };
        // The row lock above makes simultaneous requests count one after the other.
        if ((await recentRequests(trx, account)) >= MAX_RESET_REQUESTS_PER_HOUR)
          return { result: 'address limit', userId: account.id };
        const resetId = randomUUID();
        const to = { address: account.email, name: account.displayName, userId: account.id };
        let mail: MailToQueue;
        if (account.loginMethod === 'password') {
          await trx('password_resets').insert({
            id: resetId,
            userId: account.id,
            tokenHash: resetTokenHash(resetToken(config.personalDataKey, resetId)),
            expiresAt: trx.raw('now() + make_interval(mins => ?)', [RESET_LINK_MINUTES]),
            requestIpHash,
          });
          mail = { key: `password-reset:${resetId}`, template: 'password-reset', params: { resetId }, to };
        } else {
          mail = {
            key: `password-reset-strong:${resetId}`,
            template: 'password-reset',
            params: { strongLogin: true },
            to,
          };
        }
        // Without a client the row only waits; its workflow is started once the row is committed.
        await queueMails(trx, { ...dispatch, temporal: undefined }, [mail]);
        return { result: 'queued', userId: account.id, mailId: mailIdOf(mail.key) };
      });
      // Who asked is logged by account id, never by address.
      ctx.log.info(
        { outcome: outcome.result, userId: outcome.userId, mailId: outcome.mailId },
        'password reset requested',
      );
      const { mailId } = outcome;
      if (mailId) {
        // Not awaited, so the answer takes as long with or without an account. If Temporal is
        // away, the message stays pending and the sweep (`mailSweepWorkflow`) sends it later.
        void startMailWorkflows(dispatch, [{ id: mailId, resends: 0 }]).catch((err: unknown) =>
          ctx.log.warn(
            { err, mailId },
            'password reset mail left for the sweep: its workflow could not be started',
          ),
        );
      }
      answer();
    },
  });

  defineRoute(router, '', {
    method: 'post',
    path: '/auth/password-reset/check',
    summary: 'Mot de passe oublié : vérifier qu’un lien est encore valable',
    tags: ['Session'],
    public: true,
    body: z.object({ token: ResetToken }).strict(),
    responses: {
      200: {
        description: 'Le lien est valable',
        schema: z.object({ valid: z.literal(true), expiresAt: z.string() }),
      },
      410: { description: 'Lien déjà utilisé, expiré ou inconnu (RESET_LINK_INVALID)' },
    },
    handler: async (ctx, { body }) => {
      const reset = await liveReset(db, body.token);
      if (!reset) throw linkInvalid();
      ctx.body = { valid: true, expiresAt: new Date(reset.expiresAt).toISOString() };
    },
  });

  defineRoute(router, '', {
    method: 'post',
    path: '/auth/password-reset/confirm',
    summary: 'Mot de passe oublié : choisir le nouveau mot de passe',
    tags: ['Session'],
    public: true,
    body: PasswordResetConfirmation,
    responses: {
      200: {
        description: 'Mot de passe modifié ; toutes les sessions de la personne sont fermées',
        schema: z.object({ message: z.string(), next: z.string() }),
      },
      410: { description: 'Lien déjà utilisé, expiré ou inconnu (RESET_LINK_INVALID)' },
    },
    handler: async (ctx, { body }) => {
      // A cheap look first: the slow hash is computed only for a link that works.
      if (!(await liveReset(db, body.token))) throw linkInvalid();
      const passwordHash = await hashPassword(body.password);
      const { userId, sessionsEnded } = await db.transaction(async (trx) => {
        // Again under lock: of two uses at once, the second finds the link used.
        const reset = (await trx('password_resets')
          .where({ tokenHash: resetTokenHash(body.token) })
          .whereNull('usedAt')
          .where('expiresAt', '>', trx.fn.now())
          .forUpdate()
          .first('userId')) as { userId: string } | undefined;
        if (!reset) throw linkInvalid();
        const account = (await trx('users')
          .where({ id: reset.userId })
          .forUpdate()
          .first('providerId', 'loginMethod')) as Pick<Account, 'providerId' | 'loginMethod'> | undefined;
        // Converted to the strong login since the link was sent: there is no password to set.
        if (account?.loginMethod !== 'password') throw linkInvalid();
        await trx('users')
          .where({ id: reset.userId })
          .update({ passwordHash, failedLoginCount: 0, lockedUntil: null });
        // This link and every other one sent before it stop working.
        await trx('password_resets')
          .where({ userId: reset.userId })
          .whereNull('usedAt')
          .update({ usedAt: trx.fn.now() });
        const ended = await createSessions(trx, config).endAllForUser(reset.userId, 'password_reset');
        await recordChange(
          ctx,
          {
            subjectType: 'User',
            subjectId: reset.userId,
            providerId: account.providerId ?? null,
            reason: 'Mot de passe oublié : nouveau mot de passe choisi avec le lien envoyé par e-mail',
            // Never the password, nor its hash: only that it changed.
            changes: { password: { old: '••••••••', new: '••••••••' } },
          },
          trx,
        );
        return { userId: reset.userId, sessionsEnded: ended };
      });
      if (ctx.state.user?.id === userId) clearSessionCookie(ctx, config);
      ctx.log.info({ userId, sessionsEnded }, 'password changed with a reset link');
      ctx.body = { message: PASSWORD_CHANGED_MESSAGE, next: '/connexion?info=mot-de-passe-modifie' };
    },
  });

  return router;
}

/** The reset a token opens, if it is neither used nor expired. */
async function liveReset(db: Knex, token: string): Promise<{ expiresAt: Date } | undefined> {
  return (await db('password_resets')
    .where({ tokenHash: resetTokenHash(token) })
    .whereNull('usedAt')
    .where('expiresAt', '>', db.fn.now())
    .first('expiresAt')) as { expiresAt: Date } | undefined;
}

/**
 * The messages of the last hour for this person: the links of a password account, the « use the
 * strong login » messages of a strong one (those have no reset row).
 */
async function recentRequests(trx: Knex, account: Account): Promise<number> {
  const since = trx.raw(`now() - interval '1 hour'`);
  const row = (
    account.loginMethod === 'password'
      ? await trx('password_resets')
          .where({ userId: account.id })
          .where('createdAt', '>', since)
          .count('* as n')
      : await trx('mail_messages')
          .where({ recipientUserId: account.id })
          .whereLike('key', 'password-reset-strong:%')
          .where('createdAt', '>', since)
          .count('* as n')
  )[0] as { n: string | number };
  return Number(row.n);
}
