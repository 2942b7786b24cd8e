import { MockActivityEnvironment } from '@temporalio/testing';
import { createActivities } from '../../activities';
import { testSystem, type TestSystem } from './system';

export interface ActivitiesUnderTest {
  sys: TestSystem;
  activities: ReturnType<typeof createActivities>;
  /** Runs an activity as a worker would, outside any workflow. */
  env: MockActivityEnvironment;
}

/**
 * For a `describe` of activity tests: the shared system, and the activities on its real
 * database, ready from the block's `before` on.
 */
export function activitiesUnderTest(): ActivitiesUnderTest {
  const under = { env: new MockActivityEnvironment() } as ActivitiesUnderTest;
  before(async () => {
    under.sys = await testSystem();
    under.activities = createActivities({ db: under.sys.db });
  });
  return under;
}
