import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CaseSummary } from '../../api/types.js';
import { atRiskNotice } from '../../lib/at-risk.js';
import { atRiskBadge } from '../../lib/badges.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { caseUi } from '../../procedures.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './case-details.styles.js';

/** What a case says: whom it concerns, then its procedure's own facts, or else its summary. */
@customElement('pro-case-details')
export class CaseDetails extends LitElement {
  static override styles = [sharedStyles, styles];

  @property({ attribute: false }) caseSummary: CaseSummary | null = null;
  /** The provider's own pages leave out their name. */
  @property({ type: Boolean, attribute: 'show-provider' }) showProvider = false;
  @property({ type: Boolean, attribute: 'show-status' }) showStatus = false;
  /** Pages without the case's badges say here when the case is at risk (an ACTE subsidy late). */
  @property({ type: Boolean, attribute: 'show-at-risk' }) showAtRisk = false;

  override render() {
    const item = this.caseSummary;
    if (!item) return nothing;
    const notice = atRiskNotice(item);
    // A procedure may say what its cases are better than their summary (a report's period, reason).
    const details = caseUi(item.procedure)?.details;
    return html`<dl class="facts" data-testid="case-details">
      ${
        this.showProvider
          ? html`<dt>${item.provider ? 'Accueillant·e' : 'Personne concernée'}</dt>
              <dd data-testid="case-provider">${item.concerns.displayName}</dd>
              ${
                item.provider
                  ? html`<dt>Sous-région</dt>
                      <dd>${item.provider.subregion.name}</dd>`
                  : nothing
              }`
          : nothing
      }
      ${
        details
          ? details(item)
          : html`<dt>Procédure</dt>
              <dd>${item.procedureLabel}</dd>
              <dt>Ouvert le</dt>
              <dd><time datetime=${item.openedAt}>${formatDateTime(item.openedAt)}</time></dd>
              <dt>En bref</dt>
              <dd data-testid="case-summary">${item.summary}</dd>`
      }
      ${
        this.showStatus
          ? html`<dt>État</dt>
              <dd data-testid="case-status">${item.statusLabel}</dd>`
          : nothing
      }
      ${
        this.showAtRisk && notice
          ? html`<dt>Alerte</dt>
              <dd>${atRiskBadge(notice, 'case-at-risk')}</dd>`
          : nothing
      }
      ${
        this.showStatus && item.closedAt
          ? html`<dt>Clôturé le</dt>
              <dd><time datetime=${item.closedAt}>${formatDate(item.closedAt)}</time></dd>`
          : nothing
      }
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-case-details': CaseDetails;
  }
}
