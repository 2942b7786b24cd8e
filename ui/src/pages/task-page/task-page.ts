import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  ApiError,
  claimTask,
  getActe,
  getAdaptation,
  getBilan,
  getTask,
  getValidation,
  releaseTask,
} from '../../api/api.js';
import type {
  Acte,
  Adaptation,
  Bilan,
  CaseSummary,
  SessionUser,
  Task,
  ValidationSubmission,
} from '../../api/types.js';
import type { TaskCompletedDetail } from '../../lib/task-completion.js';
import { overdueBadge } from '../../lib/badges.js';
import { loadErrorTemplate, loadingTemplate, pageTitleEvent } from '../../lib/feedback.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { recordPageStyles, sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './task-page.styles.js';
import '../../components/case-details/case-details.js';
import '../../components/outcome-summary/outcome-summary.js';
import '../../components/task-outcome-form/task-outcome-form.js';
import '../../components/review-form/review-form.js';
import '../../components/bilan-content/bilan-content.js';
import '../../components/decision-form/decision-form.js';
import {
  ACTE_COMMENT_MAX,
  ACTE_PLAN_DECISION,
  ADAPTATION_DECISION,
  validationDecision,
} from '../../lib/decisions.js';
import '../../components/acte-plan-summary/acte-plan-summary.js';
import '../../components/adaptation-card/adaptation-card.js';

const VALIDATION_KINDS = ['rib.review', 'photo.review'];
const ADAPTATION_KIND = 'adaptation.review';
const ACTE_PLAN_KIND = 'acte.plan_review';
const ACTE_QUESTION_KIND = 'acte.question';
const ACTE_PAYMENT_KIND = 'acte.payment';
const ACTE_KINDS = [ACTE_PLAN_KIND, ACTE_QUESTION_KIND, ACTE_PAYMENT_KIND];

type Action = 'claim' | 'release';

/** One task: the report to analyse, who handles it, and the outcome form for its assignee. */
@customElement('pro-task-page')
export class TaskPage extends LitElement {
  static override styles = [sharedStyles, recordPageStyles, styles];

  @property() taskId = '';
  @property({ attribute: false }) user: SessionUser | null = null;

  @state() private task: Task | null = null;
  @state() private caseSummary: CaseSummary | null = null;
  /** For a bilan task: what the childminder handed over, read next to the answer. */
  @state() private bilan: Bilan | null = null;
  /** For a validation task: the submission, beside the data in force. */
  @state() private validation: ValidationSubmission | null = null;
  @state() private validationError: ApiError | null = null;
  /** For an adaptation request: what the childminder asks, and the questions and answers so far. */
  @state() private adaptation: Adaptation | null = null;
  @state() private adaptationError: ApiError | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private pending: Action | null = null;
  @state() private actionError: ApiError | null = null;
  /** The provider's ACTE record, for a plan to examine. */
  @state() private acte: Acte | null = null;
  @state() private acteError: ApiError | null = null;
  /** A question to the ACTE team in full (the case's summary only gives its beginning). */
  @state() private question: string | null = null;
  /** A short confirmation of the last action, announced politely. */
  @state() private notice = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('taskId') && this.taskId) {
      this.task = null;
      this.caseSummary = null;
      this.bilan = null;
      this.validation = null;
      this.adaptation = null;
      this.acte = null;
      this.question = null;
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
      this.dispatchEvent(pageTitleEvent(result.task.title));
      if (result.task.bilanId) void this.loadBilan(result.task.bilanId);
      if (VALIDATION_KINDS.includes(result.task.kind)) void this.loadValidation(result.task.caseId);
      if (result.task.kind === ADAPTATION_KIND) void this.loadAdaptation(result.task.caseId);
      if (result.task.kind === ACTE_PLAN_KIND) void this.loadActe(result.task.provider.id);
    } catch (error) {
      if (requested === this.taskId) this.loadError = error as ApiError;
    }
  }

  /** The bilan's content is a help to read, not the task itself: without it the page still works. */
  private async loadBilan(bilanId: string): Promise<void> {
    try {
      const { bilan } = await getBilan(bilanId);
      if (this.task?.bilanId === bilanId) this.bilan = bilan;
    } catch {
      this.bilan = null;
    }
  }

  private async loadValidation(caseId: string): Promise<void> {
    this.validationError = null;
    try {
      const validation = await getValidation(caseId);
      if (this.task?.caseId === caseId) this.validation = validation;
    } catch (error) {
      this.validationError = error as ApiError;
    }
  }

  private async loadAdaptation(caseId: string): Promise<void> {
    this.adaptationError = null;
    try {
      const { adaptation } = await getAdaptation(caseId);
      if (this.task?.caseId === caseId) this.adaptation = adaptation;
    } catch (error) {
      this.adaptationError = error as ApiError;
    }
  }

  private async loadActe(providerId: string): Promise<void> {
    this.acteError = null;
    try {
      const { acte } = await getActe(providerId);
      if (this.task?.provider.id === providerId) this.acte = acte;
    } catch (error) {
      this.acteError = error as ApiError;
    }
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
    const overdue = task.overdue && task.status === 'open';
    return html`
      <p class="provider-line">
        ${task.provider.displayName} <span class="muted">· ${task.provider.subregion.name}</span> ·
        <a href=${`/accueillants/${encodeURIComponent(task.provider.id)}/signaletique`}
          >Voir la signalétique</a
        >
      </p>

      <p class="notice" role="status" data-testid="task-notice">${this.notice}</p>
      ${
        this.actionError
          ? html`<div class="alert error" role="alert" data-testid="action-error">
              <p>${this.actionError.message}</p>
            </div>`
          : nothing
      }

      <div class="layout">
        <section class="card" aria-labelledby="task-heading">
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
          ${this.renderActions(task)}
        </section>

        ${
          task.bilanId
            ? html`<section class="card" aria-labelledby="case-heading">
                <h2 id="case-heading">Le bilan</h2>
                <pro-case-details .caseSummary=${this.caseSummary} show-provider></pro-case-details>
                <p>
                  <a
                    class="button secondary"
                    href="/bilans/${encodeURIComponent(task.bilanId)}"
                    data-testid="open-bilan"
                    >Lire le bilan</a
                  >
                </p>
              </section>`
            : task.kind === ACTE_QUESTION_KIND
              ? this.renderQuestion()
              : VALIDATION_KINDS.includes(task.kind) ||
                  task.kind === ADAPTATION_KIND ||
                  ACTE_KINDS.includes(task.kind)
                ? html`<section class="card" aria-labelledby="case-heading">
                    <h2 id="case-heading">
                      ${ACTE_KINDS.includes(task.kind) ? 'Le dossier ACTE' : 'La demande'}
                    </h2>
                    <pro-case-details
                      .caseSummary=${this.caseSummary}
                      show-provider
                      ?show-at-risk=${ACTE_KINDS.includes(task.kind)}
                    ></pro-case-details>
                  </section>`
                : html`<section class="card" aria-labelledby="case-heading">
                    <h2 id="case-heading">Le signalement</h2>
                    <pro-case-details .caseSummary=${this.caseSummary} show-provider></pro-case-details>
                  </section>`
        }
      </div>

      ${
        task.bilanId && this.bilan
          ? html`<section class="card" aria-labelledby="bilan-content-heading" data-testid="task-bilan">
              <h2 id="bilan-content-heading">Ce que l'accueillant·e a transmis</h2>
              <pro-bilan-content .bilan=${this.bilan}></pro-bilan-content>
            </section>`
          : nothing
      }
      ${VALIDATION_KINDS.includes(task.kind) ? this.renderSubmission() : nothing}
      ${task.kind === ADAPTATION_KIND ? this.renderAdaptation() : nothing}
      ${task.kind === ACTE_PLAN_KIND ? this.renderActePlan() : nothing}
      ${task.kind === ACTE_PAYMENT_KIND && task.status === 'open' ? this.renderPaymentNotice() : nothing}
      ${this.renderOutcome(task)}
    `;
  }

  /** The document beside the data: what the agent checks before deciding. */
  private renderSubmission() {
    if (this.validationError) return loadErrorTemplate(this.validationError, () => void this.load());
    const v = this.validation;
    if (!v) return loadingTemplate();
    if (v.kind === 'photo' && v.photo) {
      return html`<section class="card" aria-labelledby="submission-heading" data-testid="submission">
        <h2 id="submission-heading">La photo envoyée</h2>
        <p class="muted">
          Envoyée le ${formatDateTime(v.submittedAt)}. Elle sera publique sur MY.ONE si vous l'approuvez.
        </p>
        <img
          class="submitted-photo"
          src=${v.photo.url}
          alt="Photo du lieu d'accueil envoyée par l'accueillant·e"
        />
      </section>`;
    }
    const b = v.bankDetails;
    if (!b) return nothing;
    const isImage = b.statement.contentType.startsWith('image/');
    return html`<section class="card" aria-labelledby="submission-heading" data-testid="submission">
      <h2 id="submission-heading">Les coordonnées bancaires envoyées</h2>
      <div class="side-by-side">
        <div>
          <h3>Le relevé d'identité bancaire</h3>
          ${
            isImage
              ? html`<img class="statement" src=${b.statement.url} alt="Relevé d'identité bancaire envoyé" />`
              : html`<object
                  class="statement"
                  data=${b.statement.url}
                  type="application/pdf"
                  aria-label="Relevé d'identité bancaire (PDF)"
                >
                  <p>Votre navigateur n'affiche pas le PDF ici.</p>
                </object>`
          }
          <p>
            <a href=${b.statement.url} target="_blank" rel="noopener" data-testid="statement-link"
              >Ouvrir le relevé « ${b.statement.name} » dans un nouvel onglet</a
            >
          </p>
        </div>
        <div>
          <h3>Les données à vérifier</h3>
          <dl class="facts" data-testid="submitted-bank-details">
            <dt>IBAN</dt>
            <dd data-testid="submitted-iban">${b.iban.value}</dd>
            <dt>BIC</dt>
            <dd>${b.bic}</dd>
            <dt>Titulaire</dt>
            <dd>${b.holder}</dd>
            <dt>Envoyées le</dt>
            <dd>${formatDateTime(v.submittedAt)}</dd>
          </dl>
          <h3>En vigueur aujourd'hui</h3>
          ${
            b.inForce
              ? html`<dl class="facts">
                  <dt>IBAN</dt>
                  <dd>${b.inForce.iban.value}</dd>
                  <dt>BIC</dt>
                  <dd>${b.inForce.bic}</dd>
                  <dt>Titulaire</dt>
                  <dd>${b.inForce.holder}</dd>
                </dl>`
              : html`<p>Aucune coordonnée bancaire validée jusqu'ici.</p>`
          }
        </div>
      </div>
    </section>`;
  }

  /** The request as the childminder made it, with the questions and answers so far. */
  private renderAdaptation() {
    if (this.adaptationError) return loadErrorTemplate(this.adaptationError, () => void this.load());
    if (!this.adaptation) return loadingTemplate();
    return html`<section aria-labelledby="adaptation-heading" data-testid="submission">
      <h2 id="adaptation-heading">La demande d’adaptation et les échanges</h2>
      <pro-adaptation-card .adaptation=${this.adaptation} show-provider></pro-adaptation-card>
    </section>`;
  }

  /** The question the childminder asked, in full, with who asked it and when. */
  private renderQuestion() {
    const item = this.caseSummary;
    if (!item) return nothing;
    // Written on one line: the text keeps its own line breaks (pre-line), and only those.
    const question = this.question ?? item.summary;
    return html`<section class="card" aria-labelledby="case-heading" data-testid="acte-question">
      <h2 id="case-heading">La question</h2>
      <dl class="facts">
        <dt>Accueillant·e</dt>
        <dd>${item.provider.displayName}</dd>
        <dt>Sous-région</dt>
        <dd>${item.provider.subregion.name}</dd>
        <dt>Posée le</dt>
        <dd><time datetime=${item.openedAt}>${formatDateTime(item.openedAt)}</time></dd>
      </dl>
      <blockquote class="question" data-testid="acte-question-text">${question}</blockquote>
    </section>`;
  }

  /** The plan as the childminder sent it, and what the team last asked about it. */
  private renderActePlan() {
    if (this.acteError) return loadErrorTemplate(this.acteError, () => void this.load());
    if (!this.acte) return loadingTemplate();
    const plan = this.acte.plan;
    return html`<section class="card" aria-labelledby="acte-plan-heading" data-testid="acte-plan">
      <h2 id="acte-plan-heading">Le plan d’action écologique de ${this.acte.provider.displayName}</h2>
      ${
        plan
          ? html`<dl class="facts">
              <dt>Année</dt>
              <dd>${this.acte.year?.label ?? plan.year}</dd>
              <dt>État du plan</dt>
              <dd data-testid="acte-plan-status">${plan.statusLabel}</dd>
              ${
                plan.submittedAt
                  ? html`<dt>Envoyé le</dt>
                      <dd><time datetime=${plan.submittedAt}>${formatDateTime(plan.submittedAt)}</time></dd>`
                  : nothing
              }
              ${
                plan.comment
                  ? html`<dt>Dernier message de l’équipe ACTE</dt>
                      <dd class="free-text">${plan.comment}</dd>`
                  : nothing
              }
            </dl>`
          : nothing
      }
      <pro-acte-plan-summary .plan=${plan?.content ?? null}></pro-acte-plan-summary>
    </section>`;
  }

  /** A subsidy is paid with a batch of transfers, not from its task. */
  private renderPaymentNotice() {
    return html`<section class="card" aria-labelledby="payment-heading" data-testid="acte-payment-notice">
      <h2 id="payment-heading">Comment verser ce subside ?</h2>
      <p>
        Ce subside se verse avec un lot de paiements. Dès que les coordonnées bancaires de l’accueillant·e
        sont validées, il apparaît dans « Paiements » ; libérez le lot avant l’échéance. La tâche se termine
        d’elle-même quand le virement part.
      </p>
      ${
        this.user?.roles.includes('agent_subsides')
          ? html`<p><a class="button" href="/paiements">Ouvrir « Paiements »</a></p>`
          : nothing
      }
    </section>`;
  }

  private renderActions(task: Task) {
    if (task.kind === ACTE_PAYMENT_KIND) return nothing;
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

  private renderOutcome(task: Task) {
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
    if (!this.assignedToMe) return nothing;
    // A subsidy is paid by releasing a batch in « Paiements », never from its task.
    if (task.kind === ACTE_PAYMENT_KIND) return nothing;
    if (VALIDATION_KINDS.includes(task.kind)) {
      if (!this.validation) return nothing;
      return html`<section class="card" aria-labelledby="outcome-heading">
        <h2 id="outcome-heading">Votre décision</h2>
        <pro-decision-form
          .taskId=${task.id}
          .spec=${validationDecision(
            task.kind === 'rib.review' ? 'ces coordonnées bancaires' : 'cette photo',
            this.validation.subjectId,
          )}
          @pro-task-completed=${this.onCompleted}
          @pro-task-stale=${() => void this.load()}
        ></pro-decision-form>
      </section>`;
    }
    if (task.kind === ACTE_PLAN_KIND) {
      return html`<section class="card" aria-labelledby="outcome-heading">
        <h2 id="outcome-heading">Votre décision</h2>
        <pro-decision-form
          .taskId=${task.id}
          .spec=${ACTE_PLAN_DECISION}
          @pro-task-completed=${this.onCompleted}
          @pro-task-stale=${() => void this.load()}
        ></pro-decision-form>
      </section>`;
    }
    if (task.kind === ACTE_QUESTION_KIND) {
      return html`<section class="card" aria-labelledby="outcome-heading">
        <h2 id="outcome-heading">Votre réponse</h2>
        <pro-review-form
          .taskId=${task.id}
          required
          label="Réponse"
          .maxLength=${ACTE_COMMENT_MAX}
          hint="L’accueillant·e la lira dans ses notifications et dans « Mes demandes »."
          submitLabel="Envoyer la réponse"
          @pro-task-completed=${this.onCompleted}
          @pro-task-stale=${() => void this.load()}
        ></pro-review-form>
      </section>`;
    }
    if (task.kind === ADAPTATION_KIND) {
      return html`<section class="card" aria-labelledby="outcome-heading">
        <h2 id="outcome-heading">Votre décision</h2>
        <pro-decision-form
          .taskId=${task.id}
          .spec=${ADAPTATION_DECISION}
          @pro-task-completed=${this.onCompleted}
          @pro-task-stale=${() => void this.load()}
        ></pro-decision-form>
      </section>`;
    }
    if (task.bilanId) {
      return html`<section class="card" aria-labelledby="outcome-heading">
        <h2 id="outcome-heading">Votre réponse</h2>
        <pro-review-form
          .taskId=${task.id}
          .submitLabel=${task.kind === 'bilan.plan_review' ? 'Clôturer le bilan' : 'Terminer la tâche'}
          @pro-task-completed=${this.onCompleted}
          @pro-task-stale=${() => void this.load()}
        ></pro-review-form>
      </section>`;
    }
    return html`<section class="card" aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">Votre décision</h2>
      <pro-task-outcome-form
        .taskId=${task.id}
        @pro-task-completed=${this.onCompleted}
        @pro-task-stale=${() => void this.load()}
      ></pro-task-outcome-form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-task-page': TaskPage;
  }
}
