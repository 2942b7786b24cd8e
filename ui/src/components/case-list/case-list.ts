import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CaseSummary } from '../../api/types.js';
import { caseBadges } from '../../lib/badges.js';
import { formatDate } from '../../lib/format.js';
import { caseUi } from '../../procedures.js';
import { recordListStyles, sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './case-list.styles.js';

/** The supervisor's list of cases, those at risk or late marked in words; each row leads to the case's history. */
@customElement('pro-case-list')
export class CaseList extends LitElement {
  static override styles = [sharedStyles, recordListStyles, styles];

  @property({ attribute: false }) cases: CaseSummary[] = [];

  override render() {
    if (this.cases.length === 0) {
      return html`<p class="empty" data-testid="no-cases">Aucun dossier ne correspond à ces filtres.</p>`;
    }
    return html`<ul class="plain rows">
      ${this.cases.map(
        (item) =>
          html`<li
            class="row ${item.atRisk ? 'at-risk' : ''} ${item.overdue ? 'overdue' : ''}"
            data-testid="case-row"
            data-case-id=${item.id}
            data-status=${item.status}
          >
            <div class="who">
              <h3><a href="/dossiers/${encodeURIComponent(item.id)}">${item.concerns.displayName}</a></h3>
              <p class="muted">${item.concerns.detail ?? ''}</p>
            </div>
            <div class="procedure">
              <p>${item.procedureLabel}</p>
              ${
                // Cases whose details say more than the summary (a report) show it on their page only.
                caseUi(item.procedure)?.details
                  ? nothing
                  : html`<p class="muted" data-testid="case-summary">${item.summary}</p>`
              }
            </div>
            <dl class="meta">
              <div>
                <dt>Statut</dt>
                <dd>${caseBadges(item)}</dd>
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
