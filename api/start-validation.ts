import type { Context } from 'koa';
import { WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import { uuidFrom } from '../common/node/ids';
import { subregionName } from '../common/roles';
import { CASE_PROCEDURE, CASE_PROVIDER_ID, CASE_STATUS } from '../common/search-attributes';
import { VALIDATIONS, type ValidationKind } from '../common/validation';
import { VALIDATION_DECIDED } from '../common/procedures/validation';
import {
  submit,
  validationWorkflow,
  validationWorkflowId,
  type ValidationInput,
} from '../workflows/validation';
import type { ApiDeps } from './deps';
import { fromWorkflowError } from './errors';
import { requireUser } from './current-user';
import { withinStepDeadline } from './steps';

type Row = Record<string, unknown>;

/**
 * Bank details and photos (procedures 4–5): submitted by the provider, they count only once an
 * agent has validated them in a workflow, which this submission starts (or joins).
 */
export async function startValidation(
  { temporal, config }: Pick<ApiDeps, 'temporal' | 'config'>,
  ctx: Context,
  kind: ValidationKind,
  provider: Row,
  subjectId: string,
  requestKey: string,
): Promise<void> {
  const { user } = requireUser(ctx);
  const spec = VALIDATIONS[kind];
  const input: ValidationInput = {
    caseId: uuidFrom('case', kind, subjectId),
    kind,
    requestKey,
    provider: {
      id: String(provider.id),
      displayName: `${String(provider.firstName)} ${String(provider.lastName)}`,
      subregionName: subregionName(String(provider.subregionCode)),
    },
    submittedBy: { id: user.id, displayName: user.displayName },
    subjectId,
    deadlines: { review: config.deadlines.validationReview },
  };
  const workflowId = validationWorkflowId(kind, kind === 'rib' ? String(provider.id) : subjectId);
  const send = () =>
    temporal.workflow.executeUpdateWithStart(submit, {
      args: [{ requestKey, subjectId, actor: { id: user.id, displayName: user.displayName } }],
      updateId: `submit-${requestKey}`,
      startWorkflowOperation: new WithStartWorkflowOperation(validationWorkflow, {
        taskQueue: config.temporal.taskQueue,
        workflowId,
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'ALLOW_DUPLICATE',
        args: [input],
        typedSearchAttributes: [
          { key: CASE_PROCEDURE, value: spec.procedure },
          { key: CASE_PROVIDER_ID, value: String(provider.id) },
          { key: CASE_STATUS, value: 'open' },
        ],
      }),
    });
  try {
    await withinStepDeadline(temporal, config, async () => {
      try {
        await send();
      } catch (err) {
        // The previous submission was just decided and its case is closing: once it has
        // closed, this one opens a new case.
        if (!(
          err instanceof WorkflowUpdateFailedError &&
          (err.cause as { type?: string })?.type === VALIDATION_DECIDED
        ))
          throw err;
        await temporal.workflow.getHandle(workflowId).result();
        await send();
      }
    });
  } catch (err) {
    throw (
      fromWorkflowError(err, {
        code: 'VALIDATION_DECIDED',
        message: 'Cette demande a déjà été traitée.',
      }) ?? err
    );
  }
}
