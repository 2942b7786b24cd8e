import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { ApiError, checkPasswordReset, confirmPasswordReset } from '../../api/api.js';
import { type ErrorSummary, errorSummaryTemplate } from '../../components/error-summary/error-summary.js';
import {
  INVALID_FORM,
  formErrorsFrom,
  withoutError,
  type FieldErrors,
  type FormError,
} from '../../lib/field-errors.js';
import { loadErrorTemplate, loadingTemplate, pageTitleEvent } from '../../lib/feedback.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './new-password-page.styles.js';
import '../../components/error-summary/error-summary.js';

/** The server's rule too (`api/routes/password-reset.ts`). */
const MIN_PASSWORD_LENGTH = 12;

const FIELDS = ['password', 'confirmation'] as const;
type Field = (typeof FIELDS)[number];

const FIELD_LABELS: Record<Field, string> = {
  password: 'Nouveau mot de passe',
  confirmation: 'Confirmez le nouveau mot de passe',
};

const LINK_INVALID = 'RESET_LINK_INVALID';

type View = 'checking' | 'form' | 'invalid' | 'missing' | 'unavailable';

/**
 * « Choisir un nouveau mot de passe », opened from the link of the e-mail. The link's secret is in
 * its fragment (`#…`), which the browser never sends to a server; the page takes it, removes it
 * from the address bar and its history entry, keeps it in memory only and sends it in the body.
 */
@customElement('pro-new-password-page')
export class NewPasswordPage extends LitElement {
  static override styles = [sharedStyles, styles];

  private token = '';

  @state() private view: View = 'checking';
  @state() private loadError: ApiError | null = null;
  @state() private values: Record<Field, string> = { password: '', confirmation: '' };
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private sending = false;

  @query('pro-error-summary') private errorSummary?: ErrorSummary;

  override connectedCallback(): void {
    super.connectedCallback();
    this.token = decodeURIComponent(location.hash.slice(1)).trim();
    if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
    void this.check();
  }

  private async check(): Promise<void> {
    if (!this.token) return this.show('missing');
    this.view = 'checking';
    this.loadError = null;
    try {
      await checkPasswordReset(this.token);
      this.view = 'form';
    } catch (error) {
      if (error instanceof ApiError && error.code === LINK_INVALID) return this.show('invalid');
      this.loadError =
        error instanceof ApiError
          ? error
          : new ApiError(0, 'UNKNOWN', 'Une erreur inattendue s’est produite. Réessayez plus tard.');
      this.view = 'unavailable';
    }
  }

  /** A page that is no form: its title says so, and the focus goes to its heading. */
  private async show(view: 'invalid' | 'missing'): Promise<void> {
    this.token = '';
    this.values = { password: '', confirmation: '' };
    this.view = view;
    this.dispatchEvent(pageTitleEvent(view === 'invalid' ? 'Lien plus valable' : 'Lien incomplet'));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private setValue(field: Field, event: Event): void {
    this.values = { ...this.values, [field]: (event.target as HTMLInputElement).value };
    if (this.values[field]) this.fieldErrors = withoutError(this.fieldErrors, field);
  }

  private validate(): FieldErrors {
    const errors: FieldErrors = {};
    const { password, confirmation } = this.values;
    if (!password) errors.password = 'Ce champ est requis';
    else if (password.length < MIN_PASSWORD_LENGTH)
      errors.password = `Le mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères`;
    if (!confirmation) errors.confirmation = 'Ce champ est requis';
    else if (password && confirmation !== password)
      errors.confirmation = 'Les deux mots de passe ne sont pas identiques';
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
      this.renderRoot.querySelector<HTMLElement>(`#${FIELDS.find((f) => f in errors)!}`)?.focus();
      return;
    }
    this.formError = null;
    this.sending = true;
    try {
      const { next } = await confirmPasswordReset(this.token, this.values.password);
      this.token = '';
      this.values = { password: '', confirmation: '' };
      // Every session of the person has ended: a fresh page load, then the login.
      location.assign(next);
    } catch (error) {
      if (error instanceof ApiError && error.code === LINK_INVALID) return void this.show('invalid');
      const refused = formErrorsFrom(
        error instanceof ApiError
          ? error
          : new ApiError(0, 'UNKNOWN', 'Une erreur inattendue s’est produite. Réessayez plus tard.'),
        FIELDS,
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
    switch (this.view) {
      case 'checking':
        return html`<h1>Choisir un nouveau mot de passe</h1>
          ${loadingTemplate('Vérification du lien…')}`;
      case 'unavailable':
        return html`<h1>Choisir un nouveau mot de passe</h1>
          ${loadErrorTemplate(this.loadError!, () => void this.check())}`;
      case 'invalid':
        return this.renderNoLink(
          'Ce lien n’est plus valable',
          'Le lien pour choisir un nouveau mot de passe ne fonctionne qu’une seule fois et pendant 30 minutes. Il a déjà servi, ou il a expiré. Si vous avez déjà choisi un nouveau mot de passe avec ce lien, connectez-vous avec celui-ci.',
        );
      case 'missing':
        return this.renderNoLink(
          'Ce lien est incomplet',
          'Ouvrez le lien tel qu’il se trouve dans l’e-mail reçu. Pour votre sécurité, il ne peut pas être rouvert depuis cette page : s’il ne fonctionne plus, demandez-en un nouveau.',
        );
      case 'form':
        return this.renderForm();
    }
  }

  private renderNoLink(heading: string, message: string) {
    return html`<h1 tabindex="-1" data-testid="reset-link-invalid">${heading}</h1>
      <div class="card">
        <p>${message}</p>
        <div class="actions">
          <a class="button" href="/mot-de-passe-oublie">Demander un nouveau lien</a>
          <a href="/connexion">Retour à la connexion</a>
        </div>
      </div>`;
  }

  private passwordField(field: Field, hint?: string) {
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
        type="password"
        autocomplete="new-password"
        aria-required="true"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .value=${this.values[field]}
        @input=${(e: Event) => this.setValue(field, e)}
      />
    </div>`;
  }

  private renderForm() {
    return html`<h1>Choisir un nouveau mot de passe</h1>
      <section class="card" aria-labelledby="new-password-heading">
        <h2 id="new-password-heading">Votre nouveau mot de passe</h2>
        <p>
          Après l’enregistrement, toutes vos sessions ouvertes sont fermées et vous vous connectez avec ce
          nouveau mot de passe.
        </p>
        ${errorSummaryTemplate(this.formError, this.fieldErrors, FIELD_LABELS)}
        <form novalidate @submit=${this.submit}>
          <p class="muted">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
          ${this.passwordField(
            'password',
            `Au moins ${MIN_PASSWORD_LENGTH} caractères. Une phrase facile à retenir convient très bien.`,
          )}
          ${this.passwordField('confirmation', 'Tapez-le une seconde fois.')}
          <div class="actions">
            <button class="button" type="submit" ?disabled=${this.sending}>
              Enregistrer le nouveau mot de passe
            </button>
          </div>
        </form>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-new-password-page': NewPasswordPage;
  }
}
