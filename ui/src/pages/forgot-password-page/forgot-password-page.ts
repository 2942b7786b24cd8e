import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { ApiError, STRONG_LOGIN_URL, requestPasswordReset } from '../../api/api.js';
import { type ErrorSummary, errorSummaryTemplate } from '../../components/error-summary/error-summary.js';
import {
  INVALID_FORM,
  formErrorsFrom,
  withoutError,
  type FieldErrors,
  type FormError,
} from '../../lib/field-errors.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './forgot-password-page.styles.js';
import '../../components/error-summary/error-summary.js';

const FIELD_LABELS = { email: 'Adresse e-mail' };

/**
 * « Mot de passe oublié ? »: asks for a link by e-mail. The answer is the same whether the address
 * has an account or not, so the page says only what the server says.
 */
@customElement('pro-forgot-password-page')
export class ForgotPasswordPage extends LitElement {
  static override styles = [sharedStyles, styles];

  @state() private email = '';
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private sending = false;
  @state() private answer: string | null = null;

  @query('pro-error-summary') private errorSummary?: ErrorSummary;
  @query('#reset-requested') private answerBox?: HTMLElement;

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const email = this.email.trim();
    const errors: FieldErrors = {};
    if (!email) errors.email = 'Ce champ est requis';
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = 'Adresse e-mail invalide';
    this.fieldErrors = errors;
    if (errors.email) {
      this.formError = INVALID_FORM;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#email')?.focus();
      return;
    }
    this.formError = null;
    this.sending = true;
    try {
      this.answer = (await requestPasswordReset(email)).message;
      await this.updateComplete;
      this.answerBox?.focus();
    } catch (error) {
      const refused = formErrorsFrom(
        error instanceof ApiError
          ? error
          : new ApiError(0, 'UNKNOWN', 'Une erreur inattendue s’est produite. Réessayez plus tard.'),
        ['email'],
      );
      this.fieldErrors = refused.fieldErrors;
      this.formError = refused.formError;
      await this.updateComplete;
      this.errorSummary?.focus();
    } finally {
      this.sending = false;
    }
  }

  override render() {
    return html`
      <h1>Mot de passe oublié</h1>
      <section class="card" aria-labelledby="ask-heading">
        <h2 id="ask-heading">Recevoir un lien pour choisir un nouveau mot de passe</h2>
        ${this.answer ? this.renderAnswer() : this.renderForm()}
      </section>
    `;
  }

  private renderAnswer() {
    return html`<div
        id="reset-requested"
        class="alert success"
        role="status"
        tabindex="-1"
        data-testid="reset-requested"
      >
        <p>${this.answer}</p>
      </div>
      <p>Vous n’avez rien reçu après quelques minutes ? Vérifiez l’adresse et demandez un nouveau lien.</p>
      <div class="actions">
        <a class="button" href="/connexion">Retour à la connexion</a>
        <button
          class="button secondary"
          type="button"
          @click=${() => {
            this.answer = null;
          }}
        >
          Demander un nouveau lien
        </button>
      </div>`;
  }

  private renderForm() {
    const error = this.fieldErrors.email;
    return html`<p>
        Indiquez l’adresse e-mail de votre compte PRO.ONE. Si un compte utilise cette adresse, vous recevrez
        un e-mail avec un lien pour choisir un nouveau mot de passe. Ce lien est valable 30 minutes et ne
        fonctionne qu’une seule fois.
      </p>
      <p class="muted">
        Vous vous connectez avec eID, itsme ou vos clés BOSA ? Vous n’avez pas de mot de passe :
        <a href=${STRONG_LOGIN_URL}>connectez-vous avec la connexion forte</a>.
      </p>
      ${errorSummaryTemplate(this.formError, this.fieldErrors, FIELD_LABELS)}
      <form novalidate @submit=${this.submit}>
        <div class="field ${error ? 'has-error' : ''}">
          <label for="email">Adresse e-mail <span class="required" aria-hidden="true">*</span></label>
          ${error ? html`<span class="field-error" id="email-error">${error}</span>` : nothing}
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="username"
            aria-required="true"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'email-error' : nothing}
            .value=${this.email}
            @input=${(e: Event) => {
              this.email = (e.target as HTMLInputElement).value;
              if (this.email.trim()) this.fieldErrors = withoutError(this.fieldErrors, 'email');
            }}
          />
        </div>
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.sending}>Recevoir un lien</button>
          <a href="/connexion">Retour à la connexion</a>
        </div>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-forgot-password-page': ForgotPasswordPage;
  }
}
