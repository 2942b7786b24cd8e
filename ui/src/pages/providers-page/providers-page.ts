import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { getProviders } from '../../api/api.js';
import type { ProviderRef } from '../../api/types.js';
import { PageLoad } from '../../lib/page-load.js';
import { sharedStyles } from '../../styles/shared.styles.js';

/** The providers in the agent's portfolio or subregion (all of them for central roles). */
@customElement('pro-providers-page')
export class ProvidersPage extends LitElement {
  static override styles = [sharedStyles];

  private readonly providers = new PageLoad(this, async () => (await getProviders()).providers);

  override render() {
    return html`
      <h1>Accueillant·e·s</h1>
      <p>Les accueillant·e·s de votre périmètre. Chaque consultation de leur signalétique est enregistrée.</p>
      ${this.providers.render((providers) => this.renderList(providers))}
    `;
  }

  private renderList(providers: ProviderRef[]) {
    if (providers.length === 0) return html`<p>Aucun·e accueillant·e dans votre périmètre.</p>`;
    return html`<ul class="plain">
      ${providers.map(
        (p) =>
          html`<li class="card" data-testid="provider-row">
            <h2>${p.displayName}</h2>
            <p class="muted">${p.subregion.name}</p>
            <p>
              <a
                href=${`/accueillants/${encodeURIComponent(p.id)}/signaletique`}
                aria-label=${`Voir la signalétique de ${p.displayName}`}
                >Voir la signalétique</a
              >
            </p>
          </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-providers-page': ProvidersPage;
  }
}
