import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Outcome } from '../../api/types.js';
import { formatAmount } from '../../lib/format.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './outcome-summary.styles.js';

/** The decision taken on a case: « Soutien financier accordé : 1 500 € », and the comment if any. */
@customElement('pro-outcome-summary')
export class OutcomeSummary extends LitElement {
  static override styles = [sharedStyles, styles];

  @property({ attribute: false }) outcome: Outcome | null = null;

  override render() {
    const { outcome } = this;
    if (!outcome) return nothing;
    const amount = outcome.amountEur !== null ? ` : ${formatAmount(outcome.amountEur)}` : '';
    return html`<div class="outcome" data-testid="outcome" data-decision=${outcome.decision}>
      <p class="decision">${outcome.decisionLabel}${amount}</p>
      ${outcome.comment ? html`<p class="comment"><span class="label">Commentaire :</span> ${outcome.comment}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-outcome-summary': OutcomeSummary;
  }
}
