import { LitElement, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { REVIEW_STATUSES, REVIEW_STATUS_LABELS } from '../../../../common/acte-plan.js';
import { ApiError, submitActeReview } from '../../api/api.js';
import type { Acte, ReviewStatus } from '../../api/types.js';
import { actionTitle, checkReview, reviewErrorField, reviewField } from '../../lib/acte.js';
import { INVALID_FORM, withoutError, type FieldErrors, type FormError } from '../../lib/field-errors.js';
import { RequestKey } from '../../lib/idempotency.js';
import { radioGroupTemplate, type Choice } from '../../lib/radio-group.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { type ErrorSummary, errorSummaryTemplate } from '../error-summary/error-summary.js';
import '../error-summary/error-summary.js';

const CHOICES: Choice<ReviewStatus>[] = REVIEW_STATUSES.map((value) => ({
  value,
  label: REVIEW_STATUS_LABELS[value],
}));
const COMMENT_MAX = 2000;

export interface ActeReviewedDetail {
  acte: Acte;
}

/**
 * « Faites le point » one year later (seed chapter 14, step 4): where each action of last year's
 * plan stands (Réalisée, En cours, Pas commencée) and an optional comment for the ACTE team.
 */
@customElement('pro-acte-review-form')
export class ActeReviewForm extends LitElement {
  static override styles = [sharedStyles];

  @property() providerId = '';
  @property({ type: Number }) year = 0;
  /** The actions of last year's plan. */
  @property({ attribute: false }) actions: string[] = [];

  @state() private answers: Record<string, ReviewStatus> = {};
  @state() private comment = '';
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private sending = false;

  @query('pro-error-summary') private errorSummary?: ErrorSummary;

  private readonly requestKey = new RequestKey();

  private fieldLabels(): Record<string, string> {
    return Object.fromEntries(this.actions.map((id) => [reviewField(id), actionTitle(id)]));
  }

  private async showErrors(): Promise<void> {
    await this.updateComplete;
    this.errorSummary?.focus();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const errors = checkReview(this.actions, this.answers);
    this.fieldErrors = errors;
    if (Object.keys(errors).length) {
      this.formError = INVALID_FORM;
      return this.showErrors();
    }
    this.formError = null;
    const review = { actions: this.answers, comment: this.comment.trim() || null };
    this.sending = true;
    try {
      const { acte } = await submitActeReview(
        this.providerId,
        this.year,
        review,
        this.requestKey.for(review),
      );
      this.dispatchEvent(
        new CustomEvent<ActeReviewedDetail>('pro-acte-reviewed', {
          detail: { acte },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      const refused = error as ApiError;
      const fieldErrors: FieldErrors = {};
      const others: string[] = [];
      for (const d of refused.details ?? []) {
        const field = reviewErrorField(String(d.path ?? ''));
        if (field && field in this.fieldLabels()) fieldErrors[field] ??= d.message;
        else others.push(d.message);
      }
      this.fieldErrors = fieldErrors;
      this.formError = { message: refused.message, code: refused.code, others };
      await this.showErrors();
    } finally {
      this.sending = false;
    }
  }

  override render() {
    return html`
      ${errorSummaryTemplate(this.formError, this.fieldErrors, this.fieldLabels())}
      <form novalidate @submit=${this.submit} data-testid="review-form">
        <p class="muted">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
        ${this.actions.map((id) =>
          radioGroupTemplate({
            name: reviewField(id),
            legend: actionTitle(id),
            choices: CHOICES,
            selected: this.answers[id] ?? null,
            error: this.fieldErrors[reviewField(id)],
            onSelect: (value) => {
              this.answers = { ...this.answers, [id]: value };
              this.fieldErrors = withoutError(this.fieldErrors, reviewField(id));
            },
          }),
        )}
        <div class="field">
          <label for="review-comment">Un commentaire pour l’équipe ACTE (facultatif)</label>
          <span class="hint" id="review-comment-hint"
            >Ce qui a bien marché, ce qui a été difficile. ${COMMENT_MAX} caractères maximum.</span
          >
          <textarea
            id="review-comment"
            rows="4"
            maxlength=${COMMENT_MAX}
            aria-describedby="review-comment-hint"
            .value=${this.comment}
            @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.sending}>Envoyer mon bilan</button>
          <span class="muted" role="status">${this.sending ? 'Envoi en cours…' : ''}</span>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-acte-review-form': ActeReviewForm;
  }
  interface HTMLElementEventMap {
    'pro-acte-reviewed': CustomEvent<ActeReviewedDetail>;
  }
}
