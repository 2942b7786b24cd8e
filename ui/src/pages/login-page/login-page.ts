import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ApiError, STRONG_LOGIN_URL, loginWithPassword } from '../../api/api.js';
import type { SessionUser } from '../../api/types.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './login-page.styles.js';

/** What a return from the strong login (`?erreur=…`) or a conversion (`?info=…`) means. */
const ERRORS: Record<string, string> = {
  inconnu:
    "Votre identité a bien été vérifiée, mais aucun compte PRO.ONE n'est lié à votre numéro de registre national. " +
    "Si vous utilisiez jusqu'ici un mot de passe, connectez-vous avec celui-ci puis convertissez votre utilisateur " +
    '(« Gestion de mon utilisateur »). Sinon, contactez le helpdesk PRO.ONE au 02/542.14.45 (de 9 h à 16 h) ou à pro@one.be.',
  echec: "La connexion forte n'a pas abouti ou a été annulée. Veuillez réessayer.",
  indisponible:
    'La connexion forte est momentanément indisponible. Réessayez dans quelques instants ou, si votre compte utilise encore un mot de passe, connectez-vous avec celui-ci.',
};
const INFOS: Record<string, string> = {
  converti:
    'Votre utilisateur a été converti. Connectez-vous désormais avec votre carte eID, itsme ou vos clés numériques BOSA.',
  'mot-de-passe-modifie': 'Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.',
};

/** « Connexion »: the strong login through CSAM first, the old password login for unconverted accounts. */
@customElement('pro-login-page')
export class LoginPage extends LitElement {
  /** Where the person wanted to go (a link from an e-mail): the strong login comes back there. */
  @property({ attribute: false }) returnPath: string | null = null;

  private strongLoginHref(): string {
    return this.returnPath
      ? `${STRONG_LOGIN_URL}?retour=${encodeURIComponent(this.returnPath)}`
      : STRONG_LOGIN_URL;
  }

  static override styles = [sharedStyles, styles];

  /** Who is signed in already, if anyone (signing in again replaces the session). */
  @property({ attribute: false }) user: SessionUser | null = null;

  @state() private email = '';
  @state() private password = '';
  @state() private sending = false;
  @state() private passwordError: string | null = null;

  @query('#password-error') private passwordErrorBox?: HTMLElement;

  private readonly params = new URLSearchParams(location.search);

  private async submitPassword(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    if (!this.email.trim() || !this.password) {
      this.passwordError = 'Indiquez votre adresse e-mail et votre mot de passe.';
      await this.updateComplete;
      this.passwordErrorBox?.focus();
      return;
    }
    this.sending = true;
    this.passwordError = null;
    try {
      const { user } = await loginWithPassword(this.email.trim(), this.password);
      this.password = '';
      this.dispatchEvent(
        new CustomEvent('pro-session-opened', { detail: { user }, bubbles: true, composed: true }),
      );
    } catch (error) {
      this.passwordError =
        error instanceof ApiError
          ? error.message
          : 'Une erreur inattendue s’est produite. Réessayez plus tard.';
      this.password = '';
      await this.updateComplete;
      this.passwordErrorBox?.focus();
    } finally {
      this.sending = false;
    }
  }

  override render() {
    const error = ERRORS[this.params.get('erreur') ?? ''];
    const info = INFOS[this.params.get('info') ?? ''];
    return html`
      <h1>Connexion à PRO.ONE</h1>
      ${
        error
          ? html`<div class="alert error" role="alert" data-testid="login-error"><p>${error}</p></div>`
          : nothing
      }
      ${info ? html`<div class="alert success" role="status" data-testid="login-info"><p>${info}</p></div>` : nothing}
      ${
        this.user
          ? html`<p>
              Vous êtes actuellement connecté·e en tant que <strong>${this.user.displayName}</strong>.
            </p>`
          : nothing
      }
      <div class="ways">
        <section class="way card strong" aria-labelledby="strong-heading">
          <h2 id="strong-heading">Connexion forte</h2>
          <p>
            L'ONE recommande fortement la connexion forte : elle garantit un accès sécurisé à vos données,
            dans le respect du RGPD.
          </p>
          <a class="button" href=${this.strongLoginHref()} data-testid="strong-login">
            Connexion avec eID / itsme / clés BOSA
          </a>
          <ul>
            <li>avec votre carte d'identité électronique (eID), un lecteur de carte et votre code PIN ;</li>
            <li>avec l'application itsme, approuvée par code PIN ou par biométrie ;</li>
            <li>
              sans numéro de registre national belge : avec vos clés numériques BOSA (mot de passe et code de
              sécurité envoyé par e-mail).
            </li>
          </ul>
        </section>

        <section class="way card" aria-labelledby="password-heading">
          <h2 id="password-heading">Connexion avec mot de passe</h2>
          <p class="muted">
            Uniquement pour les utilisateurs pas encore convertis à la connexion forte. Après connexion,
            convertissez votre utilisateur dans « Gestion de mon utilisateur ».
          </p>
          ${
            this.passwordError
              ? html`<div
                  id="password-error"
                  class="alert error"
                  role="alert"
                  tabindex="-1"
                  data-testid="form-error"
                >
                  <p>${this.passwordError}</p>
                </div>`
              : nothing
          }
          <form novalidate @submit=${this.submitPassword}>
            <div class="field">
              <label for="email">Adresse e-mail</label>
              <input
                id="email"
                name="email"
                type="email"
                autocomplete="username"
                .value=${this.email}
                @input=${(e: Event) => (this.email = (e.target as HTMLInputElement).value)}
              />
            </div>
            <div class="field">
              <label for="password">Mot de passe</label>
              <input
                id="password"
                name="password"
                type="password"
                autocomplete="current-password"
                .value=${this.password}
                @input=${(e: Event) => (this.password = (e.target as HTMLInputElement).value)}
              />
            </div>
            <button class="button secondary" type="submit" ?disabled=${this.sending}>Se connecter</button>
          </form>
          <p class="forgot"><a href="/mot-de-passe-oublie">Mot de passe oublié ?</a></p>
        </section>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-login-page': LoginPage;
  }
}
