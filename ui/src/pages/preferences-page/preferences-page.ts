import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiError, getPreferences, savePreferences } from '../../api/api.js';
import type { FlashAccueil, Preferences } from '../../api/types.js';
import { PageLoad } from '../../lib/page-load.js';
import { FLASH_ACCUEIL_OPTIONS } from '../../lib/signaletique.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { choiceFieldsetTemplate } from '../../components/choice-fieldset/choice-fieldset.js';

/** « Mes préférences »: how the provider receives the Flash accueil (e-mail, post, or both). */
@customElement('pro-preferences-page')
export class PreferencesPage extends LitElement {
  static override styles = [sharedStyles];

  private readonly data = new PageLoad(this, async () => {
    const prefs = await getPreferences();
    this.choice = prefs.flashAccueil;
    return prefs;
  });

  @state() private choice: FlashAccueil | null = null;
  @state() private saving = false;
  @state() private error: ApiError | null = null;
  @state() private saved = '';

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving) return;
    this.error = null;
    this.saved = '';
    if (!this.choice) {
      this.error = new ApiError(400, 'CLIENT_VALIDATION', 'Choisissez comment recevoir le Flash accueil.');
      return;
    }
    this.saving = true;
    try {
      const prefs: Preferences = await savePreferences(this.choice);
      this.data.value = prefs;
      this.saved = `Votre préférence est enregistrée : ${prefs.label?.toLowerCase() ?? ''}.`;
    } catch (error) {
      this.error = error as ApiError;
    } finally {
      this.saving = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.error ? '#prefs-error' : '#prefs-saved')?.focus();
  }

  override render() {
    return html`
      <h1>Mes préférences</h1>
      ${this.data.render(() => this.renderForm())}
    `;
  }

  private renderForm() {
    return html`
      <div id="prefs-saved" tabindex="-1" role="status" class=${this.saved ? 'alert success' : ''}>
        ${this.saved ? html`<p>${this.saved}</p>` : nothing}
      </div>
      ${
        this.error
          ? html`<div id="prefs-error" tabindex="-1" class="alert error" role="alert">
              <p>${this.error.message}</p>
            </div>`
          : nothing
      }
      <form class="card" novalidate @submit=${this.submit}>
        ${choiceFieldsetTemplate({
          legend: 'Comment souhaitez-vous recevoir le Flash accueil ?',
          hint: "Le Flash accueil est la lettre d'information de l'ONE pour les milieux d'accueil.",
          name: 'flash',
          options: FLASH_ACCUEIL_OPTIONS,
          chosen: this.choice,
          onChoose: (value) => (this.choice = value),
        })}
        <p class="actions">
          <button class="button" type="submit" ?disabled=${this.saving}>Enregistrer</button>
        </p>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-preferences-page': PreferencesPage;
  }
}
