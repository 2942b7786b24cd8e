import type { Knex } from 'knex';
import type { Client } from '@temporalio/client';
import { activityInfo } from '@temporalio/activity';
import { FLASH_BY_EMAIL, FLASH_BY_POST, flashMailKey, flashParagraphs } from '../common/flash';
import type { MailSettings } from './mail';
import { dispatchOf, queueMails, type MailToQueue } from './mail/outbox';
import type { FlashParams } from './mail/templates/flash';

export interface FlashDeps {
  db: Knex;
  /** Starts the mails' workflows; without it the mails wait for the outbox's sweep. */
  temporal?: Client;
  settings: Pick<MailSettings, 'retryMaxInterval' | 'giveUpAfter' | 'domain'>;
}

/**
 * The childminders who receive the Flash accueil by e-mail, with the address it goes to: the one
 * of their signalétique, else their login's. One per provider, whatever the number of logins.
 */
export function flashEmailRecipients(db: Knex): Knex.QueryBuilder {
  return db('providers as p')
    .joinRaw(
      `left join lateral (
         select u.id, u.email from users u
          where u.provider_id = p.id and 'provider' = any(u.roles)
          order by u.id limit 1
       ) as u on true`,
    )
    .whereIn('p.flash_accueil', FLASH_BY_EMAIL)
    .whereRaw(`coalesce(nullif(p.email, ''), u.email) is not null`);
}

interface IssueRow {
  id: string;
  title: string;
  body: string;
  status: 'draft' | 'sending' | 'sent';
  hasPdf: boolean;
}

async function loadIssue(db: Knex, issueId: string): Promise<IssueRow> {
  const row = (await db('flash_issues as i')
    .leftJoin('flash_issue_pdfs as f', 'f.issue_id', 'i.id')
    .where('i.id', issueId)
    .first('i.id', 'i.title', 'i.body', 'i.status', db.raw('(f.issue_id is not null) as has_pdf'))) as
    IssueRow | undefined;
  if (!row) throw new Error(`Flash issue ${issueId} not found`);
  return row;
}

export function createFlashActivities({ db, temporal, settings }: FlashDeps) {
  const dispatch = () => dispatchOf(settings, temporal, activityInfo().taskQueue);

  return {
    /**
     * Counts who the issue reaches, by e-mail and by post, and records it on the issue. Run once,
     * at the start of sending; a retry counts again and writes the same figures.
     */
    async startFlashSending({ issueId }: { issueId: string }): Promise<{ total: number; postal: number }> {
      await loadIssue(db, issueId);
      const [{ count: total }] = (await flashEmailRecipients(db).count({ count: '*' })) as Array<{
        count: string;
      }>;
      const [{ count: postal }] = (await db('providers')
        .whereIn('flash_accueil', FLASH_BY_POST)
        .count({ count: '*' })) as Array<{ count: string }>;
      await db('flash_issues')
        .where({ id: issueId })
        .whereNot('status', 'sent')
        .update({ recipientCount: Number(total), postalCount: Number(postal), status: 'sending' });
      return { total: Number(total), postal: Number(postal) };
    },

    /**
     * Queues the mails of one page of childminders (ordered by provider id, after `after`) and
     * records the progress. The outbox keeps one mail per key: a page run again queues nothing new.
     */
    async queueFlashPage(input: {
      issueId: string;
      after: string | null;
      limit: number;
      processedBefore: number;
    }): Promise<{ count: number; last: string | null }> {
      const issue = await loadIssue(db, input.issueId);
      const q = flashEmailRecipients(db)
        .orderBy('p.id')
        .limit(input.limit)
        .select(
          'p.id',
          'p.first_name',
          'p.last_name',
          'u.id as user_id',
          db.raw(`coalesce(nullif(p.email, ''), u.email) as address`),
        );
      if (input.after) q.where('p.id', '>', input.after);
      const page = (await q) as Array<{
        id: string;
        firstName: string;
        lastName: string;
        userId: string | null;
        address: string;
      }>;
      if (page.length === 0) return { count: 0, last: null };
      // The text is in each mail's parameters: a mail is rendered from its row alone. It holds
      // what the coordination wrote for everyone, nothing about the person it goes to.
      const params: FlashParams = {
        issueId: issue.id,
        title: issue.title,
        paragraphs: flashParagraphs(issue.body),
        hasPdf: issue.hasPdf,
      };
      const mails: MailToQueue[] = page.map((p) => ({
        key: flashMailKey(issue.id, p.id),
        template: 'flash',
        params: { ...params },
        to: {
          address: p.address,
          name: `${p.firstName} ${p.lastName}`,
          userId: p.userId,
          providerId: p.id,
        },
      }));
      await queueMails(db, dispatch(), mails);
      await db('flash_issues')
        .where({ id: input.issueId })
        .update({
          processedCount: db.raw('greatest(processed_count, ?)', [input.processedBefore + page.length]),
        });
      return { count: page.length, last: page[page.length - 1].id };
    },

    /** Every mail is queued: the issue is sent (the figures say to how many, in the end). */
    async markFlashSent({ issueId, processed }: { issueId: string; processed: number }): Promise<void> {
      await db('flash_issues').where({ id: issueId }).whereNot('status', 'sent').update({
        status: 'sent',
        processedCount: processed,
        recipientCount: processed,
        queuedAt: db.fn.now(),
      });
    },
  };
}
