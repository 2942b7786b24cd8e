import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { ApiError, reportCessationRisk } from '../../api/api.js';
import type {
  CaseSummary,
  CessationRiskPeriod,
  CessationRiskReason,
  CessationRiskReportInput,
} from '../../api/types.js';
import { fieldErrorsFromDetails, type FieldErrors } from '../../lib/field-errors.js';
import { newIdempotencyKey } from '../../lib/idempotency.js';
import { navigateEvent } from '../../lib/navigation.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './cessation-risk-form.styles.js';

const REASON_OTHER_MAX = 1000;
const FIELDS = ['period', 'reason', 'reasonOther'] as const;
type Field = (typeof FIELDS)[number];

const PERIODS: { value: CessationRiskPeriod; label: string }[] = [
  { value: 'short_term', label: 'À court terme (dans les 3 à 6 mois)' },
  { value: 'medium_term', label: 'À moyen terme (plus de 6 mois)' },
];
const REASONS: { value: CessationRiskReason; label: string }[] = [
  { value: 'financial', label: 'Raison financière' },
  { value: 'premises_unavailable', label: "Indisponibilité des lieux d'accueil" },
  { value: 'other', label: 'Autre motif' },
];

export interface ReportRecordedDetail {
  case: CaseSummary;
  message: string;
}

/**
 * The « Signalement » form. Checks the fields as the server does, but the server decides: its
 * errors are always shown. One Idempotency-Key per filled-in form, so a double click or a retry
 * after a lost answer records a single report.
 */
@customElement('pro-cessation-risk-form')
export class CessationRiskForm extends LitElement {
  static override styles = [sharedStyles, styles];

  @state() private period: CessationRiskPeriod | null = null;
  @state() private reason: CessationRiskReason | null = null;
  @state() private reasonOther = '';
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: { message: string; code: string; others: string[] } | null = null;
  @state() private sending = false;

  @query('.error-summary') private errorSummary?: HTMLElement;

  /** The key and the exact request it was made for: resending the same content reuses it. */
  private idempotency: { key: string; body: string } | null = null;

  private setPeriod(value: CessationRiskPeriod): void {
    this.period = value;
    this.clearError('period');
  }

  private setReason(value: CessationRiskReason): void {
    this.reason = value;
    this.clearError('reason');
    if (value !== 'other') this.clearError('reasonOther');
  }

  private onReasonOtherInput(event: Event): void {
    this.reasonOther = (event.target as HTMLTextAreaElement).value;
    if (this.reasonOther.trim()) this.clearError('reasonOther');
  }

  private clearError(field: Field): void {
    if (!(field in this.fieldErrors)) return;
    const rest = { ...this.fieldErrors };
    delete rest[field];
    this.fieldErrors = rest;
  }

  private validate(): FieldErrors {
    const errors: FieldErrors = {};
    if (!this.period) errors.period = 'Ce champ est requis';
    if (!this.reason) errors.reason = 'Ce champ est requis';
    if (this.reason === 'other') {
      if (!this.reasonOther.trim()) errors.reasonOther = 'Veuillez préciser le motif';
      else if (this.reasonOther.length > REASON_OTHER_MAX)
        errors.reasonOther = `Le motif ne peut pas dépasser ${REASON_OTHER_MAX} caractères`;
    }
    return errors;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const errors = this.validate();
    this.fieldErrors = errors;
    if (Object.keys(errors).length > 0) {
      this.formError = {
        message: 'Le formulaire contient des erreurs.',
        code: 'CLIENT_VALIDATION',
        others: [],
      };
      await this.updateComplete;
      this.focusFirstError();
      return;
    }
    this.formError = null;
    const input: CessationRiskReportInput = { period: this.period!, reason: this.reason! };
    if (this.reason === 'other') input.reasonOther = this.reasonOther.trim();
    const body = JSON.stringify(input);
    if (!this.idempotency || this.idempotency.body !== body)
      this.idempotency = { key: newIdempotencyKey(), body };

    this.sending = true;
    try {
      const result = await reportCessationRisk(input, this.idempotency.key);
      this.dispatchEvent(
        new CustomEvent<ReportRecordedDetail>('pro-report-recorded', {
          detail: { case: result.case, message: result.message },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      const apiError = error as ApiError;
      const { fieldErrors, otherMessages } = fieldErrorsFromDetails(apiError.details ?? [], FIELDS);
      this.fieldErrors = fieldErrors;
      this.formError = { message: apiError.message, code: apiError.code, others: otherMessages };
      await this.updateComplete;
      this.errorSummary?.focus();
    } finally {
      this.sending = false;
    }
  }

  private focusFirstError(): void {
    const first = FIELDS.find((field) => field in this.fieldErrors);
    if (first) this.focusField(first);
    else this.errorSummary?.focus();
  }

  private focusField(field: Field): void {
    const target =
      field === 'reasonOther'
        ? this.renderRoot.querySelector<HTMLElement>('#reasonOther')
        : (this.renderRoot.querySelector<HTMLElement>(`input[name="${field}"]:checked`) ??
          this.renderRoot.querySelector<HTMLElement>(`input[name="${field}"]`));
    target?.focus();
  }

  private cancel(): void {
    this.dispatchEvent(navigateEvent('/accueil'));
  }

  override render() {
    return html`
      ${this.renderErrorSummary()}
      <form novalidate @submit=${this.submit}>
        <p id="required-note" class="muted">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
        ${this.renderRadioGroup('period', 'Période de risque', PERIODS, this.period, (v) =>
          this.setPeriod(v as CessationRiskPeriod),
        )}
        ${this.renderRadioGroup('reason', 'Motif', REASONS, this.reason, (v) =>
          this.setReason(v as CessationRiskReason),
        )}
        ${this.reason === 'other' ? this.renderReasonOther() : nothing}
        <div class="actions">
          <button class="button secondary" type="button" @click=${this.cancel}>Annuler</button>
          <button class="button" type="submit" ?disabled=${this.sending} aria-describedby="sending-status">
            Signaler mon risque
          </button>
          <span id="sending-status" class="muted" role="status"
            >${this.sending ? 'Envoi en cours…' : ''}</span
          >
        </div>
      </form>
    `;
  }

  private renderErrorSummary() {
    const error = this.formError;
    if (!error) return nothing;
    const fieldEntries = FIELDS.filter((field) => field in this.fieldErrors);
    return html`<div class="alert error error-summary" role="alert" tabindex="-1" data-testid="form-error">
      <p><strong>${error.message}</strong></p>
      ${
        fieldEntries.length || error.others.length
          ? html`<ul>
              ${fieldEntries.map(
                (field) =>
                  html`<li>
                    <a
                      href="#${field}"
                      @click=${(event: Event) => {
                        event.preventDefault();
                        this.focusField(field);
                      }}
                      >${this.fieldLabel(field)} : ${this.fieldErrors[field]}</a
                    >
                  </li>`,
              )}
              ${error.others.map((message) => html`<li>${message}</li>`)}
            </ul>`
          : nothing
      }
      ${
        error.code === 'CASE_ALREADY_OPEN'
          ? html`<p><a href="/mes-demandes">Voir mes demandes</a></p>`
          : nothing
      }
    </div>`;
  }

  private fieldLabel(field: Field): string {
    return { period: 'Période de risque', reason: 'Motif', reasonOther: 'Précisez le motif' }[field];
  }

  private renderRadioGroup(
    name: 'period' | 'reason',
    legend: string,
    options: { value: string; label: string }[],
    selected: string | null,
    onSelect: (value: string) => void,
  ) {
    const error = this.fieldErrors[name];
    return html`<fieldset
      class=${error ? 'has-error' : ''}
      aria-describedby=${error ? `${name}-error` : nothing}
      data-testid="field-${name}"
    >
      <legend>${legend} <span class="required" aria-hidden="true">*</span></legend>
      ${error ? html`<span class="field-error" id="${name}-error">${error}</span>` : nothing}
      ${options.map(
        (option) =>
          html`<div class="choice">
            <input
              type="radio"
              id="${name}-${option.value}"
              name=${name}
              .value=${option.value}
              .checked=${selected === option.value}
              required
              aria-invalid=${error ? 'true' : 'false'}
              @change=${() => onSelect(option.value)}
            />
            <label for="${name}-${option.value}">${option.label}</label>
          </div>`,
      )}
    </fieldset>`;
  }

  private renderReasonOther() {
    const error = this.fieldErrors.reasonOther;
    const describedBy = ['reasonOther-hint', error ? 'reasonOther-error' : ''].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'has-error' : ''}" data-testid="field-reasonOther">
      <label for="reasonOther">Précisez le motif <span class="required" aria-hidden="true">*</span></label>
      <span class="hint" id="reasonOther-hint">${REASON_OTHER_MAX} caractères maximum.</span>
      ${error ? html`<span class="field-error" id="reasonOther-error">${error}</span>` : nothing}
      <textarea
        id="reasonOther"
        name="reasonOther"
        rows="5"
        maxlength=${REASON_OTHER_MAX}
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy}
        .value=${this.reasonOther}
        @input=${this.onReasonOtherInput}
      ></textarea>
      <span class="counter muted">${this.reasonOther.length} / ${REASON_OTHER_MAX} caractères</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-cessation-risk-form': CessationRiskForm;
  }
  interface HTMLElementEventMap {
    'pro-report-recorded': CustomEvent<ReportRecordedDetail>;
  }
}
