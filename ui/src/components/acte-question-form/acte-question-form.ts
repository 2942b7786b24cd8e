import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ApiError, askActeQuestion } from '../../api/api.js';
import { formErrorsFrom, withoutError, type FieldErrors, type FormError } from '../../lib/field-errors.js';
import { RequestKey } from '../../lib/idempotency.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { type ErrorSummary, errorSummaryTemplate } from '../error-summary/error-summary.js';
import '../error-summary/error-summary.js';

const QUESTION_MAX = 2000;
const FIELD_LABELS = { question: 'Votre question' };

/**
 * « Une autre question ? »: a question to the ACTE team, answered in the notifications and in
 * « Mes demandes ». One Idempotency-Key per text, so a double click asks once.
 */
@customElement('pro-acte-question-form')
export class ActeQuestionForm extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      #question-sent:focus {
        outline: 3px solid var(--c-focus);
        outline-offset: 2px;
      }
    `,
  ];

  @property() providerId = '';

  @state() private question = '';
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private sending = false;
  @state() private sent = false;

  @query('pro-error-summary') private errorSummary?: ErrorSummary;

  private readonly requestKey = new RequestKey();

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    this.sent = false;
    const question = this.question.trim();
    if (!question) {
      this.fieldErrors = { question: 'Écrivez votre question' };
      this.formError = { message: 'Votre question est vide.', code: 'CLIENT_VALIDATION', others: [] };
      await this.updateComplete;
      this.errorSummary?.focus();
      return;
    }
    this.fieldErrors = {};
    this.formError = null;
    this.sending = true;
    try {
      await askActeQuestion(this.providerId, question, this.requestKey.for(question));
      this.question = '';
      this.requestKey.reset();
      this.sent = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#question-sent')?.focus();
    } catch (error) {
      const refused = formErrorsFrom(error as ApiError, ['question']);
      this.fieldErrors = refused.fieldErrors;
      this.formError = refused.formError;
      await this.updateComplete;
      this.errorSummary?.focus();
    } finally {
      this.sending = false;
    }
  }

  override render() {
    const error = this.fieldErrors.question;
    return html`
      <div id="question-sent" tabindex="-1" role="status" class=${this.sent ? 'alert success' : ''}>
        ${
          this.sent
            ? html`<p data-testid="question-sent">
                Votre question a été envoyée à l’équipe ACTE. Vous recevrez la réponse dans vos notifications
                et dans « Mes demandes ».
              </p>`
            : nothing
        }
      </div>
      ${errorSummaryTemplate(this.formError, this.fieldErrors, FIELD_LABELS)}
      <form novalidate @submit=${this.submit} data-testid="question-form">
        <div class="field ${error ? 'has-error' : ''}">
          <label for="question">Votre question <span class="required" aria-hidden="true">*</span></label>
          <span class="hint" id="question-hint"
            >L’équipe ACTE vous répond par écrit. ${QUESTION_MAX} caractères maximum.</span
          >
          ${error ? html`<span class="field-error" id="question-error">${error}</span>` : nothing}
          <textarea
            id="question"
            rows="4"
            required
            maxlength=${QUESTION_MAX}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'question-hint question-error' : 'question-hint'}
            .value=${this.question}
            @input=${(e: Event) => {
              this.question = (e.target as HTMLTextAreaElement).value;
              if (this.question.trim()) this.fieldErrors = withoutError(this.fieldErrors, 'question');
            }}
          ></textarea>
        </div>
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.sending}>Envoyer ma question</button>
          <span class="muted" role="status">${this.sending ? 'Envoi en cours…' : ''}</span>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-acte-question-form': ActeQuestionForm;
  }
}
