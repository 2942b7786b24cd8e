import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, getDemoAccounts, openSession } from '../../api/api.js';
import type { DemoAccount, SessionUser } from '../../api/types.js';
import { PageLoad } from '../../lib/page-load.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './login-page.styles.js';

/** « Connexion de démonstration »: pick one of the demo accounts. */
@customElement('pro-login-page')
export class LoginPage extends LitElement {
  static override styles = [sharedStyles, styles];

  /** Who is signed in already, if anyone (signing in again replaces the session). */
  @property({ attribute: false }) user: SessionUser | null = null;

  private readonly accounts = new PageLoad(this, async () => (await getDemoAccounts()).accounts);
  @state() private signingInAs: string | null = null;
  @state() private signInError: ApiError | null = null;

  private async signIn(account: DemoAccount): Promise<void> {
    if (this.signingInAs) return;
    this.signingInAs = account.id;
    this.signInError = null;
    try {
      const { user } = await openSession(account.id);
      this.dispatchEvent(
        new CustomEvent('pro-session-opened', { detail: { user }, bubbles: true, composed: true }),
      );
    } catch (error) {
      this.signInError = error as ApiError;
    } finally {
      this.signingInAs = null;
    }
  }

  override render() {
    return html`
      <h1>Connexion de démonstration</h1>
      <div class="alert info">
        <p>
          Sur le portail réel, la connexion se fait de manière sécurisée via CSAM : carte d'identité
          électronique (eID), itsme ou clés numériques BOSA. Pour cette démonstration, choisissez simplement
          la personne avec laquelle vous souhaitez vous connecter.
        </p>
      </div>
      ${
        this.user
          ? html`<p>
              Vous êtes actuellement connecté·e en tant que <strong>${this.user.displayName}</strong>.
            </p>`
          : nothing
      }
      ${
        this.signInError
          ? html`<div class="alert error" role="alert" data-testid="form-error">
              <p>${this.signInError.message}</p>
            </div>`
          : nothing
      }
      ${this.accounts.render((accounts) => this.renderAccounts(accounts), 'Chargement des comptes…')}
    `;
  }

  private renderAccounts(accounts: DemoAccount[]) {
    if (accounts.length === 0) return html`<p>Aucun compte de démonstration n'est disponible.</p>`;
    return html`<ul class="plain accounts">
      ${accounts.map((account) => {
        const nameId = `account-${account.id}`;
        return html`<li class="account card" data-testid="demo-account" data-user-id=${account.id}>
          <h2 id=${nameId}>${account.displayName}</h2>
          <p class="roles">${account.roleLabels.join(', ')}</p>
          ${account.subregion ? html`<p class="muted">Sous-région : ${account.subregion.name}</p>` : nothing}
          <button
            class="button"
            type="button"
            aria-describedby=${nameId}
            ?disabled=${this.signingInAs !== null}
            @click=${() => this.signIn(account)}
          >
            Se connecter
          </button>
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-login-page': LoginPage;
  }
}
