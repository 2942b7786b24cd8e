import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiError, getMyCases } from '../../api/api.js';
import type { CaseSummary } from '../../api/types.js';
import { loadErrorTemplate, loadingTemplate } from '../../lib/feedback.js';
import { formatDate } from '../../lib/format.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './my-cases-page.styles.js';
import '../../components/case-details/case-details.js';
import '../../components/outcome-summary/outcome-summary.js';

/** « Mes demandes »: every request of the provider, its progress and, once closed, its outcome. */
@customElement('pro-my-cases-page')
export class MyCasesPage extends LitElement {
  static override styles = [sharedStyles, styles];

  @state() private cases: CaseSummary[] | null = null;
  @state() private loadError: ApiError | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.loadError = null;
    try {
      const { cases } = await getMyCases();
      this.cases = [...cases].sort((a, b) => b.openedAt.localeCompare(a.openedAt));
    } catch (error) {
      this.loadError = error as ApiError;
    }
  }

  override render() {
    return html`
      <h1>Mes demandes</h1>
      <p>Retrouvez ici vos demandes auprès de l'ONE et où elles en sont.</p>
      ${this.renderCases()}
    `;
  }

  private renderCases() {
    if (this.loadError) return loadErrorTemplate(this.loadError, () => void this.load());
    if (!this.cases) return loadingTemplate();
    if (this.cases.length === 0) {
      return html`<div class="card" data-testid="no-cases">
        <p>Vous n'avez aucune demande pour le moment.</p>
        <p><a href="/signalement">Signaler un risque de cessation d'activité</a></p>
      </div>`;
    }
    return html`<ul class="plain">
      ${this.cases.map(
        (item) =>
          html`<li
            class="card request"
            data-testid="case-row"
            data-case-id=${item.id}
            data-status=${item.status}
          >
            <div class="request-head">
              <h2>${item.procedureLabel}</h2>
              <span class="badge ${item.status === 'open' ? 'info' : 'neutral'}" data-testid="case-status"
                >${item.statusLabel}</span
              >
            </div>
            <pro-case-details .caseSummary=${item}></pro-case-details>
            ${
              item.status === 'open'
                ? html`<p class="next-step">
                    La cellule de veille de l'ONE va prendre contact avec vous pour analyser votre situation.
                  </p>`
                : nothing
            }
            ${
              item.status === 'closed'
                ? html`<div class="result">
                    <h3>
                      Résultat${item.closedAt ? html` <span class="muted">(le ${formatDate(item.closedAt)})</span>` : nothing}
                    </h3>
                    ${
                      item.outcome
                        ? html`<pro-outcome-summary .outcome=${item.outcome}></pro-outcome-summary>`
                        : html`<p>${item.statusLabel}</p>`
                    }
                  </div>`
                : nothing
            }
          </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-my-cases-page': MyCasesPage;
  }
}
