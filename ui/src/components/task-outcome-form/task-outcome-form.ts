import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ApiError, completeTask } from '../../api/api.js';
import type { OutcomeDecision, OutcomeInput, Task } from '../../api/types.js';
import { parseAmount } from '../../lib/amount.js';
import { fieldErrorsFromDetails, type FieldErrors } from '../../lib/field-errors.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './task-outcome-form.styles.js';

const FIELDS = ['decision', 'amountEur', 'comment'] as const;
type Field = (typeof FIELDS)[number];

const DECISIONS: { value: OutcomeDecision; label: string }[] = [
  { value: 'financial_support', label: 'Soutien financier accordé' },
  { value: 'no_support', label: 'Pas de soutien financier' },
  { value: 'closed', label: 'Dossier clôturé sans suite' },
];

const FIELD_LABELS: Record<Field, string> = {
  decision: "Résultat de l'analyse",
  amountEur: 'Montant accordé (€)',
  comment: 'Commentaire',
};

export interface TaskCompletedDetail {
  task: Task;
}

/** « Résultat de l'analyse »: the decision of the cellule de veille that completes the task. */
@customElement('pro-task-outcome-form')
export class TaskOutcomeForm extends LitElement {
  static override styles = [sharedStyles, styles];

  @property() taskId = '';

  @state() private decision: OutcomeDecision | null = null;
  @state() private amount = '';
  @state() private comment = '';
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: { message: string; others: string[] } | null = null;
  @state() private sending = false;

  @query('.error-summary') private errorSummary?: HTMLElement;

  private clearError(field: Field): void {
    if (!(field in this.fieldErrors)) return;
    const rest = { ...this.fieldErrors };
    delete rest[field];
    this.fieldErrors = rest;
  }

  private validate(): FieldErrors {
    const errors: FieldErrors = {};
    if (!this.decision) errors.decision = 'Ce champ est requis';
    if (this.decision === 'financial_support') {
      const amount = parseAmount(this.amount);
      if (!this.amount.trim()) errors.amountEur = 'Indiquez le montant accordé';
      else if (amount === null) errors.amountEur = 'Indiquez un montant en euros, par exemple 1500';
      else if (amount <= 0) errors.amountEur = 'Le montant doit être supérieur à 0 €';
    }
    return errors;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const errors = this.validate();
    this.fieldErrors = errors;
    if (Object.keys(errors).length > 0) {
      this.formError = { message: 'Le formulaire contient des erreurs.', others: [] };
      await this.updateComplete;
      this.focusField(FIELDS.find((field) => field in errors)!);
      return;
    }
    this.formError = null;
    const outcome: OutcomeInput = { decision: this.decision! };
    if (this.decision === 'financial_support') outcome.amountEur = parseAmount(this.amount)!;
    if (this.comment.trim()) outcome.comment = this.comment.trim();

    this.sending = true;
    try {
      const { task } = await completeTask(this.taskId, outcome);
      this.dispatchEvent(
        new CustomEvent<TaskCompletedDetail>('pro-task-completed', {
          detail: { task },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      const apiError = error as ApiError;
      const { fieldErrors, otherMessages } = fieldErrorsFromDetails(apiError.details ?? [], FIELDS);
      this.fieldErrors = fieldErrors;
      this.formError = { message: apiError.message, others: otherMessages };
      await this.updateComplete;
      this.errorSummary?.focus();
      if (apiError.status === 409) {
        this.dispatchEvent(new CustomEvent('pro-task-stale', { bubbles: true, composed: true }));
      }
    } finally {
      this.sending = false;
    }
  }

  private focusField(field: Field): void {
    const selector =
      field === 'decision' ? 'input[name="decision"]:checked, input[name="decision"]' : `#${field}`;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  override render() {
    return html`<form novalidate @submit=${this.submit}>
      ${this.renderErrorSummary()} ${this.renderDecision()}
      ${this.decision === 'financial_support' ? this.renderAmount() : nothing} ${this.renderComment()}
      <div class="actions">
        <button class="button" type="submit" ?disabled=${this.sending}>Enregistrer le résultat</button>
        <span class="muted" role="status">${this.sending ? 'Enregistrement en cours…' : ''}</span>
      </div>
    </form>`;
  }

  private renderErrorSummary() {
    const error = this.formError;
    if (!error) return nothing;
    const fields = FIELDS.filter((field) => field in this.fieldErrors);
    return html`<div class="alert error error-summary" role="alert" tabindex="-1" data-testid="form-error">
      <p><strong>${error.message}</strong></p>
      ${
        fields.length || error.others.length
          ? html`<ul>
              ${fields.map(
                (field) =>
                  html`<li>
                    <a
                      href="#${field}"
                      @click=${(event: Event) => {
                        event.preventDefault();
                        this.focusField(field);
                      }}
                      >${FIELD_LABELS[field]} : ${this.fieldErrors[field]}</a
                    >
                  </li>`,
              )}
              ${error.others.map((message) => html`<li>${message}</li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderDecision() {
    const error = this.fieldErrors.decision;
    return html`<fieldset
      class=${error ? 'has-error' : ''}
      aria-describedby=${error ? 'decision-error' : nothing}
      data-testid="field-decision"
    >
      <legend>${FIELD_LABELS.decision} <span class="required" aria-hidden="true">*</span></legend>
      ${error ? html`<span class="field-error" id="decision-error">${error}</span>` : nothing}
      ${DECISIONS.map(
        (option) =>
          html`<div class="choice">
            <input
              type="radio"
              id="decision-${option.value}"
              name="decision"
              .value=${option.value}
              .checked=${this.decision === option.value}
              required
              aria-invalid=${error ? 'true' : 'false'}
              @change=${() => {
                this.decision = option.value;
                this.clearError('decision');
                if (option.value !== 'financial_support') this.clearError('amountEur');
              }}
            />
            <label for="decision-${option.value}">${option.label}</label>
          </div>`,
      )}
    </fieldset>`;
  }

  private renderAmount() {
    const error = this.fieldErrors.amountEur;
    return html`<div class="field amount ${error ? 'has-error' : ''}" data-testid="field-amountEur">
      <label for="amountEur"
        >${FIELD_LABELS.amountEur} <span class="required" aria-hidden="true">*</span></label
      >
      <span class="hint" id="amountEur-hint">En euros, par exemple 1500.</span>
      ${error ? html`<span class="field-error" id="amountEur-error">${error}</span>` : nothing}
      <input
        type="text"
        id="amountEur"
        name="amountEur"
        inputmode="decimal"
        autocomplete="off"
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'amountEur-hint amountEur-error' : 'amountEur-hint'}
        .value=${this.amount}
        @input=${(event: Event) => {
          this.amount = (event.target as HTMLInputElement).value;
          this.clearError('amountEur');
        }}
      />
    </div>`;
  }

  private renderComment() {
    const error = this.fieldErrors.comment;
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for="comment">${FIELD_LABELS.comment}</label>
      <span class="hint" id="comment-hint">Facultatif.</span>
      ${error ? html`<span class="field-error" id="comment-error">${error}</span>` : nothing}
      <textarea
        id="comment"
        name="comment"
        rows="4"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'comment-hint comment-error' : 'comment-hint'}
        .value=${this.comment}
        @input=${(event: Event) => {
          this.comment = (event.target as HTMLTextAreaElement).value;
          this.clearError('comment');
        }}
      ></textarea>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-task-outcome-form': TaskOutcomeForm;
  }
  interface HTMLElementEventMap {
    'pro-task-completed': CustomEvent<TaskCompletedDetail>;
    'pro-task-stale': CustomEvent<void>;
  }
}
