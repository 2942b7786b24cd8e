import type { Knex } from 'knex';
import type { Client } from '@temporalio/client';
import { ApplicationFailure, activityInfo } from '@temporalio/activity';
import nodemailer, { type Transporter } from 'nodemailer';
import { dateFr } from '../../common/bilan';
import { brusselsDay, dayLabelFr, isWorkingDay } from '../../common/working-days';
import { resetToken } from '../../common/node/password-reset-token';
import { accessibleWhere, defineAbilityFor } from '../../api/ability';
import { TASK_COLUMNS, taskQuery } from '../../api/views';
import type { NotificationInput } from '../read-model';
import { renderMessage } from './templates';
import type { DigestParams, DigestTask } from './templates/digest';
import { dispatchOf, queueMails, startMailWorkflows } from './outbox';
import type { MailSettings } from '../../common/node/config';
import { currentUserOf, noticeMails, usersWithDailyDigest } from './recipients';

export type { MailSettings };

export interface MailDeps {
  db: Knex;
  temporal?: Client;
  settings: MailSettings;
}

/** SMTP answers that will not change on a retry (a refused recipient, a refused message). */
function isPermanent(err: unknown): boolean {
  const { responseCode, code } = err as { responseCode?: number; code?: string };
  // No valid recipient address: no retry will find one.
  if (code === 'EENVELOPE') return true;
  return typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
}

function describe(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; message?: string };
  const parts = [e.code, e.responseCode, e.message].filter((p) => p !== undefined && p !== '');
  return parts.join(' ').slice(0, 500) || 'erreur inconnue';
}

/** The transport is made once per worker and pooled: thousands of Flash messages reuse connections. */
function createTransport(smtpUrl: string): Transporter {
  const url = new URL(smtpUrl);
  return nodemailer.createTransport({
    pool: true,
    maxConnections: 4,
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
    secure: url.protocol === 'smtps:',
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

/** A digest lists at most this many tasks per group; its count says how many more there are. */
const DIGEST_LIST = 10;

export function createMailActivities({ db, temporal, settings }: MailDeps) {
  let transport: Transporter | undefined;
  const dispatch = () => dispatchOf(settings, temporal, activityInfo().taskQueue);
  const helpers = { resetToken: (id: string) => resetToken(settings.personalDataKey, id) };

  return {
    /** The e-mails a notice gives rise to (see `noticeMails`), queued and started. */
    async queueNoticeMails(notice: NotificationInput): Promise<number> {
      const mails = await noticeMails(db, notice);
      await queueMails(db, dispatch(), mails);
      return mails.length;
    },

    /**
     * Sends one message. Its Message-ID is the row's, from the business key; a message already
     * sent is not sent again, whether this is a retry, a second workflow or a replay.
     */
    async sendMail(mailId: string): Promise<'sent' | 'already sent' | 'unknown'> {
      const row = (await db('mail_messages').where({ id: mailId }).first()) as
        | {
            id: string;
            messageId: string;
            template: string;
            params: Record<string, unknown>;
            toAddress: string;
            toName: string;
            status: string;
          }
        | undefined;
      if (!row) return 'unknown';
      if (row.status === 'sent') return 'already sent';
      const rendered = renderMessage(
        row.template,
        row.params,
        { publicUrl: settings.publicUrl, recipientName: row.toName },
        helpers,
      );
      transport ??= createTransport(settings.smtpUrl);
      try {
        await transport.sendMail({
          from: settings.from,
          to: { name: row.toName, address: row.toAddress },
          subject: rendered.subject,
          text: rendered.text,
          html: rendered.html,
          messageId: row.messageId,
          headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
        });
      } catch (err) {
        const reason = describe(err);
        await db('mail_messages')
          .where({ id: mailId })
          .update({ attempts: db.raw('attempts + 1'), last_error: reason });
        throw ApplicationFailure.create({
          type: isPermanent(err) ? 'MAIL_REJECTED' : 'MAIL_NOT_SENT',
          message: `Message not sent: ${reason}`,
          nonRetryable: isPermanent(err),
        });
      }
      await db('mail_messages')
        .where({ id: mailId })
        .update({ status: 'sent', sent_at: db.fn.now(), attempts: db.raw('attempts + 1'), last_error: null });
      return 'sent';
    },

    /**
     * A message that could not be sent in time: marked undeliverable, and the coordination told
     * in the application (never by mail, which is what failed). Nothing is dropped silently.
     */
    async markMailUndeliverable(mailId: string): Promise<void> {
      const row = (await db('mail_messages').where({ id: mailId }).first()) as
        | { id: string; toName: string; caseId: string | null; status: string; lastError: string | null }
        | undefined;
      if (!row || row.status !== 'pending') return;
      await db.transaction(async (trx) => {
        await trx('mail_messages')
          .where({ id: mailId, status: 'pending' })
          .update({ status: 'undeliverable', undeliverable_at: trx.fn.now() });
        await trx('notifications')
          .insert({
            key: `mail-undeliverable:${mailId}`,
            recipient_role: 'supervisor',
            case_id: row.caseId,
            message: `Un e-mail n’a pas pu être remis à ${row.toName}${row.lastError ? ` (${row.lastError.slice(0, 120)})` : ''}. Voir « E-mails non remis ».`,
          })
          .onConflict('key')
          .ignore();
      });
    },

    /** Starts the workflows of messages left pending (queued while Temporal was away). */
    async sweepPendingMails(olderThanSeconds: number): Promise<number> {
      const pending = (await db('mail_messages')
        .where('status', 'pending')
        .where('created_at', '<', db.raw(`now() - make_interval(secs => ?)`, [olderThanSeconds]))
        .orderBy('created_at')
        .limit(5000)
        .select('id', 'resends')) as Array<{ id: string; resends: number }>;
      await startMailWorkflows(dispatch(), pending);
      return pending.length;
    },

    /**
     * The daily digest of a working day: for each agent who chose « résumé quotidien », the open,
     * new and overdue tasks of their scope, one message keyed by the day (a second run that day
     * sends nothing). Nothing on weekends and public holidays, nothing to someone with no task.
     */
    async queueDigests(input: { at: string }): Promise<{ day: string; queued: number; workingDay: boolean }> {
      const day = brusselsDay(new Date(input.at));
      if (!isWorkingDay(day)) return { day, queued: 0, workingDay: false };
      const mails = [];
      for (const u of await usersWithDailyDigest(db)) {
        const ability = defineAbilityFor(currentUserOf(u));
        if (!ability.can('read', 'Task')) continue;
        const since = (await db('mail_messages')
          .where('recipient_user_id', u.id)
          .where('template', 'digest')
          .max('created_at as last')
          .first()) as { last: Date | null } | undefined;
        const sinceAt = since?.last ?? new Date(Date.now() - 86_400_000);
        const supervisorOnly = u.roles.every((r) => r === 'supervisor');
        const rows = (await taskQuery(db)
          .where('t.status', 'open')
          .modify(accessibleWhere(ability, 'read', 'Task', TASK_COLUMNS))
          .modify((q) => {
            if (supervisorOnly) q.where('t.due_at', '<', db.fn.now());
          })
          .orderBy('t.due_at', 'asc')) as Array<{
          id: string;
          title: string;
          dueAt: Date;
          createdAt: Date;
          assigneeId: string | null;
          providerFirstName: string | null;
          providerLastName: string | null;
          requesterName: string | null;
          overdue: boolean;
        }>;
        // Someone else's task is theirs to do: an agent's digest holds their own and the unclaimed.
        const relevant = supervisorOnly
          ? rows
          : rows.filter((r) => r.assigneeId === null || r.assigneeId === u.id);
        if (relevant.length === 0) continue;
        const toTask = (r: (typeof rows)[number]): DigestTask => ({
          id: r.id,
          title: r.title,
          providerName:
            r.providerFirstName !== null
              ? `${r.providerFirstName} ${r.providerLastName}`
              : (r.requesterName ?? 'Personne inconnue'),
          dueOn: dateFr(new Date(r.dueAt).toISOString()),
          mine: r.assigneeId === u.id,
        });
        const overdue = relevant.filter((r) => r.overdue);
        const fresh = relevant.filter((r) => !r.overdue && new Date(r.createdAt) > new Date(sinceAt));
        const open = relevant.filter((r) => !overdue.includes(r) && !fresh.includes(r));
        const group = (list: typeof rows) => ({
          count: list.length,
          tasks: list.slice(0, DIGEST_LIST).map(toTask),
        });
        const params: DigestParams = {
          dayLabel: dayLabelFr(day),
          overdue: group(overdue),
          fresh: group(fresh),
          open: group(open),
        };
        mails.push({
          key: `digest:${day}:${u.id}`,
          template: 'digest',
          params: { ...params },
          to: { address: u.email, name: u.displayName, userId: u.id },
        });
      }
      await queueMails(db, dispatch(), mails);
      return { day, queued: mails.length, workingDay: true };
    },
  };
}
