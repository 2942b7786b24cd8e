import { randomUUID } from 'node:crypto';
import type { temporal } from '@temporalio/proto';
import type { TestSystem } from '../test/support/system';
import { newProvider } from '../test/support/fixtures';
import { claimTask, completeTask } from '../workflows/human-tasks';
import {
  confirmHelpdeskRequest,
  helpdeskWorkflow,
  helpdeskWorkflowId,
  requesterMessage,
  type HelpdeskInput,
} from '../workflows/helpdesk';

async function until(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * `helpdesk-…` (scripts/record-histories.ts): a childminder's request whose first answer comes
 * late (escalation), forwarded to the informaticiens and back, details asked for (a reminder,
 * then her reply), answered, reopened, answered again, and closed when she says it helped.
 */
export async function recordHelpdesk(sys: TestSystem): Promise<temporal.api.history.v1.IHistory> {
  const provider = await newProvider(sys.db, 'liege');
  const caseId = randomUUID();
  const requestKey = `u:${provider.userId}:${randomUUID()}`;
  await sys.db('helpdesk_requests').insert({
    caseId,
    requestKey,
    userId: provider.userId,
    providerId: provider.providerId,
    displayName: 'Muriel Rousseau',
    subject: 'technical',
    description: 'Une demande enregistrée pour les tests de rejeu.',
  });
  const input: HelpdeskInput = {
    caseId,
    requestKey,
    requester: { userId: provider.userId, displayName: 'Muriel Rousseau', providerId: provider.providerId },
    subject: 'technical',
    settings: {
      answerWorkingHours: 14,
      secondLineWorkingHours: 21,
      answerDue: '2 seconds',
      secondLineDue: '1 hour',
      detailsReminderAfter: '2 seconds',
      detailsCloseAfter: '1 hour',
      reopenWindow: '1 hour',
    },
  };
  const handle = await sys.env.client.workflow.start(helpdeskWorkflow, {
    taskQueue: sys.taskQueue,
    workflowId: helpdeskWorkflowId(caseId),
    args: [input],
  });
  await handle.executeUpdate(confirmHelpdeskRequest, { args: [{ requestKey }] });
  const helpdesk = { id: 'u-helpdesk', displayName: 'Sarah Lemaire', roles: ['helpdesk'] };
  const support = { id: 'u-informatique', displayName: 'Hugo Claes', roles: ['support_technique'] };
  const task = (id: string) => async () => Boolean(await sys.db('tasks').where({ id }).first());
  const answer = async (key: string, actor: typeof helpdesk, outcome: Record<string, unknown>) => {
    const taskId = `${caseId}:${key}`;
    await until(task(taskId));
    await handle.executeUpdate(claimTask, { args: [{ taskId, actor }] });
    await handle.executeUpdate(completeTask, { args: [{ taskId, actor, outcome }] });
  };
  const stage = async () =>
    ((await sys.db('cases').where({ id: caseId }).first('details'))?.details?.stage as string) ?? '';
  const message = async (action: 'reply' | 'reopen' | 'helped') => {
    const messageId = randomUUID();
    if (action !== 'helped')
      await sys
        .db('helpdesk_messages')
        .insert({ id: messageId, caseId, action, body: 'Un message enregistré.' });
    await handle.executeUpdate(requesterMessage, {
      args: [{ action, messageId: action === 'helped' ? null : messageId }],
    });
  };

  await until(async () =>
    Boolean(
      (
        await sys
          .db('tasks')
          .where({ id: `${caseId}:answer-1` })
          .first()
      )?.escalatedAt,
    ),
  );
  await answer('answer-1', helpdesk, { decision: 'forward', comment: 'Page blanche à la soumission.' });
  await answer('second-line-1', support, { decision: 'technical_answer', comment: 'Corrigé.' });
  await answer('answer-2', helpdesk, { decision: 'ask_details', comment: 'Quel navigateur ?' });
  await until(async () =>
    Boolean(
      await sys
        .db('notifications')
        .where({ key: `${caseId}:details-reminder-2` })
        .first(),
    ),
  );
  await message('reply');
  await answer('answer-3', helpdesk, { decision: 'answer', comment: 'C’est réparé.' });
  await until(async () => (await stage()) === 'answered');
  await message('reopen');
  await answer('answer-4', helpdesk, { decision: 'answer', comment: 'Videz le cache du navigateur.' });
  await until(async () => (await stage()) === 'answered');
  await message('helped');
  await handle.result();
  return handle.fetchHistory();
}
