import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ApiError, claimTask, getTask, releaseTask } from '../../api/api.js';
import type { CaseSummary, SessionUser, Task } from '../../api/types.js';
import type { TaskCompletedDetail } from '../../lib/task-completion.js';
import { overdueBadge } from '../../lib/badges.js';
import { loadErrorTemplate, loadingTemplate, pageTitleEvent } from '../../lib/feedback.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { taskKindUi } from '../../procedures.js';
import type { Loaded, TaskKindUi, TaskPanelHost } from '../../procedures/contract.js';
import { caseCard } from '../../procedures/task-panels.js';
import { recordPageStyles, sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './task-page.styles.js';
import '../../components/case-details/case-details.js';
import '../../components/outcome-summary/outcome-summary.js';
import '../../components/review-form/review-form.js';
import '../../components/decision-form/decision-form.js';

type Action = 'claim' | 'release';

/** A panel's data as the page keeps it; `fresh` is false once the task is loaded again. */
interface PanelData extends Loaded<unknown> {
  fresh: boolean;
}

/**
 * One task: what it is about, who handles it, and the outcome form for its assignee. What a kind
 * of task shows (the case, what to read, how it ends) comes from its procedure (`taskKindUi`).
 */
@customElement('pro-task-page')
export class TaskPage extends LitElement implements TaskPanelHost {
  static override styles = [sharedStyles, recordPageStyles, styles];

  @property() taskId = '';
  @property({ attribute: false }) user: SessionUser | null = null;

  @state() private task: Task | null = null;
  @state() caseSummary: CaseSummary | null = null;
  /** The person's own words in full (the case's summary only gives their beginning). */
  @state() question: string | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private pending: Action | null = null;
  @state() private actionError: ApiError | null = null;
  /** A short confirmation of the last action, announced politely. */
  @state() private notice = '';
  /** What the task's panels fetched, by key; a new map for each task. */
  private panelData = new Map<string, PanelData>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('taskId') && this.taskId) {
      this.task = null;
      this.caseSummary = null;
      this.question = null;
      this.panelData = new Map();
      this.actionError = null;
      this.notice = '';
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const requested = this.taskId;
    this.loadError = null;
    try {
      const result = await getTask(requested);
      if (requested !== this.taskId) return;
      this.task = result.task;
      this.caseSummary = result.case;
      this.question = result.question;
      // The panels fetch their data again, showing the last meanwhile.
      for (const entry of this.panelData.values()) entry.fresh = false;
      this.dispatchEvent(pageTitleEvent(result.task.title));
    } catch (error) {
      if (requested === this.taskId) this.loadError = error as ApiError;
    }
  }

  reload(): void {
    void this.load();
  }

  data<T>(key: string, fetch: () => Promise<T>): Loaded<T> {
    const entries = this.panelData;
    const last = entries.get(key);
    if (last?.fresh) return last as Loaded<T>;
    const entry: PanelData = { value: last?.value ?? null, error: null, fresh: true };
    entries.set(key, entry);
    const settle = (next: Partial<PanelData>) => {
      // A newer request, or another task, took its place meanwhile.
      if (entries.get(key) !== entry) return;
      entries.set(key, { ...entry, ...next });
      this.requestUpdate();
    };
    fetch().then(
      (value) => settle({ value }),
      (error: unknown) => settle({ error: error as ApiError }),
    );
    return entry as Loaded<T>;
  }

  private get assignedToMe(): boolean {
    return !!this.task?.assignee && !!this.user && this.task.assignee.id === this.user.id;
  }

  private async act(action: Action): Promise<void> {
    if (this.pending || !this.task) return;
    this.pending = action;
    this.actionError = null;
    this.notice = '';
    try {
      const { task } = action === 'claim' ? await claimTask(this.task.id) : await releaseTask(this.task.id);
      this.task = task;
      this.notice =
        action === 'claim'
          ? 'Vous avez pris en charge cette tâche.'
          : 'Vous avez libéré cette tâche : elle est de nouveau à prendre par votre service.';
    } catch (error) {
      this.actionError = error as ApiError;
      // Someone else acted first (409): show the task as it is now.
      if ((error as ApiError).status === 409) await this.load();
    } finally {
      this.pending = null;
    }
    await this.updateComplete;
    const next = this.renderRoot.querySelector<HTMLElement>(
      action === 'claim' ? '[data-testid="release-task"]' : '[data-testid="claim-task"]',
    );
    (next ?? this.renderRoot.querySelector<HTMLElement>('h1'))?.focus();
  }

  private async onCompleted(event: CustomEvent<TaskCompletedDetail>): Promise<void> {
    this.task = event.detail.task;
    this.actionError = null;
    this.notice = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#completed')?.focus();
    // The case is closed by the same decision: refresh it quietly.
    void this.load();
  }

  override render() {
    return html`
      <p class="back"><a href="/taches">← Retour aux tâches</a></p>
      <h1>${this.task?.title ?? 'Tâche'}</h1>
      ${
        this.loadError
          ? loadErrorTemplate(this.loadError, () => void this.load())
          : this.task
            ? this.renderTask(this.task)
            : loadingTemplate()
      }
    `;
  }

  private renderTask(task: Task) {
    const ui = taskKindUi(task.kind);
    return html`
      ${this.renderConcerns(task)}

      <p class="notice" role="status" data-testid="task-notice">${this.notice}</p>
      ${
        this.actionError
          ? html`<div class="alert error" role="alert" data-testid="action-error">
              <p>${this.actionError.message}</p>
            </div>`
          : nothing
      }

      <div class="layout">
        ${this.renderFacts(task, ui)} ${ui?.caseCard ? ui.caseCard(task, this) : caseCard(this, 'Le dossier')}
      </div>

      ${ui?.context ? ui.context(task, this) : nothing} ${this.renderOutcome(task, ui)}
    `;
  }

  /** Whom the task concerns; a childminder's signalétique is one link away. */
  private renderConcerns(task: Task) {
    const { concerns, provider } = task;
    return html`<p class="provider-line">
      ${concerns.displayName}
      ${concerns.detail ? html`<span class="muted">· ${concerns.detail}</span>` : nothing}
      ${
        provider
          ? html`·
              <a href=${`/accueillants/${encodeURIComponent(provider.id)}/signaletique`}
                >Voir la signalétique</a
              >`
          : nothing
      }
    </p>`;
  }

  private renderFacts(task: Task, ui: TaskKindUi | undefined) {
    const overdue = task.overdue && task.status === 'open';
    return html`<section class="card" aria-labelledby="task-heading">
      <h2 id="task-heading">La tâche</h2>
      <dl class="facts">
        <dt>État</dt>
        <dd>
          <span data-testid="task-status">${task.statusLabel}</span>
          ${overdue ? overdueBadge() : nothing}
        </dd>
        <dt>À traiter avant le</dt>
        <dd>
          <time datetime=${task.dueAt} class=${overdue ? 'overdue-date' : ''} data-testid="task-due"
            >${formatDate(task.dueAt)}</time
          >
        </dd>
        <dt>Service</dt>
        <dd>${task.candidateRoleLabel}</dd>
        <dt>Prise en charge par</dt>
        <dd data-testid="task-assignee">
          ${
            task.assignee
              ? html`${task.assignee.displayName}${this.assignedToMe ? ' (vous)' : ''}`
              : 'Personne pour le moment'
          }
        </dd>
        <dt>Créée le</dt>
        <dd><time datetime=${task.createdAt}>${formatDateTime(task.createdAt)}</time></dd>
        ${
          task.completedAt
            ? html`<dt>Terminée le</dt>
                <dd><time datetime=${task.completedAt}>${formatDateTime(task.completedAt)}</time></dd>`
            : nothing
        }
      </dl>
      ${ui?.outcome.form === 'closed-by-procedure' ? nothing : this.renderActions(task)}
    </section>`;
  }

  private renderActions(task: Task) {
    if (task.status !== 'open') return nothing;
    if (!task.assignee) {
      return html`<div class="actions">
        <button
          class="button"
          type="button"
          data-testid="claim-task"
          ?disabled=${this.pending !== null}
          @click=${() => this.act('claim')}
        >
          Prendre en charge
        </button>
      </div>`;
    }
    if (this.assignedToMe) {
      return html`<div class="actions">
        <button
          class="button secondary"
          type="button"
          data-testid="release-task"
          ?disabled=${this.pending !== null}
          @click=${() => this.act('release')}
        >
          Libérer la tâche
        </button>
      </div>`;
    }
    return html`<p class="muted">Cette tâche est prise en charge par ${task.assignee.displayName}.</p>`;
  }

  private renderOutcome(task: Task, ui: TaskKindUi | undefined) {
    if (task.status === 'completed') {
      return html`<section class="card done" aria-labelledby="completed">
        <h2 id="completed" tabindex="-1" data-testid="task-completed">La tâche est terminée</h2>
        ${task.outcome ? html`<pro-outcome-summary .outcome=${task.outcome}></pro-outcome-summary>` : nothing}
      </section>`;
    }
    if (task.status === 'cancelled') {
      return html`<div class="alert info" data-testid="task-cancelled">
        <p>
          Cette tâche a été close sans
          action${task.outcome?.decisionLabel ? ` (${task.outcome.decisionLabel})` : ''} : il n'y a plus rien
          à faire.
        </p>
      </div>`;
    }
    if (!this.assignedToMe || !ui) return nothing;
    const form = this.renderOutcomeForm(task, ui.outcome);
    if (!form) return nothing;
    // The forms fire both events, which cross their shadow root up to here.
    return html`<section
      class="card"
      aria-labelledby="outcome-heading"
      @pro-task-completed=${this.onCompleted}
      @pro-task-stale=${() => void this.load()}
    >
      <h2 id="outcome-heading">${form.heading}</h2>
      ${form.body}
    </section>`;
  }

  /** The outcome form the task's kind asks for, under its heading; null when there is none yet. */
  private renderOutcomeForm(task: Task, outcome: TaskKindUi['outcome']) {
    switch (outcome.form) {
      case 'decision': {
        const spec = outcome.spec(task, this);
        if (!spec) return null;
        return {
          heading: 'Votre décision',
          body: html`<pro-decision-form .taskId=${task.id} .spec=${spec}></pro-decision-form>`,
        };
      }
      case 'comment': {
        const spec = outcome.spec(task);
        return {
          heading: outcome.heading,
          body: html`<pro-review-form
            .taskId=${task.id}
            ?required=${spec.required ?? false}
            label=${ifDefined(spec.label)}
            hint=${ifDefined(spec.hint)}
            maxlength=${ifDefined(spec.maxLength)}
            submitlabel=${ifDefined(spec.submitLabel)}
          ></pro-review-form>`,
        };
      }
      case 'custom':
        return { heading: outcome.heading, body: outcome.render(task) };
      case 'closed-by-procedure':
        return null;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-task-page': TaskPage;
  }
}
