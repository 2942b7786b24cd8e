/**
 * What a procedure's interface declares for the shared pages: its own pages, its menu entries,
 * what the task page shows for each of its task kinds, and what the case pages add for its cases.
 * The list of procedures is `ui/src/procedures.ts`; the shared pages loop over it.
 */
import type { TemplateResult, nothing } from 'lit';
import type { ApiError } from '../api/api.js';
import type { CaseSummary, SessionUser, Task } from '../api/types.js';
import type { DecisionFormSpec } from '../lib/decisions.js';

/** Who may see a page or a link. */
export type Allows = (user: SessionUser) => boolean;

/** What a page is opened with: the parameters of its address and the query string. */
export interface RouteAt {
  params: Record<string, string>;
  query: URLSearchParams;
  /** Where a signed-out visitor wanted to go: the login page continues there. */
  returnPath: string | null;
}

/** A page of the application, at one address. */
export interface PageRoute {
  /** Unique among all pages. */
  page: string;
  pattern: RegExp;
  /** Page title (before « — PRO.ONE »). */
  title: string;
  /** Who may open the page; undefined means anyone, even signed out. */
  allows?: Allows;
  /** The page's element; its module (the procedure's `load`) defines it. */
  render(at: RouteAt, user: SessionUser | null): TemplateResult;
}

/** An entry of the main menu, for those it `allows`, at its place (`order`, smallest first). */
export interface NavLink {
  href: string;
  label: string;
  order: number;
  allows: Allows;
}

/** A link at the top right of every page, for everyone, signed in or not (« Aide »). */
export interface HeaderLink {
  href: string;
  label: string;
  order: number;
}

/** Data a task panel reads: the value, the error that stopped it, or neither while it comes. */
export interface Loaded<T> {
  value: T | null;
  error: ApiError | null;
}

/** What the task page gives the panels of a task kind. */
export interface TaskPanelHost {
  readonly user: SessionUser | null;
  /** The task's case, once loaded. */
  readonly caseSummary: CaseSummary | null;
  /** The person's own words in full, when the case has them (a question). */
  readonly question: string | null;
  /**
   * Data fetched once for the task shown (`key` names it; panels of one task share it), fetched
   * again when the page reloads the task, the last value staying shown meanwhile.
   */
  data<T>(key: string, fetch: () => Promise<T>): Loaded<T>;
  /** Loads the task and its data again (« Réessayer », a case that moved on). */
  reload(): void;
}

/** The review form's words and limits; what is left out keeps the form's own. */
export interface CommentFormSpec {
  label?: string;
  hint?: string;
  required?: boolean;
  maxLength?: number;
  submitLabel?: string;
}

/** How the assignee ends a task of this kind. */
export type TaskOutcomeUi =
  /** A choice and a comment (the shared decision form), once `spec` has what it needs (null meanwhile). */
  | { form: 'decision'; spec(task: Task, host: TaskPanelHost): DecisionFormSpec | null }
  /** A comment only (the shared review form), under `heading`. */
  | { form: 'comment'; heading: string; spec(task: Task): CommentFormSpec }
  /** A form of the procedure's own, that fires `pro-task-completed` and `pro-task-stale`. */
  | { form: 'custom'; heading: string; render(task: Task): TemplateResult }
  /** Closed by the procedure itself, never by hand: no form, no « Prendre en charge ». */
  | { form: 'closed-by-procedure' };

/** What the task page shows for one kind of task. */
export interface TaskKindUi {
  /** The card beside « La tâche »: the case as this task needs it (default: « Le dossier »). */
  caseCard?(task: Task, host: TaskPanelHost): TemplateResult;
  /** Read-only panels under it: what the agent reads before deciding. */
  context?(task: Task, host: TaskPanelHost): TemplateResult | typeof nothing;
  outcome: TaskOutcomeUi;
}

/** What the shared case pages and lists add for the cases of one procedure. */
export interface OwnPage {
  href: string;
  label: string;
  testId: string;
}

export interface CaseUi {
  /** Its name in the coordination's filter. */
  filterLabel: string;
  /** Heading of the case's card on the case page (default: « Le dossier »). */
  heading?: string;
  /**
   * The case's own facts in its details list, instead of « Procédure », « Ouvert le » and
   * « En bref » (the report of a cessation-risk case); lists then leave out the summary too.
   */
  details?(item: CaseSummary): TemplateResult;
  /** What ONE waits for while the case is open, when the server does not say. */
  waitingFor?: string;
  /** In « Mes demandes » while it is empty: how the person starts such a request. */
  start?: { href: string; label: string };
  /** In « Mes demandes »: where the person follows the case (one page, or the case's own). */
  ownPage?: OwnPage | ((item: CaseSummary) => OwnPage);
  /** The words before the reason of a case at risk (default: « À risque »). */
  atRiskLabel?: string;
}

/** A procedure's interface. */
export interface ProcedureUi {
  /** For reading only; the cases' procedures are the keys of `cases`. */
  name: string;
  /** Defines the elements its templates use (pages, panels, forms). */
  load(): Promise<unknown>;
  routes?: readonly PageRoute[];
  navLinks?: readonly NavLink[];
  headerLinks?: readonly HeaderLink[];
  /** By task kind, as the API names it. */
  taskKinds?: Readonly<Record<string, TaskKindUi>>;
  /** By procedure, as the API names it in `CaseSummary.procedure`. */
  cases?: Readonly<Record<string, CaseUi>>;
}
