import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, completeTask } from '../../api/api.js';
import type { ValidationOutcomeInput } from '../../api/types.js';
import { formErrorsFrom, type FieldErrors, type FormError } from '../../lib/field-errors.js';
import { newIdempotencyKey } from '../../lib/idempotency.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import type { ErrorSummary } from '../error-summary/error-summary.js';
import type { TaskCompletedDetail } from '../task-outcome-form/task-outcome-form.js';
import '../error-summary/error-summary.js';

const FIELDS = ['decision', 'comment', 'subjectId'] as const;
const FIELD_LABELS = { decision: 'Votre décision', comment: 'Motif du refus', subjectId: 'Demande examinée' };

/**
 * The decision on a submission to validate (bank details or a photo): approve it, or refuse it
 * with a reason the provider reads. It names the submission the agent looked at, so a newer one
 * sent meanwhile is never approved unseen.
 */
@customElement('pro-validation-form')
export class ValidationForm extends LitElement {
  static override styles = [sharedStyles];

  @property() taskId = '';
  @property() subjectId = '';
  /** « ces coordonnées bancaires », « cette photo » */
  @property() subjectLabel = 'cette demande';

  @state() private decision: 'approved' | 'rejected' | null = null;
  @state() private comment = '';
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private sending = false;
  private idempotency: { key: string; body: string } | null = null;

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    if (!this.decision) {
      this.fieldErrors = { decision: 'Choisissez « Approuver » ou « Refuser »' };
      this.formError = {
        message: 'Le formulaire contient des erreurs.',
        code: 'CLIENT_VALIDATION',
        others: [],
      };
      await this.focusSummary();
      return;
    }
    const outcome: ValidationOutcomeInput = {
      decision: this.decision,
      comment: this.comment.trim() || null,
      subjectId: this.subjectId,
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
      if ((error as ApiError).status === 409 || refused.fieldErrors.subjectId)
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
    const id = event.detail.field === 'decision' ? 'decision-approved' : event.detail.field;
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  override render() {
    const decisionError = this.fieldErrors.decision;
    const commentError = this.fieldErrors.comment;
    const rejecting = this.decision === 'rejected';
    return html`<form novalidate @submit=${this.submit} @pro-focus-field=${this.onFocusField}>
      ${
        this.formError
          ? html`<pro-error-summary
              .message=${this.formError.message}
              .fieldErrors=${this.fieldErrors}
              .fieldLabels=${FIELD_LABELS}
              .others=${this.formError.others}
            ></pro-error-summary>`
          : nothing
      }
      <fieldset
        class="field ${decisionError ? 'has-error' : ''}"
        aria-describedby=${decisionError ? 'decision-error' : nothing}
      >
        <legend>Validez-vous ${this.subjectLabel} ?</legend>
        ${decisionError ? html`<p class="field-error" id="decision-error">${decisionError}</p>` : nothing}
        ${(
          [
            ['approved', 'Approuver'],
            ['rejected', 'Refuser'],
          ] as const
        ).map(
          ([value, label]) =>
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
        <label for="comment">${rejecting ? 'Motif du refus' : 'Commentaire'}</label>
        <span class="hint" id="comment-hint"
          >${rejecting ? "Obligatoire. L'accueillant·e le lira pour corriger sa demande." : 'Facultatif.'}</span
        >
        ${commentError ? html`<span class="field-error" id="comment-error">${commentError}</span>` : nothing}
        <textarea
          id="comment"
          maxlength="1000"
          aria-invalid=${commentError ? 'true' : 'false'}
          aria-describedby=${commentError ? 'comment-hint comment-error' : 'comment-hint'}
          .value=${this.comment}
          @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <div class="actions">
        <button class="button" type="submit" ?disabled=${this.sending} data-testid="complete-validation">
          Enregistrer la décision
        </button>
        <span class="muted" role="status">${this.sending ? 'Enregistrement en cours…' : ''}</span>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-validation-form': ValidationForm;
  }
}
