import {
  ApplicationFailure,
  condition,
  defineQuery,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { QueryDefinition, UpdateDefinition } from '@temporalio/common';
import type { CaseSnapshot, TaskSnapshot } from '../activities/read-model';
import { CASE_STATUS } from '../common/search-attributes';
import { HumanTasks } from './human-tasks';
import { readModel } from './activity-presets';

/**
 * A case's life cycle, the same for every procedure: its snapshot (the `cases` table is its
 * projection), its tasks, the confirmation its opening request waits for, its closing. The
 * workflow keeps its own state and says how it reads (`details`); every change goes through
 * `update`, which bumps the version the read model orders snapshots by.
 */

/** The case as it stands; the API asks it of any case workflow by this name. */
export const getCase: QueryDefinition<CaseSnapshot> = defineQuery('getCase');
/** The case's tasks, open and closed. */
export const getTasks: QueryDefinition<TaskSnapshot[]> = defineQuery('getTasks');

/** Refuses an update in its validator, before anything is written to the history. */
export function refuse(type: string, message: string, details: unknown[] = []): never {
  throw ApplicationFailure.create({ type, message, nonRetryable: true, details });
}

export interface CaseRecordSpec {
  caseId: string;
  procedure: string;
  /**
   * The childminder the case concerns; null for a case about someone else (a question to the
   * helpdesk from an agent or from a person without an account), whom `details` name then.
   */
  provider: { id: string; displayName: string } | null;
  /** Who opened the case (a user id); null when it came from someone without an account. */
  openedBy: string | null;
  /** When the case opened; by default, when its workflow started. */
  openedAt?: string;
  /** The version of its first snapshot: 1, or the one a previous run of the case handed on. */
  version?: number;
  /** The bilan's campaign; absent for other procedures. */
  campaignId?: string;
  /** How the case's details read now: read again at every change. */
  details: () => Record<string, unknown>;
  /**
   * Checks of a task's outcome that only the workflow's state can make; its task kind's schema
   * has checked the rest.
   */
  checkAgainstState?: ConstructorParameters<typeof HumanTasks>[1];
}

/**
 * A note on timing. Within one workflow task, the order of the commands that concurrent code
 * emits (the main line, an update's handler) follows the order in which their promises settle,
 * and recorded histories hold that order. So each method settles exactly as the code it replaces
 * did: the notices and `whenRegistered` return the activity's (or condition's) own promise;
 * `update` and `close` settle one step after the projection, as the workflows' own projection
 * helpers did — or with it (`{ settle: 'with-projection' }`) where a workflow awaited the
 * projection itself. Keep a call site's shape (an `async` callback stays `async`).
 */
export interface SettleWithProjection {
  settle: 'with-projection';
}

export class CaseRecord {
  readonly caseId: string;
  readonly tasks: HumanTasks;
  private current: CaseSnapshot;
  private registered = false;

  constructor(private readonly spec: CaseRecordSpec) {
    const info = workflowInfo();
    this.caseId = spec.caseId;
    this.current = {
      id: spec.caseId,
      procedure: spec.procedure,
      providerId: spec.provider?.id ?? null,
      workflowId: info.workflowId,
      runId: info.firstExecutionRunId,
      status: 'open',
      details: spec.details(),
      outcome: null,
      openedBy: spec.openedBy,
      openedAt: spec.openedAt ?? info.startTime.toISOString(),
      closedAt: null,
      ...(spec.campaignId === undefined ? {} : { campaignId: spec.campaignId }),
      version: spec.version ?? 1,
    };
    this.tasks = new HumanTasks(spec.caseId, spec.checkAgainstState);
    setHandler(getCase, () => this.current);
    setHandler(getTasks, () => this.tasks.all());
  }

  /** The case as it stands. */
  get snapshot(): CaseSnapshot {
    return this.current;
  }

  get isRegistered(): boolean {
    return this.registered;
  }

  /**
   * Puts the case on record: its first projection, as it was opened — or, for a later run of the
   * same case (`asChange`), as a change of what the previous run left. Confirm updates answer
   * from then on.
   */
  register(options: { asChange?: boolean } = {}): Promise<unknown> {
    const projected: Promise<unknown> = options.asChange ? this.update() : readModel.syncCase(this.current);
    void projected.then(
      () => {
        this.registered = true;
      },
      () => undefined, // the caller awaits the same promise and sees the failure
    );
    return projected;
  }

  /** Settles once the case is on record. */
  whenRegistered(): Promise<void> {
    return condition(() => this.registered);
  }

  /**
   * Answers an update sent with the opening request (update-with-start) with the case, once it
   * is on record; the validator may refuse it first (another request while this one is open).
   */
  confirmWith<Args extends unknown[]>(
    update: UpdateDefinition<CaseSnapshot, Args>,
    validator?: (...args: Args) => void,
  ): void {
    setHandler(
      update,
      async () => {
        await this.whenRegistered();
        return this.current;
      },
      validator ? { validator } : undefined,
    );
  }

  /**
   * Projects a change: the details read again, the patch applied, the version bumped. Settles
   * with the case as it then stands, one step after the projection (see the note on timing).
   */
  update(patch?: Partial<CaseSnapshot>): Promise<CaseSnapshot>;
  update(patch: Partial<CaseSnapshot>, options: SettleWithProjection): Promise<void>;
  update(patch: Partial<CaseSnapshot> = {}, options?: SettleWithProjection): Promise<CaseSnapshot | void> {
    this.current = {
      ...this.current,
      ...patch,
      details: this.spec.details(),
      version: this.current.version + 1,
    };
    const projected = readModel.syncCase(this.current);
    return options ? projected : projected.then(() => this.current);
  }

  /** Closes the case with its outcome: out of the open cases' search, and projected. */
  close(outcome: Record<string, unknown>): Promise<CaseSnapshot>;
  close(outcome: Record<string, unknown>, options: SettleWithProjection): Promise<void>;
  close(outcome: Record<string, unknown>, options?: SettleWithProjection): Promise<CaseSnapshot | void> {
    upsertSearchAttributes([{ key: CASE_STATUS, value: 'closed' }]);
    const patch = { status: 'closed' as const, outcome, closedAt: new Date().toISOString() };
    return options ? this.update(patch, options) : this.update(patch);
  }

  /** Tells the childminder the case concerns (a case about someone else has none to tell). */
  notifyProvider(key: string, message: string): Promise<void> {
    const providerId = this.spec.provider?.id;
    if (!providerId) throw new Error(`Case ${this.caseId} concerns no childminder`);
    return readModel.notify({ key, providerId, caseId: this.caseId, message });
  }

  /** Tells everyone in a role (within the case's scope). */
  notifyRole(recipientRole: string, key: string, message: string): Promise<void> {
    return readModel.notify({ key, recipientRole, caseId: this.caseId, message });
  }

  /**
   * Tells that a task is late: the coordination (`supervisor`) or the task's own team (`team`),
   * under a key of its own, with the usual message unless another is given.
   */
  notifyOverdue(
    task: TaskSnapshot,
    audience: 'supervisor' | 'team',
    message = `Délai dépassé : « ${task.title} » pour ${this.spec.provider?.displayName ?? 'une demande'} n’a pas été traitée à temps.`,
  ): Promise<void> {
    const role = audience === 'team' ? task.candidateRole : 'supervisor';
    return this.notifyRole(role, `${task.id}:overdue:${audience}`, message);
  }
}
