import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';

/**
 * Read-model writes and notifications: short, idempotent, retried without limit so a database
 * outage delays a step but never loses it.
 */
export const readModel = proxyActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});
