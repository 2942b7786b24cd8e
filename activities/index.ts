import type { Knex } from 'knex';
import type { Client } from '@temporalio/client';
import { createCampaignActivities } from './campaigns';
import { createValidationActivities } from './validations';
import { createAuthorisationActivities } from './authorisation';
import { createActeActivities, type Payer } from './acte';
import { createPersonalDataCipher, type PersonalDataCipher } from '../common/node/personal-data';
import { loadConfig, mailSettingsOf } from '../common/node/config';
import { createMailActivities, type MailSettings } from './mail';
import { createFlashActivities } from './flash';
import { createHelpdeskActivities } from './helpdesk';
import type { CaseSnapshot, NotificationInput, TaskSnapshot } from './read-model';

export interface ActivityDeps {
  db: Knex;
  /** Starts the bilans of a campaign; a worker without it cannot open campaigns. */
  temporal?: Client;
  /** Decrypts bank details for the transfer file; from the configuration when not given. */
  cipher?: PersonalDataCipher;
  /** ONE's account, debtor of the subsidies; from the configuration when not given. */
  payer?: Payer;
  /** SMTP and the messages' settings; from the configuration when not given. */
  mail?: MailSettings;
}

/**
 * Every side effect of the workflows. Each one is idempotent, since Temporal runs activities at
 * least once: snapshots are versioned upserts, notifications carry a unique key.
 */
export function createActivities({ db, temporal, cipher, payer, mail }: ActivityDeps) {
  const config = cipher && payer && mail ? null : loadConfig();
  const mailSettings = mail ?? mailSettingsOf(config!);
  const mailActivities = createMailActivities({ db, temporal, settings: mailSettings });
  return {
    ...mailActivities,
    ...createActeActivities({
      db,
      cipher: cipher ?? createPersonalDataCipher(config!.personalDataKey),
      payer: payer ?? config!.payer,
    }),
    ...createCampaignActivities({ db, temporal }),
    ...createValidationActivities({ db }),
    ...createAuthorisationActivities({ db }),
    ...createFlashActivities({ db, temporal, settings: mailSettings }),
    ...createHelpdeskActivities({ db, temporal, settings: mailSettings }),

    async syncCase(snapshot: CaseSnapshot): Promise<void> {
      const row = {
        id: snapshot.id,
        procedure: snapshot.procedure,
        provider_id: snapshot.providerId,
        workflow_id: snapshot.workflowId,
        run_id: snapshot.runId,
        status: snapshot.status,
        details: JSON.stringify(snapshot.details),
        outcome: snapshot.outcome === null ? null : JSON.stringify(snapshot.outcome),
        opened_by: snapshot.openedBy,
        opened_at: snapshot.openedAt,
        closed_at: snapshot.closedAt,
        campaign_id: snapshot.campaignId ?? null,
        version: snapshot.version,
        updated_at: db.fn.now(),
      };
      await db('cases')
        .insert(row)
        .onConflict('id')
        .merge(['status', 'details', 'outcome', 'closed_at', 'version', 'updated_at'])
        .where('cases.version', '<', snapshot.version);
    },

    async syncTask(snapshot: TaskSnapshot): Promise<void> {
      const row = {
        id: snapshot.id,
        case_id: snapshot.caseId,
        kind: snapshot.kind,
        title: snapshot.title,
        candidate_role: snapshot.candidateRole,
        assignee_id: snapshot.assigneeId,
        status: snapshot.status,
        due_at: snapshot.dueAt,
        created_at: snapshot.createdAt,
        completed_at: snapshot.completedAt,
        completed_by: snapshot.completedBy,
        outcome: snapshot.outcome === null ? null : JSON.stringify(snapshot.outcome),
        escalated_at: snapshot.escalatedAt,
        version: snapshot.version,
        updated_at: db.fn.now(),
      };
      await db('tasks')
        .insert(row)
        .onConflict('id')
        .merge([
          'assignee_id',
          'status',
          'due_at',
          'completed_at',
          'completed_by',
          'outcome',
          'escalated_at',
          'version',
          'updated_at',
        ])
        .where('tasks.version', '<', snapshot.version);
    },

    /**
     * Records a notice (shown in the application) and queues the e-mails it gives rise to: every
     * procedure's notices reach people by mail through this one place. Both are keyed by the
     * notice's key, so a retry neither notifies nor mails twice.
     */
    async notify(notification: NotificationInput): Promise<void> {
      await db('notifications')
        .insert({
          key: notification.key,
          recipient_role: notification.recipientRole ?? null,
          provider_id: notification.providerId ?? null,
          recipient_user_id: notification.recipientUserId ?? null,
          case_id: notification.caseId,
          message: notification.message,
        })
        .onConflict('key')
        .ignore();
      await mailActivities.queueNoticeMails(notification);
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;
