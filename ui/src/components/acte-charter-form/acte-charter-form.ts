import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ACTE_CHARTER } from '../../../../common/acte-content.js';
import { ApiError, signActeCharter } from '../../api/api.js';
import type { Acte } from '../../api/types.js';
import { formErrorsFrom, withoutError, type FieldErrors, type FormError } from '../../lib/field-errors.js';
import { newIdempotencyKey } from '../../lib/idempotency.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { type ErrorSummary, errorSummaryTemplate } from '../error-summary/error-summary.js';
import '../error-summary/error-summary.js';

const FIELD_LABELS = { confirmed: 'Votre confirmation' };
const NOT_TICKED = 'Cochez la case pour confirmer que vous avez lu et compris la charte';

export interface ActeSignedDetail {
  acte: Acte;
}

/**
 * The ACTE charter (seed chapter 14, step 1): its commitments, the box « Je confirme… » and
 * « Je m’engage ». Nothing is sent while the box is unticked. The request always says the same
 * thing, so one Idempotency-Key serves the form's whole life: a double click signs once.
 */
@customElement('pro-acte-charter-form')
export class ActeCharterForm extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .commitments li {
        margin-bottom: 0.5rem;
      }
      h3:focus {
        outline: 3px solid var(--c-focus);
        outline-offset: 2px;
      }
    `,
  ];

  @property() providerId = '';

  @state() private confirmed = false;
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private sending = false;

  @query('pro-error-summary') private errorSummary?: ErrorSummary;
  @query('h3') private heading?: HTMLElement;

  private readonly idempotencyKey = newIdempotencyKey();

  /** Focuses the charter's title, once shown. */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => this.heading?.focus(options));
  }

  private tick(event: Event): void {
    this.confirmed = (event.target as HTMLInputElement).checked;
    if (this.confirmed) this.fieldErrors = withoutError(this.fieldErrors, 'confirmed');
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    if (!this.confirmed) {
      this.fieldErrors = { confirmed: NOT_TICKED };
      this.formError = {
        message: 'Votre engagement n’est pas encore confirmé.',
        code: 'CLIENT_VALIDATION',
        others: [],
      };
      await this.updateComplete;
      this.errorSummary?.focus();
      return;
    }
    this.fieldErrors = {};
    this.formError = null;
    this.sending = true;
    try {
      const { acte } = await signActeCharter(this.providerId, true, this.idempotencyKey);
      this.dispatchEvent(
        new CustomEvent<ActeSignedDetail>('pro-acte-signed', {
          detail: { acte },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      const refused = formErrorsFrom(error as ApiError, ['confirmed']);
      this.fieldErrors = refused.fieldErrors;
      this.formError = refused.formError;
      await this.updateComplete;
      this.errorSummary?.focus();
    } finally {
      this.sending = false;
    }
  }

  override render() {
    const error = this.fieldErrors.confirmed;
    return html`
      <h3 tabindex="-1">${ACTE_CHARTER.title}</h3>
      <p>${ACTE_CHARTER.intro}</p>
      <p>En signant, je m’engage à ce qui suit :</p>
      <ol class="commitments" data-testid="charter-commitments">
        ${ACTE_CHARTER.commitments.map((c) => html`<li>${c.text}</li>`)}
      </ol>
      <h4>Confirmez votre engagement</h4>
      <p>
        Vous avez passé en revue tous les éléments de la charte. Cette action signifie que vous êtes prêt·e à
        respecter tous les objectifs de la charte et à travailler vers une transition écologique.
      </p>
      ${errorSummaryTemplate(this.formError, this.fieldErrors, FIELD_LABELS)}
      <form novalidate @submit=${this.submit} data-testid="charter-form">
        <div class="field ${error ? 'has-error' : ''}" data-testid="field-confirmed">
          ${error ? html`<span class="field-error" id="confirmed-error">${error}</span>` : nothing}
          <div class="choice">
            <input
              type="checkbox"
              id="confirmed"
              required
              .checked=${this.confirmed}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? 'confirmed-error' : nothing}
              @change=${this.tick}
            />
            <label for="confirmed">${ACTE_CHARTER.confirmation}</label>
          </div>
        </div>
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.sending}>Je m’engage</button>
          <span class="muted" role="status">${this.sending ? 'Envoi en cours…' : ''}</span>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-acte-charter-form': ActeCharterForm;
  }
  interface HTMLElementEventMap {
    'pro-acte-signed': CustomEvent<ActeSignedDetail>;
  }
}
