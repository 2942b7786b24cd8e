import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ApiError, requestAdaptation } from '../../api/api.js';
import { todayInBrussels } from '../../lib/format.js';
import type { Adaptation, AdaptationType } from '../../api/types.js';
import {
  ADAPTATION_FIELDS,
  ADAPTATION_FIELD_LABELS,
  ADAPTATION_TYPE_LABELS,
  REASON_MAX,
  adaptationInputFrom,
  checkAdaptationForm,
  type AdaptationFormValues,
} from '../../lib/authorisation.js';
import {
  INVALID_FORM,
  formErrorsFrom,
  withoutError,
  type FieldErrors,
  type FormError,
} from '../../lib/field-errors.js';
import { RequestKey } from '../../lib/idempotency.js';
import { radioGroupTemplate, type Choice } from '../../lib/radio-group.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { type ErrorSummary, errorSummaryTemplate } from '../error-summary/error-summary.js';
import '../error-summary/error-summary.js';

type Field = (typeof ADAPTATION_FIELDS)[number];

const TYPES: Choice<AdaptationType>[] = [
  { value: 'end_of_activity', label: ADAPTATION_TYPE_LABELS.end_of_activity },
  { value: 'temporary_cessation', label: ADAPTATION_TYPE_LABELS.temporary_cessation },
];

const EMPTY: AdaptationFormValues = { type: null, lastDay: '', from: '', to: '', reason: '' };

/** Offered when a request already covers the period. */
const MY_CASES_LINK = { href: '/mes-demandes', label: 'Voir mes demandes' };

export interface AdaptationRequestedDetail {
  adaptation: Adaptation;
}

/**
 * « Demander une adaptation »: an end of activity (its last day) or a temporary cessation (its
 * first and last days, and why). Checks what it can, but the server decides and its errors show
 * beside the fields. One Idempotency-Key per content, so a double click sends one request.
 */
@customElement('pro-adaptation-request-form')
export class AdaptationRequestForm extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      input[type='date'] {
        display: block;
        width: 100%;
        max-width: 16rem;
        min-height: 2.75rem;
        margin-top: 0.35rem;
        padding: 0.5rem 0.65rem;
        border: 2px solid var(--c-field-border);
        border-radius: 0.3rem;
        background: var(--c-surface);
        color: var(--c-text);
        font: inherit;
      }
    `,
  ];

  @property() providerId = '';

  @state() private values: AdaptationFormValues = EMPTY;
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private sending = false;

  @query('pro-error-summary') private errorSummary?: ErrorSummary;

  private readonly requestKey = new RequestKey();

  private set(field: Exclude<Field, 'type'>, value: string): void {
    this.values = { ...this.values, [field]: value };
    if (value.trim()) this.fieldErrors = withoutError(this.fieldErrors, field);
  }

  private setType(type: AdaptationType): void {
    this.values = { ...this.values, type };
    this.fieldErrors = {};
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const errors = checkAdaptationForm(this.values, todayInBrussels());
    this.fieldErrors = errors;
    if (Object.keys(errors).length > 0) {
      this.formError = INVALID_FORM;
      await this.updateComplete;
      this.errorSummary?.focus();
      return;
    }
    this.formError = null;
    const input = adaptationInputFrom(this.values);
    this.sending = true;
    try {
      const { adaptation } = await requestAdaptation(this.providerId, input, this.requestKey.for(input));
      this.values = EMPTY;
      this.requestKey.reset();
      this.dispatchEvent(
        new CustomEvent<AdaptationRequestedDetail>('pro-adaptation-requested', {
          detail: { adaptation },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      const refused = formErrorsFrom(error as ApiError, ADAPTATION_FIELDS);
      this.fieldErrors = refused.fieldErrors;
      this.formError = refused.formError;
      await this.updateComplete;
      this.errorSummary?.focus();
    } finally {
      this.sending = false;
    }
  }

  override render() {
    const error = this.formError;
    return html`
      ${errorSummaryTemplate(error, this.fieldErrors, ADAPTATION_FIELD_LABELS, { link: error?.code === 'ADAPTATION_OVERLAP' ? MY_CASES_LINK : null })}
      <form novalidate @submit=${this.submit} data-testid="adaptation-form">
        <p class="muted">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
        ${radioGroupTemplate({
          name: 'type',
          legend: 'Que demandez-vous ?',
          choices: TYPES,
          selected: this.values.type,
          error: this.fieldErrors.type,
          onSelect: (value) => this.setType(value),
        })}
        ${this.values.type === 'end_of_activity' ? this.renderDate('lastDay', 'Le dernier jour où vous accueillez des enfants.') : nothing}
        ${
          this.values.type === 'temporary_cessation'
            ? html`${this.renderDate('from', 'Le premier jour où le lieu d’accueil est fermé.')}
              ${this.renderDate('to', 'Le dernier jour de fermeture : vous accueillez à nouveau le lendemain.')}
              ${this.renderReason()}`
            : nothing
        }
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.sending} data-testid="send-adaptation">
            Envoyer la demande
          </button>
          <span class="muted" role="status">${this.sending ? 'Envoi en cours…' : ''}</span>
        </div>
      </form>
    `;
  }

  private renderDate(field: 'lastDay' | 'from' | 'to', hint: string) {
    const error = this.fieldErrors[field];
    const today = todayInBrussels();
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for=${field}
        >${ADAPTATION_FIELD_LABELS[field]} <span class="required" aria-hidden="true">*</span></label
      >
      <span class="hint" id="${field}-hint">${hint}</span>
      ${error ? html`<span class="field-error" id="${field}-error">${error}</span>` : nothing}
      <input
        id=${field}
        type="date"
        min=${field === 'to' && this.values.from ? this.values.from : today}
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${field}-hint ${field}-error` : `${field}-hint`}
        .value=${this.values[field]}
        @input=${(e: Event) => this.set(field, (e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  private renderReason() {
    const error = this.fieldErrors.reason;
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for="reason"
        >${ADAPTATION_FIELD_LABELS.reason} <span class="required" aria-hidden="true">*</span></label
      >
      <span class="hint" id="reason-hint"
        >Par exemple : congé de maternité, travaux, raison de santé. ${REASON_MAX} caractères maximum.</span
      >
      ${error ? html`<span class="field-error" id="reason-error">${error}</span>` : nothing}
      <textarea
        id="reason"
        rows="4"
        maxlength=${REASON_MAX}
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'reason-hint reason-error' : 'reason-hint'}
        .value=${this.values.reason}
        @input=${(e: Event) => this.set('reason', (e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-adaptation-request-form': AdaptationRequestForm;
  }
  interface HTMLElementEventMap {
    'pro-adaptation-requested': CustomEvent<AdaptationRequestedDetail>;
  }
}
