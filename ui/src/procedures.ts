/**
 * The procedures' interfaces (`ui/src/procedures/contract.ts`). The shared pages — the task and
 * case pages, « Mes demandes », the routes, the shell and the menu — loop over this list: a new
 * procedure's interface is its own module and one line here.
 */
import type {
  CaseUi,
  HeaderLink,
  NavLink,
  PageRoute,
  ProcedureUi,
  TaskKindUi,
} from './procedures/contract.js';
import { cessationRisk } from './procedures/cessation-risk.js';
import { adaptation } from './procedures/adaptation.js';
import { bilan } from './procedures/bilan.js';
import { validation } from './procedures/validation.js';
import { acte } from './procedures/acte.js';
import { helpdesk } from './procedures/helpdesk.js';

/** In this order in the coordination's filter; menus and links have their own `order`. */
export const PROCEDURES: readonly ProcedureUi[] = [
  bilan,
  cessationRisk,
  adaptation,
  acte,
  validation,
  helpdesk,
];

/** Defines the elements every procedure uses; the shell shows no page before. */
export async function loadProcedures(): Promise<void> {
  await Promise.all(PROCEDURES.map((p) => p.load()));
}

export const procedureRoutes: readonly PageRoute[] = PROCEDURES.flatMap((p) => p.routes ?? []);
export const procedureNavLinks: readonly NavLink[] = PROCEDURES.flatMap((p) => p.navLinks ?? []);

/** The links at the top right of every page, in their order. */
export const headerLinks: readonly HeaderLink[] = PROCEDURES.flatMap((p) => p.headerLinks ?? []).sort(
  (a, b) => a.order - b.order,
);

const taskKinds = new Map<string, TaskKindUi>(PROCEDURES.flatMap((p) => Object.entries(p.taskKinds ?? {})));
const cases = new Map<string, CaseUi>(PROCEDURES.flatMap((p) => Object.entries(p.cases ?? {})));

/** What the task page shows for a kind of task; undefined for a kind no procedure here knows. */
export function taskKindUi(kind: string): TaskKindUi | undefined {
  return taskKinds.get(kind);
}

/** What the case pages add for a procedure's cases. */
export function caseUi(procedure: string): CaseUi | undefined {
  return cases.get(procedure);
}

/** The procedures the coordination filters on: `value` is the API's `procedure`. */
export const caseProcedureOptions: ReadonlyArray<{ value: string; label: string }> = [...cases].map(
  ([value, ui]) => ({ value, label: ui.filterLabel }),
);

/** The requests a person may start, for a list still empty. */
export const caseStarts: ReadonlyArray<{ href: string; label: string }> = [...cases.values()].flatMap((ui) =>
  ui.start ? [ui.start] : [],
);
