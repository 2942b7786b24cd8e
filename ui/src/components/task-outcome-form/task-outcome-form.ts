import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ApiError } from '../../api/api.js';
import { announceStaleTask, sendTaskOutcome, type TaskCompletedDetail } from '../../lib/task-completion.js';
import type { OutcomeDecision, OutcomeInput } from '../../api/types.js';
import { parseAmount } from '../../lib/amount.js';
import { RequestKey } from '../../lib/idempotency.js';
import {
  INVALID_FORM,
  formErrorsFrom,
  withoutError,
  type FieldErrors,
  type FormError,
} from '../../lib/field-errors.js';
import { radioGroupTemplate, type Choice } from '../../lib/radio-group.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { type ErrorSummary, errorSummaryTemplate } from '../error-summary/error-summary.js';
import { styles } from './task-outcome-form.styles.js';
import '../error-summary/error-summary.js';

const FIELDS = ['decision', 'amountEur', 'comment'] as const;
type Field = (typeof FIELDS)[number];

const DECISIONS: Choice<OutcomeDecision>[] = [
  { value: 'financial_support', label: 'Soutien financier accordé' },
  { value: 'no_support', label: 'Pas de soutien financier' },
  { value: 'closed', label: 'Dossier clôturé sans suite' },
];

const FIELD_LABELS: Record<Field, string> = {
  decision: "Résultat de l'analyse",
  amountEur: 'Montant accordé (€)',
  comment: 'Commentaire',
};

/** « Résultat de l'analyse »: the decision of the cellule de veille that completes the task. */
@customElement('pro-task-outcome-form')
export class TaskOutcomeForm extends LitElement {
  static override styles = [sharedStyles, styles];

  @property() taskId = '';

  @state() private decision: OutcomeDecision | null = null;
  @state() private amount = '';
  @state() private comment = '';
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private sending = false;
  private readonly requestKey = new RequestKey();

  @query('pro-error-summary') private errorSummary?: ErrorSummary;

  private clearError(field: Field): void {
    this.fieldErrors = withoutError(this.fieldErrors, field);
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
      this.formError = INVALID_FORM;
      await this.updateComplete;
      this.focusField(FIELDS.find((field) => field in errors)!);
      return;
    }
    this.formError = null;
    const outcome: OutcomeInput = { decision: this.decision! };
    if (this.decision === 'financial_support') outcome.amountEur = parseAmount(this.amount)!;
    if (this.comment.trim()) outcome.comment = this.comment.trim();

    // One Idempotency-Key per result: a retry of the same result is the same request.
    this.sending = true;
    try {
      await sendTaskOutcome(this, this.taskId, outcome, this.requestKey.for(outcome));
    } catch (error) {
      const apiError = error as ApiError;
      const refused = formErrorsFrom(apiError, FIELDS);
      this.fieldErrors = refused.fieldErrors;
      this.formError = refused.formError;
      await this.updateComplete;
      this.errorSummary?.focus();
      if (apiError.status === 409) {
        announceStaleTask(this);
      }
    } finally {
      this.sending = false;
    }
  }

  private focusField(field: Field): void {
    // A radio group takes focus on its checked choice, or its first one when none is checked.
    const target =
      field === 'decision'
        ? (this.renderRoot.querySelector<HTMLElement>('input[name="decision"]:checked') ??
          this.renderRoot.querySelector<HTMLElement>('input[name="decision"]'))
        : this.renderRoot.querySelector<HTMLElement>(`#${field}`);
    target?.focus();
  }

  override render() {
    const error = this.formError;
    return html`<form novalidate @submit=${this.submit}>
      ${errorSummaryTemplate(error, this.fieldErrors, FIELD_LABELS)}
      ${radioGroupTemplate({
        name: 'decision',
        legend: FIELD_LABELS.decision,
        choices: DECISIONS,
        selected: this.decision,
        error: this.fieldErrors.decision,
        onSelect: (decision) => this.selectDecision(decision),
      })}
      ${this.decision === 'financial_support' ? this.renderAmount() : nothing} ${this.renderComment()}
      <div class="actions">
        <button class="button" type="submit" ?disabled=${this.sending}>Enregistrer le résultat</button>
        <span class="muted" role="status">${this.sending ? 'Enregistrement en cours…' : ''}</span>
      </div>
    </form>`;
  }

  private selectDecision(decision: OutcomeDecision): void {
    this.decision = decision;
    this.clearError('decision');
    if (decision !== 'financial_support') this.clearError('amountEur');
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
