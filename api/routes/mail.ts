import Router from '@koa/router';
import type { ApiDeps } from '../deps';
import { AppError, forbidden, notFound } from '../errors';
import { requireUser } from '../current-user';
import { defineRoute, z } from '../define-route';
import { renderMessage } from '../../activities/mail/templates';
import { dispatchFromConfig, startMailWorkflows } from '../../activities/mail/outbox';
import { resetToken } from '../../common/node/password-reset-token';

export const MAIL_FREQUENCIES = ['immediate', 'daily'] as const;
export const MAIL_FREQUENCY_LABELS: Record<(typeof MAIL_FREQUENCIES)[number], string> = {
  immediate: 'Immédiatement : un e-mail pour chaque nouvelle tâche ou tâche en retard de mon périmètre',
  daily:
    'Résumé quotidien : un seul e-mail chaque jour ouvrable avec mes tâches ouvertes, nouvelles et en retard',
};

const MailPreferences = z
  .object({
    frequency: z.enum(MAIL_FREQUENCIES),
    label: z.string(),
    digestTime: z.string(),
    options: z.array(z.object({ value: z.enum(MAIL_FREQUENCIES), label: z.string() })),
  })
  .openapi('MailPreferences');

const UndeliverableMail = z
  .object({
    id: z.string(),
    subject: z.string(),
    toName: z.string(),
    toAddress: z.string(),
    caseId: z.string().nullable(),
    attempts: z.number(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    undeliverableAt: z.string().nullable(),
    status: z.enum(['pending', 'sent', 'undeliverable']),
  })
  .openapi('UndeliverableMail');

interface MailRow {
  id: string;
  template: string;
  params: Record<string, unknown>;
  toName: string;
  toAddress: string;
  caseId: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  undeliverableAt: Date | null;
  status: 'pending' | 'sent' | 'undeliverable';
  resends: number;
}

/**
 * The mail seen from the application: how an agent hears of the work of their scope (« Mes
 * préférences »), and, for the coordination, the messages that could not be delivered.
 */
export function mailRoutes({ db, temporal, config }: ApiDeps): Router {
  const router = new Router();
  const digestTime = () =>
    `${String(config.mail.digestTime.hour).padStart(2, '0')}:${String(config.mail.digestTime.minute).padStart(2, '0')}`;

  function agentOf(ctx: Parameters<typeof requireUser>[0]) {
    const { user } = requireUser(ctx);
    // A childminder hears of her own procedures by mail, always; the choice is the agents'.
    if (user.roles.every((r) => r === 'provider')) throw forbidden();
    return user;
  }

  const answer = (frequency: (typeof MAIL_FREQUENCIES)[number]) => ({
    frequency,
    label: MAIL_FREQUENCY_LABELS[frequency],
    digestTime: digestTime(),
    options: MAIL_FREQUENCIES.map((value) => ({ value, label: MAIL_FREQUENCY_LABELS[value] })),
  });

  defineRoute(router, '/me', {
    method: 'get',
    path: '/mail-preferences',
    summary: 'Mes préférences : comment je suis averti·e de mes tâches par e-mail',
    tags: ['Session'],
    responses: { 200: { description: 'Préférences', schema: MailPreferences } },
    handler: async (ctx) => {
      const user = agentOf(ctx);
      const row = (await db('users').where({ id: user.id }).first('mail_frequency')) as {
        mailFrequency: (typeof MAIL_FREQUENCIES)[number];
      };
      ctx.body = answer(row.mailFrequency);
    },
  });

  defineRoute(router, '/me', {
    method: 'put',
    path: '/mail-preferences',
    summary: 'Mes préférences : choisir « immédiatement » ou « résumé quotidien »',
    tags: ['Session'],
    body: z
      .object({ frequency: z.enum(MAIL_FREQUENCIES) })
      .strict()
      .openapi('MailPreferencesInput'),
    responses: { 200: { description: 'Préférences enregistrées', schema: MailPreferences } },
    handler: async (ctx, { body }) => {
      const user = agentOf(ctx);
      await db('users').where({ id: user.id }).update({ mail_frequency: body.frequency });
      ctx.log.info({ frequency: body.frequency }, 'mail preference changed');
      ctx.body = answer(body.frequency);
    },
  });

  function view(row: MailRow) {
    let subject = '(message)';
    try {
      subject = renderMessage(
        row.template,
        row.params,
        { publicUrl: config.http.publicUrl, recipientName: row.toName },
        { resetToken: (id) => resetToken(config.personalDataKey, id) },
      ).subject;
    } catch {
      // an unknown template still lists the message
    }
    return {
      id: row.id,
      subject,
      toName: row.toName,
      toAddress: row.toAddress,
      caseId: row.caseId,
      attempts: row.attempts,
      lastError: row.lastError,
      createdAt: new Date(row.createdAt).toISOString(),
      undeliverableAt: row.undeliverableAt ? new Date(row.undeliverableAt).toISOString() : null,
      status: row.status,
    };
  }

  function supervisorOf(ctx: Parameters<typeof requireUser>[0]) {
    const { user, ability } = requireUser(ctx);
    if (!ability.can('read', 'MailMessage')) throw forbidden();
    return user;
  }

  defineRoute(router, '/mails', {
    method: 'get',
    path: '/undeliverable',
    summary: 'E-mails non remis : les messages qui n’ont pas pu être envoyés dans le délai',
    tags: ['Coordination'],
    responses: {
      200: {
        description: 'Messages non remis',
        schema: z.object({ mails: z.array(UndeliverableMail), total: z.number() }),
      },
    },
    handler: async (ctx) => {
      supervisorOf(ctx);
      const rows = (await db('mail_messages')
        .where('status', 'undeliverable')
        .orderBy('undeliverable_at', 'desc')
        .limit(200)) as MailRow[];
      const [{ count }] = (await db('mail_messages')
        .where('status', 'undeliverable')
        .count('* as count')) as Array<{
        count: string;
      }>;
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { mails: rows.map(view), total: Number(count) };
    },
  });

  defineRoute(router, '/mails', {
    method: 'post',
    path: '/:id/resend',
    summary: 'Renvoyer un e-mail non remis',
    tags: ['Coordination'],
    params: z.object({ id: z.uuid({ message: 'Identifiant de message incorrect' }) }),
    responses: { 202: { description: 'Message renvoyé', schema: UndeliverableMail } },
    handler: async (ctx, { params }) => {
      const user = supervisorOf(ctx);
      const row = (await db('mail_messages').where({ id: params.id }).first()) as MailRow | undefined;
      if (!row) throw notFound('Ce message');
      if (row.status === 'sent') throw new AppError(409, 'MAIL_ALREADY_SENT', 'Ce message a déjà été remis.');
      let resends = row.resends;
      if (row.status === 'undeliverable') {
        const updated = (await db('mail_messages')
          .where({ id: row.id, status: 'undeliverable' })
          .update({ status: 'pending', undeliverable_at: null, resends: db.raw('resends + 1') })
          .returning(['resends'])) as Array<{ resends: number }>;
        // Pressed twice at once: the second finds it pending and starts nothing new.
        if (updated.length > 0) resends = updated[0].resends;
      }
      await startMailWorkflows(dispatchFromConfig(config, temporal), [{ id: row.id, resends }]);
      ctx.log.info({ mailId: row.id, by: user.id }, 'undeliverable mail sent again');
      ctx.status = 202;
      ctx.body = view({ ...row, status: 'pending', resends });
    },
  });

  return router;
}
