import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError } from '../../api/api.js';
import { announceStaleTask, sendTaskOutcome } from '../../lib/task-completion.js';
import { INVALID_FORM, formErrorsFrom, type FieldErrors, type FormError } from '../../lib/field-errors.js';
import { RequestKey } from '../../lib/idempotency.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { type ErrorSummary, errorSummaryTemplate } from '../error-summary/error-summary.js';
import '../error-summary/error-summary.js';

const FIELDS = ['comment'] as const;

/**
 * A comment for the childminder, then done: the agent conseil's answer to a bilan task, or the
 * ACTE team's answer to a question (`required`, with its own label and hint).
 */
@customElement('pro-review-form')
export class ReviewForm extends LitElement {
  static override styles = [sharedStyles];

  @property() taskId = '';
  /** The button's words, e.g. « Clôturer le bilan » for the review of the plan. */
  @property() submitLabel = 'Terminer la tâche';
  @property() label = "Votre commentaire pour l'accueillant·e";
  @property() hint = "Facultatif. L'accueillant·e le lira dans son bilan.";
  /** The comment must be written before the task can be completed. */
  @property({ type: Boolean }) required = false;
  /** The longest comment the server takes for this task. */
  @property({ type: Number }) maxLength = 4000;

  @state() private comment = '';
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private sending = false;
  private readonly requestKey = new RequestKey();

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const outcome = { comment: this.comment.trim() || null };
    if (this.required && !outcome.comment) {
      this.fieldErrors = { comment: 'Écrivez votre réponse' };
      this.formError = INVALID_FORM;
      await this.updateComplete;
      (this.renderRoot.querySelector('pro-error-summary') as ErrorSummary | null)?.focus();
      return;
    }
    this.sending = true;
    this.formError = null;
    try {
      await sendTaskOutcome(this, this.taskId, outcome, this.requestKey.for(outcome));
    } catch (error) {
      const refused = formErrorsFrom(error as ApiError, FIELDS);
      this.fieldErrors = refused.fieldErrors;
      this.formError = refused.formError;
      await this.updateComplete;
      (this.renderRoot.querySelector('pro-error-summary') as ErrorSummary | null)?.focus();
      if ((error as ApiError).status === 409) announceStaleTask(this);
    } finally {
      this.sending = false;
    }
  }

  override render() {
    const error = this.fieldErrors.comment;
    return html`<form novalidate @submit=${this.submit}>
      ${errorSummaryTemplate(this.formError, this.fieldErrors, { comment: this.label })}
      <div class="field ${error ? 'has-error' : ''}">
        <label for="comment"
          >${this.label}${this.required ? html` <span class="required">(obligatoire)</span>` : nothing}</label
        >
        <span class="hint" id="comment-hint">${this.hint}</span>
        ${error ? html`<span class="field-error" id="comment-error">${error}</span>` : nothing}
        <textarea
          id="comment"
          maxlength=${this.maxLength}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'comment-hint comment-error' : 'comment-hint'}
          .value=${this.comment}
          @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <div class="actions">
        <button class="button" type="submit" ?disabled=${this.sending} data-testid="complete-review">
          ${this.submitLabel}
        </button>
        <span class="muted" role="status">${this.sending ? 'Enregistrement en cours…' : ''}</span>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-review-form': ReviewForm;
  }
}
