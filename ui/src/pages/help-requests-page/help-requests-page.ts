import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { CaseSummary } from '../../api/types.js';
import { formatDate } from '../../lib/format.js';
import { PageLoad } from '../../lib/page-load.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { getMyHelpdeskRequests } from '../help-shared/helpdesk-api.js';

/** « Mes demandes d’aide »: every request the person sent to the helpdesk, and where it stands. */
@customElement('pro-help-requests-page')
export class HelpRequestsPage extends LitElement {
  static override styles = [sharedStyles];

  private readonly cases = new PageLoad<CaseSummary[]>(
    this,
    async () => (await getMyHelpdeskRequests()).cases,
  );

  override render() {
    return html`
      <h1 tabindex="-1">Mes demandes d’aide</h1>
      <p>Vos demandes au helpdesk PRO.ONE, ses réponses et ce qu’il attend de vous.</p>
      ${this.cases.render((cases) =>
        cases.length === 0
          ? html`<div class="card" data-testid="no-help-requests">
              <p>Vous n’avez envoyé aucune demande au helpdesk.</p>
              <p><a href="/aide">Écrire au helpdesk</a></p>
            </div>`
          : html`<ul class="plain">
              ${cases.map(
                (item) =>
                  html`<li class="card" data-testid="help-request-row" data-case-id=${item.id}>
                    <h2><a href="/aide/demandes/${item.id}">${item.summary}</a></h2>
                    <p>
                      ${item.statusLabel} · envoyée le
                      <time datetime=${item.openedAt}>${formatDate(item.openedAt)}</time>
                    </p>
                    ${
                      item.status === 'open' && item.waitingFor
                        ? html`<p><span class="muted">L’ONE attend :</span> ${item.waitingFor}</p>`
                        : ''
                    }
                  </li>`,
              )}
            </ul>`,
      )}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-help-requests-page': HelpRequestsPage;
  }
}
