import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiError, getMailPreferences, saveMailPreferences } from '../../api/api.js';
import type { MailFrequency, MailPreferences } from '../../api/types.js';
import { PageLoad } from '../../lib/page-load.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { choiceFieldsetTemplate } from '../../components/choice-fieldset/choice-fieldset.js';

/**
 * « Mes préférences » of an agent or of the coordination: an e-mail for each new or overdue task
 * of their scope, or one digest each working day.
 */
@customElement('pro-agent-preferences-page')
export class AgentPreferencesPage extends LitElement {
  static override styles = [sharedStyles];

  private readonly data = new PageLoad(this, async () => {
    const prefs = await getMailPreferences();
    this.choice = prefs.frequency;
    return prefs;
  });

  @state() private choice: MailFrequency | null = null;
  @state() private saving = false;
  @state() private error: ApiError | null = null;
  @state() private saved = '';

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving || !this.choice) return;
    this.error = null;
    this.saved = '';
    this.saving = true;
    try {
      const prefs: MailPreferences = await saveMailPreferences(this.choice);
      this.data.value = prefs;
      this.saved =
        prefs.frequency === 'daily'
          ? `C’est enregistré : vous recevrez un résumé chaque jour ouvrable vers ${prefs.digestTime}.`
          : 'C’est enregistré : vous recevrez un e-mail pour chaque nouvelle tâche ou tâche en retard.';
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
      ${this.data.render((prefs) => this.renderForm(prefs))}
    `;
  }

  private renderForm(prefs: MailPreferences) {
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
          legend: 'Quand souhaitez-vous être averti·e de vos tâches par e-mail ?',
          hint: `Une tâche qui vous est confiée personnellement et les alertes de la coordination vous sont toujours envoyées tout de suite. Le résumé part chaque jour ouvrable vers ${prefs.digestTime}.`,
          name: 'frequency',
          options: prefs.options,
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
    'pro-agent-preferences-page': AgentPreferencesPage;
  }
}
