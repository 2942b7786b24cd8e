import type { Knex } from 'knex';
import type { Client } from '@temporalio/client';
import { activityInfo } from '@temporalio/activity';
import { dayFr } from '../common/helpdesk';
import type { MailSettings } from '../common/node/config';
import type { HelpdeskMailKind, HelpdeskMailParams } from './mail/templates/helpdesk';
import { dispatchOf, queueMails, type MailToQueue } from './mail/outbox';

export interface HelpdeskDeps {
  db: Knex;
  temporal?: Client;
  settings: MailSettings;
}

export interface TellRequesterInput {
  caseId: string;
  /** Idempotency key: the same key never tells twice. */
  key: string;
  kind: HelpdeskMailKind;
  /** The helpdesk's task whose text (answer, question) the message carries. */
  taskId: string | null;
}

interface RequestRow {
  caseId: string;
  userId: string | null;
  providerId: string | null;
  displayName: string;
  email: string | null;
  accessId: string | null;
}

/**
 * Side effects of the helpdesk's workflow. Its history carries ids only: the person's address and
 * the texts are read here, from PostgreSQL.
 */
export function createHelpdeskActivities({ db, temporal, settings }: HelpdeskDeps) {
  return {
    /**
     * Tells the person who asked: a notice in the application (someone with an account) and an
     * e-mail (with the helpdesk's words, and a private link for someone without an account).
     */
    async helpdeskTellRequester(input: TellRequesterInput): Promise<void> {
      const request = (await db('helpdesk_requests')
        .where({ caseId: input.caseId })
        .first('caseId', 'userId', 'providerId', 'displayName', 'email', 'accessId')) as
        RequestRow | undefined;
      if (!request) return;
      const caseRow = (await db('cases').where({ id: input.caseId }).first('details')) as
        { details: { subjectLabel?: string; closesAt?: string | null } } | undefined;
      const subjectLabel = caseRow?.details.subjectLabel ?? 'Demande d’aide';
      const task = input.taskId
        ? ((await db('tasks').where({ id: input.taskId }).first('outcome')) as
            { outcome: { comment?: string | null } | null } | undefined)
        : undefined;
      const text = task?.outcome?.comment ?? null;
      const closesAt = caseRow?.details.closesAt ?? null;
      const message = {
        answer: `Le helpdesk PRO.ONE a répondu à votre demande « ${subjectLabel} ».`,
        details: `Le helpdesk PRO.ONE a besoin de précisions pour traiter votre demande « ${subjectLabel} ».`,
        reminder: `Rappel : le helpdesk PRO.ONE attend vos précisions pour votre demande « ${subjectLabel} »${closesAt ? `. Sans réponse d’ici le ${dayFr(closesAt)}, elle sera clôturée` : ''}.`,
        closed_no_reply: `Votre demande « ${subjectLabel} » a été clôturée : nous n’avons pas reçu les précisions demandées. Si vous avez encore besoin d’aide, faites une nouvelle demande avec le bouton « Aide ».`,
      }[input.kind];

      let to: MailToQueue['to'] | null = null;
      if (request.userId) {
        await db('notifications')
          .insert({
            key: input.key,
            recipient_user_id: request.userId,
            provider_id: request.providerId,
            case_id: input.caseId,
            message,
          })
          .onConflict('key')
          .ignore();
        const user = (await db('users').where({ id: request.userId }).first('email', 'displayName')) as
          { email: string | null; displayName: string } | undefined;
        if (user?.email)
          to = {
            address: user.email,
            name: user.displayName,
            userId: request.userId,
            providerId: request.providerId,
          };
      } else if (request.email) {
        to = { address: request.email, name: request.displayName };
      }
      if (!to) return;
      const params: HelpdeskMailParams = {
        kind: input.kind,
        subjectLabel,
        message,
        text,
        caseId: input.caseId,
        accessId: request.userId ? null : request.accessId,
      };
      await queueMails(db, dispatchOf(settings, temporal, activityInfo().taskQueue), [
        {
          key: `helpdesk:${input.key}`,
          template: 'helpdesk',
          params: { ...params },
          to,
          caseId: input.caseId,
        },
      ]);
    },
  };
}

export type HelpdeskActivities = ReturnType<typeof createHelpdeskActivities>;
