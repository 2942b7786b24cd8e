import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { getBilans } from '../../api/api.js';
import type { BilanSummary } from '../../api/types.js';
import { bilanNextStep, bilanStageBadge } from '../../lib/bilan.js';
import { formatDate } from '../../lib/format.js';
import { PageLoad } from '../../lib/page-load.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tableStyles } from '../../styles/table.styles.js';

/** « Mes bilans » (chapter 9 of the PRO.ONE guide): the table of the provider's bilans. */
@customElement('pro-bilans-page')
export class BilansPage extends LitElement {
  static override styles = [
    sharedStyles,
    tableStyles,
    css`
      .next {
        margin: 0.25rem 0 0;
        font-size: 0.95rem;
      }
    `,
  ];

  private readonly bilans = new PageLoad(this, async () => (await getBilans()).bilans);

  override render() {
    return html`
      <h1>Mes bilans</h1>
      <p>
        Le bilan de fonctionnement est un dispositif obligatoire (article 75 de l'arrêté du 2 mai 2019 dit «
        Autorisation et subventions ») : une auto-évaluation de tous les aspects de votre accueil, suivie d'un
        plan d'action.
      </p>
      <p>
        <a class="button secondary" href="/mes-bilans/documentation" data-testid="bilan-documentation-link"
          >Accéder à la documentation</a
        >
      </p>
      ${this.bilans.render((bilans) => this.renderTable(bilans))}
    `;
  }

  private renderTable(bilans: BilanSummary[]) {
    if (bilans.length === 0) {
      return html`<div class="card" data-testid="no-bilans">
        <p>Vous n'avez aucun bilan de fonctionnement pour le moment.</p>
      </div>`;
    }
    return html`<div class="table-wrap">
      <table data-testid="bilans-table">
        <caption>
          Vos bilans de fonctionnement
        </caption>
        <thead>
          <tr>
            <th scope="col">Bilan</th>
            <th scope="col">Statut</th>
            <th scope="col">Date de début de l'auto-évaluation</th>
            <th scope="col">Date limite d'envoi du plan d'action</th>
          </tr>
        </thead>
        <tbody>
          ${bilans.map(
            (bilan) =>
              html`<tr data-testid="bilan-row" data-bilan-id=${bilan.id}>
                <th scope="row">
                  <a href="/mes-bilans/${encodeURIComponent(bilan.id)}">${bilan.campaign.title}</a>
                  <p class="next muted">${bilanNextStep(bilan, formatDate)}</p>
                </th>
                <td>${bilanStageBadge(bilan)}</td>
                <td><time datetime=${bilan.startsAt}>${formatDate(bilan.startsAt)}</time></td>
                <td>
                  <time datetime=${bilan.deadline}>${formatDate(bilan.deadline)}</time>
                  ${bilan.deadlineExtended ? html`<br /><span class="muted">(délai prolongé)</span>` : ''}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-bilans-page': BilansPage;
  }
}
