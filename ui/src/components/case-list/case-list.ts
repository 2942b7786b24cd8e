import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CaseSummary } from '../../api/types.js';
import { formatDate } from '../../lib/format.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './case-list.styles.js';

/** The supervisor's list of cases; each row leads to the case's history. */
@customElement('pro-case-list')
export class CaseList extends LitElement {
  static override styles = [sharedStyles, styles];

  @property({ attribute: false }) cases: CaseSummary[] = [];

  override render() {
    if (this.cases.length === 0) {
      return html`<p class="empty" data-testid="no-cases">Aucun dossier ne correspond à ces filtres.</p>`;
    }
    return html`<ul class="plain cases">
      ${this.cases.map(
        (item) =>
          html`<li
            class="case ${item.overdue ? 'overdue' : ''}"
            data-testid="case-row"
            data-case-id=${item.id}
            data-status=${item.status}
          >
            <div class="who">
              <h3><a href="/dossiers/${encodeURIComponent(item.id)}">${item.provider.displayName}</a></h3>
              <p class="muted">${item.provider.subregion.name}</p>
            </div>
            <p class="procedure">${item.procedureLabel}</p>
            <dl class="meta">
              <div>
                <dt>Statut</dt>
                <dd>
                  <span class="badge ${item.status === 'open' ? 'info' : 'neutral'}" data-testid="case-status"
                    >${item.statusLabel}</span
                  >
                  ${item.overdue ? html`<span class="badge danger" data-testid="badge-overdue">En retard</span>` : nothing}
                </dd>
              </div>
              <div>
                <dt>Ouvert le</dt>
                <dd><time datetime=${item.openedAt}>${formatDate(item.openedAt)}</time></dd>
              </div>
            </dl>
          </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-case-list': CaseList;
  }
}
