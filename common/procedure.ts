/**
 * What a procedure declares once for the shared code: its workflow, its case's words, its tasks
 * and the result each one takes, the refusals its workflow may answer. Pure code: workflows
 * import it (the task validator parses outcomes with the same schema as the API), so do the API
 * and the worker. The list of procedures is `common/procedures.ts`.
 */
import { z } from 'zod';
import type { Role } from './roles';
import type { ProcedureTimeline } from './timeline';

/** A problem with one field, in French, at a path the interface can point to. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** A case as the read model holds it, as much as a procedure needs to describe it. */
export interface CaseFacts {
  procedure: string;
  status: 'open' | 'closed';
  details: Record<string, unknown>;
  outcome: Record<string, unknown> | null;
  /** The recorded result as people read it (`decisionLabels`), when there is one. */
  outcomeLabel: string | null;
}

/** A document of a case its reader may download (decision letters). */
export interface CaseDocument {
  id: string;
  label: string;
  url: string;
}

/** How a case reads, in the words of the person it concerns. */
export interface CaseDescription {
  statusLabel: string;
  /** One line describing the case. */
  summary: string;
  /** What ONE is waiting for; null when nothing. */
  waitingFor?: string | null;
  /** Why a promise of the case may not be kept in time; null when on track. */
  atRisk?: string | null;
  documents?: CaseDocument[];
  /** Procedure-specific facts the case page shows (the report of a cessation-risk case). */
  details?: Record<string, unknown> | null;
}

/** A recorded result, as people read it. */
export interface OutcomeDescription {
  decision: string;
  decisionLabel: string;
  amountEur: number | null;
  comment: string | null;
}

/** A kind of human task the procedure opens, and the result an agent records to close it. */
export interface TaskKindSpec {
  kind: string;
  /**
   * The result, parsed by the API before it reaches the workflow and again by the workflow's
   * validator: one definition. Parsing what it produced gives the same value (idempotent), so
   * the API may send the parsed value on. `null`: the task is closed by the procedure itself,
   * never by hand (the API refuses it, with `closedByProcedure` as the reason).
   */
  outcome: z.ZodType<Record<string, unknown>> | null;
  closedByProcedure?: string;
}

export interface ProcedureContract {
  /** The `procedure` of its cases (stored in `cases.procedure`, and a search attribute). */
  id: string;
  /** Its name, as people read it. */
  label: string;
  /** The workflow type that runs one case. */
  workflowType: string;
  /**
   * Roles whose agents read its cases, within their scope (subregion, portfolio). The person the
   * case concerns and the coordination read them anyway.
   */
  readers: readonly Role[];
  /** The tasks its workflow opens. */
  taskKinds: readonly TaskKindSpec[];
  /** Refusal codes its workflow's validators raise, with the HTTP status the API answers. */
  refusals: Readonly<Record<string, number>>;
  /** How the audit trail names the fields of its own records that people read or change. */
  fieldLabels?: Readonly<Record<string, string>>;
  /** Labels of the decisions its tasks and cases record. */
  decisionLabels: Readonly<Record<string, string>>;
  /** How one of its cases reads. */
  describe(c: CaseFacts): CaseDescription;
  /**
   * The person's own words in full, that the case's summary only begins (an ACTE question): what
   * the agent reads on the task's page. Absent when the case has none.
   */
  requestText?(details: Record<string, unknown>): string | null;
  /**
   * Permission rules of its own, beyond `readers` (e.g. who may read its attachments): CASL rules
   * as data, applied for every signed-in person.
   */
  rules?(user: RuleUser): PermissionRule[];
  /**
   * Its part of a case's history (the case page): the lines of its own events — the case opened,
   * its activities, updates and signals — how its tasks' results and its closing read. The
   * shared lines (tasks, notices) need nothing here. Found by `workflowType`: procedures that
   * share a workflow share their part. Without it, its cases show the shared lines only.
   */
  timeline?: ProcedureTimeline;
}

/** The person a permission rule is built for. */
export interface RuleUser {
  id: string;
  roles: readonly Role[];
  providerId: string | null;
  subregionCode: string | null;
}

/** A rule as data: `can(action, subject, conditions)`. */
export interface PermissionRule {
  action: string | string[];
  subject: string;
  conditions?: Record<string, unknown>;
}

export const UNEXPECTED_FIELD_MESSAGE = 'Cette tâche n’attend pas ce champ';

/**
 * An outcome schema: an object with exactly these fields (another field is refused by name),
 * then the procedure's own checks, which speak in `FieldProblem`s (path `outcome.<field>`).
 */
export function outcomeSchema<S extends z.ZodRawShape>(
  shape: S,
  check?: (outcome: z.infer<z.ZodObject<S>>) => FieldProblem[],
) {
  return z
    .object(shape)
    .strict()
    .superRefine((outcome, ctx) => {
      for (const problem of check?.(outcome as z.infer<z.ZodObject<S>>) ?? []) {
        const path = problem.path.replace(/^outcome\.?/, '');
        ctx.addIssue({ code: 'custom', path: path ? path.split('.') : [], message: problem.message });
      }
    });
}

/** A free-text comment: trimmed, an empty one is none. */
export const commentField = (max: number, tooLong = `Ce texte ne peut dépasser ${max} caractères`) =>
  z
    .string({ error: 'Ce commentaire doit être un texte' })
    .trim()
    .max(max, { error: tooLong })
    .nullish()
    .transform((v) => v || null);

/** Parses an outcome with its task's schema; problems are paths under `outcome`. */
export function parseOutcome(
  spec: TaskKindSpec,
  outcome: unknown,
): { ok: true; value: Record<string, unknown> } | { ok: false; problems: FieldProblem[] } {
  if (!spec.outcome)
    return {
      ok: false,
      problems: [
        { path: 'outcome', message: spec.closedByProcedure ?? 'Cette tâche se termine d’elle-même.' },
      ],
    };
  const parsed = spec.outcome.safeParse(outcome ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems: FieldProblem[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        problems.push({ path: ['outcome', ...issue.path, key].join('.'), message: UNEXPECTED_FIELD_MESSAGE });
    } else {
      problems.push({ path: ['outcome', ...issue.path.map(String)].join('.'), message: issue.message });
    }
  }
  return { ok: false, problems };
}
