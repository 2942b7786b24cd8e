import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { ApiError, convertMyUser, getSession } from '../../api/api.js';
import type { ConversionInput } from '../../api/types.js';
import { type ErrorSummary, errorSummaryTemplate } from '../../components/error-summary/error-summary.js';
import {
  INVALID_FORM,
  formErrorsFrom,
  withoutError,
  type FieldErrors,
  type FormError,
} from '../../lib/field-errors.js';
import { PageLoad } from '../../lib/page-load.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './my-user-page.styles.js';
import '../../components/error-summary/error-summary.js';

const FIELDS = ['firstName', 'lastName', 'email', 'niss', 'consent'] as const;
type Field = (typeof FIELDS)[number];

const FIELD_LABELS: Record<Field, string> = {
  firstName: 'Prénom',
  lastName: 'Nom',
  email: 'Adresse e-mail',
  niss: 'Numéro de registre national',
  consent: 'Accord',
};

/**
 * « Gestion de mon utilisateur → Convertir mon utilisateur »: a password account moves to the strong
 * login. The national register number lives only in this form's memory: never in the address,
 * never in browser storage, not remembered by the browser (autocomplete="off").
 */
@customElement('pro-my-user-page')
export class MyUserPage extends LitElement {
  static override styles = [sharedStyles, styles];

  private readonly account = new PageLoad(this, async () => (await getSession()).account);

  @state() private values: Omit<ConversionInput, 'consent'> = {
    firstName: '',
    lastName: '',
    email: '',
    niss: '',
  };
  @state() private consent = false;
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private sending = false;

  @query('pro-error-summary') private errorSummary?: ErrorSummary;

  private setValue(field: Exclude<Field, 'consent'>, event: Event): void {
    this.values = { ...this.values, [field]: (event.target as HTMLInputElement).value };
    if (this.values[field].trim()) this.fieldErrors = withoutError(this.fieldErrors, field);
  }

  private validate(): FieldErrors {
    const errors: FieldErrors = {};
    for (const field of ['firstName', 'lastName', 'email', 'niss'] as const)
      if (!this.values[field].trim()) errors[field] = 'Ce champ est requis';
    if (!errors.niss && !/^\d{11}$/.test(this.values.niss.replace(/[\s.-]/g, '')))
      errors.niss = 'Numéro de registre national invalide';
    if (!this.consent) errors.consent = 'Vous devez donner votre accord';
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
      this.focusField(FIELDS.find((f) => f in errors)!);
      return;
    }
    this.formError = null;
    this.sending = true;
    try {
      await convertMyUser({
        firstName: this.values.firstName.trim(),
        lastName: this.values.lastName.trim(),
        email: this.values.email.trim(),
        niss: this.values.niss.trim(),
        consent: true,
      });
      this.values = { firstName: '', lastName: '', email: '', niss: '' };
      // Every session has ended: the next login is the strong one.
      location.assign('/connexion?info=converti');
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

  private focusField(field: Field): void {
    this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  override render() {
    return html`
      <h1>Gestion de mon utilisateur</h1>
      ${this.account.render(
        (account) =>
          account.loginMethod === 'strong'
            ? html`<div class="alert success" role="status" data-testid="already-strong">
                <p>
                  Votre compte utilise déjà la connexion forte (eID, itsme ou clés BOSA). Vous n'avez rien à
                  faire.
                </p>
              </div>`
            : this.renderConversion(),
        'Chargement…',
      )}
    `;
  }

  private textField(field: Exclude<Field, 'consent'>, type: string, autocomplete: string, hint?: string) {
    const error = this.fieldErrors[field];
    const describedBy = [hint ? `${field}-hint` : '', error ? `${field}-error` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for=${field}>${FIELD_LABELS[field]} <span class="required" aria-hidden="true">*</span></label>
      ${hint ? html`<span class="hint" id="${field}-hint">${hint}</span>` : nothing}
      ${error ? html`<span class="field-error" id="${field}-error">${error}</span>` : nothing}
      <input
        id=${field}
        name=${field}
        type=${type}
        autocomplete=${autocomplete}
        inputmode=${field === 'niss' ? 'numeric' : 'text'}
        aria-required="true"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .value=${this.values[field]}
        @input=${(e: Event) => this.setValue(field, e)}
      />
    </div>`;
  }

  private renderConversion() {
    const consentError = this.fieldErrors.consent;
    return html`<section class="card" aria-labelledby="conversion-heading">
      <h2 id="conversion-heading">Convertir mon utilisateur</h2>
      <p>
        Vous vous connectez aujourd'hui avec une adresse e-mail et un mot de passe. En convertissant votre
        utilisateur, vous vous connecterez désormais avec la connexion forte, via CSAM : elle garantit un
        accès sécurisé à vos données dans le respect du RGPD, et chaque consultation ou modification de vos
        données est enregistrée à votre nom.
      </p>
      <ul class="ways">
        <li>
          <strong>Carte d'identité (eID)</strong> : un lecteur de carte eID et son logiciel, votre carte et
          son code PIN.
        </li>
        <li>
          <strong>itsme</strong> : l'application itsme sur votre téléphone, approuvée par code PIN ou par
          biométrie.
        </li>
        <li>
          <strong>Clés numériques BOSA</strong> : si vous n'avez pas de numéro de registre national belge, un
          mot de passe et un code de sécurité envoyé par e-mail.
        </li>
      </ul>
      <p>
        Après la conversion, votre mot de passe ne fonctionnera plus et vous serez invité·e à vous connecter
        avec eID, itsme ou vos clés BOSA. Besoin d'aide ? Helpdesk PRO.ONE : 02/542.14.45 (de 9 h à 16 h) ou
        pro@one.be.
      </p>
      ${errorSummaryTemplate(this.formError, this.fieldErrors, FIELD_LABELS)}
      <form novalidate @submit=${this.submit}>
        <p class="muted">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
        ${this.textField('firstName', 'text', 'given-name')}
        ${this.textField('lastName', 'text', 'family-name')} ${this.textField('email', 'email', 'email')}
        ${this.textField(
          'niss',
          'text',
          'off',
          "11 chiffres, au dos de votre carte d'identité (par exemple 85.07.30-033.28). Il n'est jamais publié.",
        )}
        <div class="field ${consentError ? 'has-error' : ''}">
          ${consentError ? html`<span class="field-error" id="consent-error">${consentError}</span>` : nothing}
          <div class="choice">
            <input
              id="consent"
              name="consent"
              type="checkbox"
              aria-invalid=${consentError ? 'true' : 'false'}
              aria-describedby=${consentError ? 'consent-error' : nothing}
              .checked=${this.consent}
              @change=${(e: Event) => {
                this.consent = (e.target as HTMLInputElement).checked;
                if (this.consent) this.fieldErrors = withoutError(this.fieldErrors, 'consent');
              }}
            />
            <label for="consent"
              >J'accepte que mon utilisateur soit converti à la connexion forte et que mon numéro de registre
              national serve à m'identifier lors de mes connexions.
              <span class="required" aria-hidden="true">*</span></label
            >
          </div>
        </div>
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.sending}>Convertir mon utilisateur</button>
        </div>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-my-user-page': MyUserPage;
  }
}
