import { ScheduleAlreadyRunning, type Client, type ScheduleOptions } from '@temporalio/client';
import type { Config } from '../common/node/config';

export const DIGEST_SCHEDULE_ID = 'agent-digest';
export const MAIL_SWEEP_SCHEDULE_ID = 'mail-sweep';

const WORKING_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;

/**
 * The recurring work of the mail, as Temporal Schedules (not timers of ours): the agents' digest
 * on working days at DIGEST_TIME in Brussels (public holidays are skipped by the workflow), and
 * a sweep of messages queued while Temporal was away. Created once, updated to the configured
 * time at every start; several workers starting at once are harmless.
 */
export async function ensureMailSchedules(client: Client, config: Config, taskQueue: string): Promise<void> {
  const { hour, minute } = config.mail.digestTime;
  const schedules: ScheduleOptions[] = [
    {
      scheduleId: DIGEST_SCHEDULE_ID,
      spec: {
        calendars: [{ dayOfWeek: [...WORKING_DAYS], hour, minute }],
        timezone: 'Europe/Brussels',
      },
      action: { type: 'startWorkflow', workflowType: 'agentDigestWorkflow', taskQueue, args: [] },
      policies: { overlap: 'SKIP', catchupWindow: '6 hours' },
    },
    {
      scheduleId: MAIL_SWEEP_SCHEDULE_ID,
      spec: { intervals: [{ every: '5 minutes' }] },
      action: { type: 'startWorkflow', workflowType: 'mailSweepWorkflow', taskQueue, args: [] },
      policies: { overlap: 'SKIP', catchupWindow: '10 minutes' },
    },
  ];
  for (const options of schedules) {
    try {
      await client.schedule.create(options);
    } catch (err) {
      if (!(err instanceof ScheduleAlreadyRunning)) throw err;
      await client.schedule.getHandle(options.scheduleId).update((previous) => ({
        ...previous,
        spec: options.spec,
        action: options.action,
      }));
    }
  }
}
