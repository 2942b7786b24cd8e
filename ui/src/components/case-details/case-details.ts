import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CaseSummary } from '../../api/types.js';
import { atRiskNotice } from '../../lib/at-risk.js';
import { atRiskBadge } from '../../lib/badges.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './case-details.styles.js';

/** What a case says: for a cessation-risk report who, when, which period, which reason; else its summary. */
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
    return html`<dl class="facts" data-testid="case-details">
      ${
        this.showProvider
          ? html`<dt>Accueillant·e</dt>
              <dd data-testid="case-provider">${item.provider.displayName}</dd>
              <dt>Sous-région</dt>
              <dd>${item.provider.subregion.name}</dd>`
          : nothing
      }
      ${
        item.details
          ? html`<dt>Date du signalement</dt>
              <dd><time datetime=${item.openedAt}>${formatDateTime(item.openedAt)}</time></dd>
              <dt>Période de risque</dt>
              <dd data-testid="case-period">${item.details.periodLabel}</dd>
              <dt>Motif</dt>
              <dd data-testid="case-reason">${item.details.reasonLabel}</dd>
              ${
                item.details.reasonOther
                  ? html`<dt>Précision du motif</dt>
                      <dd class="free-text" data-testid="case-reason-other">${item.details.reasonOther}</dd>`
                  : nothing
              }`
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
