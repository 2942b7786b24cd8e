import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { ApiError, reportCessationRisk } from '../../api/api.js';
import type {
  CaseSummary,
  CessationRiskPeriod,
  CessationRiskReason,
  CessationRiskReportInput,
} from '../../api/types.js';
import {
  INVALID_FORM,
  formErrorsFrom,
  withoutError,
  type FieldErrors,
  type FormError,
} from '../../lib/field-errors.js';
import { RequestKey } from '../../lib/idempotency.js';
import { navigateEvent } from '../../lib/navigation.js';
import { radioGroupTemplate, type Choice } from '../../lib/radio-group.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { type ErrorSummary, errorSummaryTemplate } from '../error-summary/error-summary.js';
import { styles } from './cessation-risk-form.styles.js';
import '../error-summary/error-summary.js';

const REASON_OTHER_MAX = 1000;
const FIELDS = ['period', 'reason', 'reasonOther'] as const;
type Field = (typeof FIELDS)[number];

const FIELD_LABELS: Record<Field, string> = {
  period: 'Période de risque',
  reason: 'Motif',
  reasonOther: 'Précisez le motif',
};

/** Offered when the provider already has a report in progress. */
const MY_CASES_LINK = { href: '/mes-demandes', label: 'Voir mes demandes' };

const PERIODS: Choice<CessationRiskPeriod>[] = [
  { value: 'short_term', label: 'À court terme (dans les 3 à 6 mois)' },
  { value: 'medium_term', label: 'À moyen terme (plus de 6 mois)' },
];
const REASONS: Choice<CessationRiskReason>[] = [
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
  @state() private formError: FormError | null = null;
  @state() private sending = false;

  @query('pro-error-summary') private errorSummary?: ErrorSummary;

  /** The key and the exact request it was made for: resending the same content reuses it. */
  private readonly requestKey = new RequestKey();

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
    this.fieldErrors = withoutError(this.fieldErrors, field);
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
      this.formError = INVALID_FORM;
      await this.updateComplete;
      this.focusFirstError();
      return;
    }
    this.formError = null;
    const input: CessationRiskReportInput = { period: this.period!, reason: this.reason! };
    if (this.reason === 'other') input.reasonOther = this.reasonOther.trim();

    this.sending = true;
    try {
      const result = await reportCessationRisk(input, this.requestKey.for(input));
      this.dispatchEvent(
        new CustomEvent<ReportRecordedDetail>('pro-report-recorded', {
          detail: { case: result.case, message: result.message },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      const refused = formErrorsFrom(error as ApiError, FIELDS);
      this.fieldErrors = refused.fieldErrors;
      this.formError = refused.formError;
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
    const error = this.formError;
    return html`
      ${errorSummaryTemplate(error, this.fieldErrors, FIELD_LABELS, { link: error?.code === 'CASE_ALREADY_OPEN' ? MY_CASES_LINK : null })}
      <form novalidate @submit=${this.submit}>
        <p id="required-note" class="muted">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
        ${radioGroupTemplate({
          name: 'period',
          legend: FIELD_LABELS.period,
          choices: PERIODS,
          selected: this.period,
          error: this.fieldErrors.period,
          onSelect: (value) => this.setPeriod(value),
        })}
        ${radioGroupTemplate({
          name: 'reason',
          legend: FIELD_LABELS.reason,
          choices: REASONS,
          selected: this.reason,
          error: this.fieldErrors.reason,
          onSelect: (value) => this.setReason(value),
        })}
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

  private renderReasonOther() {
    const error = this.fieldErrors.reasonOther;
    const describedBy = ['reasonOther-hint', error ? 'reasonOther-error' : ''].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'has-error' : ''}" data-testid="field-reasonOther">
      <label for="reasonOther"
        >${FIELD_LABELS.reasonOther} <span class="required" aria-hidden="true">*</span></label
      >
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
