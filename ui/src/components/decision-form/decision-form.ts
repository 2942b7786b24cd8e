import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError } from '../../api/api.js';
import { announceStaleTask, sendTaskOutcome } from '../../lib/task-completion.js';
import type { AdaptationOutcomeInput, ValidationOutcomeInput } from '../../api/types.js';
import { INVALID_FORM, formErrorsFrom, type FieldErrors, type FormError } from '../../lib/field-errors.js';
import type { DecisionFormSpec } from '../../lib/decisions.js';
import { RequestKey } from '../../lib/idempotency.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { type ErrorSummary, errorSummaryTemplate } from '../error-summary/error-summary.js';
import '../error-summary/error-summary.js';

/**
 * An agent's decision on a task — approve or refuse bank details or a photo, accept, refuse or ask
 * about an adaptation request —: a choice, a comment (required for some choices), and « Enregistrer
 * la décision ». Sent with an Idempotency-Key that stays the same while the answer does. Fires
 * `pro-task-completed`, or `pro-task-stale` when the task or the case moved on.
 */
@customElement('pro-decision-form')
export class DecisionForm extends LitElement {
  static override styles = [sharedStyles];

  @property() taskId = '';
  @property({ attribute: false }) spec!: DecisionFormSpec;

  @state() private decision: string | null = null;
  @state() private comment = '';
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private sending = false;
  private readonly requestKey = new RequestKey();

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const errors = this.spec.check(this.decision, this.comment);
    if (Object.keys(errors).length > 0) {
      this.fieldErrors = errors;
      this.formError = INVALID_FORM;
      await this.focusSummary();
      return;
    }
    const outcome = {
      decision: this.decision,
      comment: this.comment.trim() || null,
      ...this.spec.extra,
    } as ValidationOutcomeInput | AdaptationOutcomeInput;
    this.sending = true;
    this.formError = null;
    try {
      await sendTaskOutcome(this, this.taskId, outcome, this.requestKey.for(outcome));
    } catch (error) {
      const fields = ['decision', 'comment', ...Object.keys(this.spec.extra ?? {})];
      const refused = formErrorsFrom(error as ApiError, fields);
      this.fieldErrors = refused.fieldErrors;
      this.formError = refused.formError;
      await this.focusSummary();
      const stale = (this.spec.staleFields ?? []).some((f) => f in refused.fieldErrors);
      if ((error as ApiError).status === 409 || stale) announceStaleTask(this);
    } finally {
      this.sending = false;
    }
  }

  private async focusSummary(): Promise<void> {
    await this.updateComplete;
    (this.renderRoot.querySelector('pro-error-summary') as ErrorSummary | null)?.focus();
  }

  override render() {
    const { spec } = this;
    const decisionError = this.fieldErrors.decision;
    const commentError = this.fieldErrors.comment;
    const commentLabel = spec.commentLabel(this.decision);
    return html`<form novalidate @submit=${this.submit}>
      ${errorSummaryTemplate(this.formError, this.fieldErrors, { decision: 'Votre décision', comment: commentLabel, ...spec.extraLabels })}
      <fieldset
        class="field ${decisionError ? 'has-error' : ''}"
        aria-describedby=${decisionError ? 'decision-error' : nothing}
      >
        <legend>${spec.legend}</legend>
        ${decisionError ? html`<p class="field-error" id="decision-error">${decisionError}</p>` : nothing}
        ${spec.options.map(
          ({ value, label }) =>
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
              <label for=${`decision-${value}`}>${label}</label>
            </div>`,
        )}
      </fieldset>
      <div class="field ${commentError ? 'has-error' : ''}">
        <label for="comment"
          >${commentLabel}${
            spec.commentRequired(this.decision)
              ? html` <span class="required" aria-hidden="true">*</span>`
              : nothing
          }</label
        >
        <span class="hint" id="comment-hint">${spec.commentHint(this.decision)}</span>
        ${commentError ? html`<span class="field-error" id="comment-error">${commentError}</span>` : nothing}
        <textarea
          id="comment"
          maxlength=${spec.commentMaxLength}
          aria-invalid=${commentError ? 'true' : 'false'}
          aria-describedby=${commentError ? 'comment-hint comment-error' : 'comment-hint'}
          .value=${this.comment}
          @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <div class="actions">
        <button class="button" type="submit" ?disabled=${this.sending} data-testid=${spec.testId}>
          Enregistrer la décision
        </button>
        <span class="muted" role="status">${this.sending ? 'Enregistrement en cours…' : ''}</span>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-decision-form': DecisionForm;
  }
}
