import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, completeTask } from '../../api/api.js';
import type { AdaptationDecision, AdaptationOutcomeInput } from '../../api/types.js';
import {
  REVIEW_DECISION_LABELS,
  TEXT_MAX,
  checkReviewForm,
  reviewCommentLabel,
} from '../../lib/authorisation.js';
import { INVALID_FORM, formErrorsFrom, type FieldErrors, type FormError } from '../../lib/field-errors.js';
import { newIdempotencyKey } from '../../lib/idempotency.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import type { ErrorSummary } from '../error-summary/error-summary.js';
import type { TaskCompletedDetail } from '../task-outcome-form/task-outcome-form.js';
import '../error-summary/error-summary.js';

const FIELDS = ['decision', 'comment'] as const;
const DECISIONS: AdaptationDecision[] = ['accepted', 'refused', 'more_info'];

const HINTS: Record<AdaptationDecision | 'none', string> = {
  accepted: 'Facultatif. L’accueillant·e le lira avec la décision.',
  refused: 'Obligatoire. L’accueillant·e le lira dans la lettre de décision.',
  more_info: 'Obligatoire. L’accueillant·e y répond depuis « Mon autorisation ».',
  none: 'Facultatif pour une acceptation, obligatoire pour un refus ou une question.',
};

/**
 * The référent·e accueil's decision on a request to adapt an authorisation: accept it, refuse it
 * with a reason, or ask the provider for more information. Fires `pro-task-completed`.
 */
@customElement('pro-adaptation-review-form')
export class AdaptationReviewForm extends LitElement {
  static override styles = [sharedStyles];

  @property() taskId = '';

  @state() private decision: AdaptationDecision | null = null;
  @state() private comment = '';
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private sending = false;
  private idempotency: { key: string; body: string } | null = null;

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const errors = checkReviewForm(this.decision, this.comment);
    if (Object.keys(errors).length > 0) {
      this.fieldErrors = errors;
      this.formError = INVALID_FORM;
      await this.focusSummary();
      return;
    }
    const outcome: AdaptationOutcomeInput = {
      decision: this.decision!,
      comment: this.comment.trim() || null,
    };
    const body = JSON.stringify(outcome);
    if (!this.idempotency || this.idempotency.body !== body)
      this.idempotency = { key: newIdempotencyKey(), body };
    this.sending = true;
    this.formError = null;
    try {
      const { task } = await completeTask(this.taskId, outcome, this.idempotency.key);
      this.dispatchEvent(
        new CustomEvent<TaskCompletedDetail>('pro-task-completed', {
          detail: { task },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      const refused = formErrorsFrom(error as ApiError, FIELDS);
      this.fieldErrors = refused.fieldErrors;
      this.formError = refused.formError;
      await this.focusSummary();
      if ((error as ApiError).status === 409)
        this.dispatchEvent(new CustomEvent('pro-task-stale', { bubbles: true, composed: true }));
    } finally {
      this.sending = false;
    }
  }

  private async focusSummary(): Promise<void> {
    await this.updateComplete;
    (this.renderRoot.querySelector('pro-error-summary') as ErrorSummary | null)?.focus();
  }

  private onFocusField(event: CustomEvent<{ field: string }>): void {
    event.stopPropagation();
    const id =
      event.detail.field === 'decision' ? `decision-${this.decision ?? 'accepted'}` : event.detail.field;
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  override render() {
    const decisionError = this.fieldErrors.decision;
    const commentError = this.fieldErrors.comment;
    const commentLabel = reviewCommentLabel(this.decision);
    const required = this.decision === 'refused' || this.decision === 'more_info';
    return html`<form novalidate @submit=${this.submit} @pro-focus-field=${this.onFocusField}>
      ${
        this.formError
          ? html`<pro-error-summary
              .message=${this.formError.message}
              .fieldErrors=${this.fieldErrors}
              .fieldLabels=${{ decision: 'Votre décision', comment: commentLabel }}
              .others=${this.formError.others}
            ></pro-error-summary>`
          : nothing
      }
      <fieldset
        class="field ${decisionError ? 'has-error' : ''}"
        aria-describedby=${decisionError ? 'decision-error' : nothing}
      >
        <legend>Votre décision sur cette demande</legend>
        ${decisionError ? html`<p class="field-error" id="decision-error">${decisionError}</p>` : nothing}
        ${DECISIONS.map(
          (value) =>
            html`<div class="choice">
              <input
                type="radio"
                name="decision"
                id=${`decision-${value}`}
                .checked=${this.decision === value}
                @change=${() => {
                  this.decision = value;
                  this.fieldErrors = {};
                }}
              />
              <label for=${`decision-${value}`}>${REVIEW_DECISION_LABELS[value]}</label>
            </div>`,
        )}
      </fieldset>
      <div class="field ${commentError ? 'has-error' : ''}">
        <label for="comment"
          >${commentLabel}${required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}</label
        >
        <span class="hint" id="comment-hint">${HINTS[this.decision ?? 'none']}</span>
        ${commentError ? html`<span class="field-error" id="comment-error">${commentError}</span>` : nothing}
        <textarea
          id="comment"
          maxlength=${TEXT_MAX}
          aria-invalid=${commentError ? 'true' : 'false'}
          aria-describedby=${commentError ? 'comment-hint comment-error' : 'comment-hint'}
          .value=${this.comment}
          @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <div class="actions">
        <button class="button" type="submit" ?disabled=${this.sending} data-testid="complete-adaptation">
          Enregistrer la décision
        </button>
        <span class="muted" role="status">${this.sending ? 'Enregistrement en cours…' : ''}</span>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-adaptation-review-form': AdaptationReviewForm;
  }
}
