/**
 * The procedures, each declared once (`common/procedure.ts`). Shared code — the task routes, the
 * case list, the history, the errors, the permissions, the interface — loops over this list:
 * adding a procedure means adding it here (and to the lists of the worker, the API and the
 * interface), nothing else. Pure code: workflows import it.
 */
import type { ProcedureContract, TaskKindSpec } from './procedure';
import { cessationRisk } from './procedures/cessation-risk';
import { bilan } from './procedures/bilan';
import { ribValidation, photoValidation } from './procedures/validation';
import { adaptation } from './procedures/adaptation';
import { acte, acteQuestion } from './procedures/acte';
import { helpdesk } from './procedures/helpdesk';

export const PROCEDURES: readonly ProcedureContract[] = [
  cessationRisk,
  adaptation,
  bilan,
  ribValidation,
  photoValidation,
  acte,
  acteQuestion,
  helpdesk,
];

const byId = new Map(PROCEDURES.map((p) => [p.id, p]));
const byTaskKind = new Map<string, TaskKindSpec>(
  PROCEDURES.flatMap((p) => p.taskKinds.map((t) => [t.kind, t])),
);

export function procedureOf(id: string): ProcedureContract | undefined {
  return byId.get(id);
}

export function taskKindOf(kind: string): TaskKindSpec | undefined {
  return byTaskKind.get(kind);
}

/** Every refusal code a workflow may answer with, and its HTTP status. */
export const REFUSAL_STATUS: Readonly<Record<string, number>> = Object.assign(
  {},
  ...PROCEDURES.map((p) => p.refusals),
);

/** The decisions every task and case may record, as people read them. */
export const DECISION_LABELS: Readonly<Record<string, string>> = Object.assign(
  {},
  ...PROCEDURES.map((p) => p.decisionLabels),
);
