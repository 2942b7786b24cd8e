import { LitElement, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { getMyCases } from '../../api/api.js';
import type { CaseSummary } from '../../api/types.js';
import { caseStatusBadge } from '../../lib/badges.js';
import { formatDate } from '../../lib/format.js';
import { PageLoad } from '../../lib/page-load.js';
import { caseStarts, caseUi } from '../../procedures.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './my-cases-page.styles.js';
import '../../components/case-details/case-details.js';
import '../../components/outcome-summary/outcome-summary.js';

/** « Mes demandes »: every request of the provider, its progress and, once closed, its outcome. */
@customElement('pro-my-cases-page')
export class MyCasesPage extends LitElement {
  static override styles = [sharedStyles, styles];

  /** The most recent first. */
  private readonly cases = new PageLoad(this, async () =>
    [...(await getMyCases()).cases].sort((a, b) => b.openedAt.localeCompare(a.openedAt)),
  );

  override render() {
    return html`
      <h1>Mes demandes</h1>
      <p>Retrouvez ici vos demandes auprès de l'ONE et où elles en sont.</p>
      ${this.cases.render((cases) => this.renderCases(cases))}
    `;
  }

  /** What ONE is waiting for; when the server says nothing, what the procedure says. */
  private renderWaitingFor(item: CaseSummary) {
    if (item.status !== 'open') return nothing;
    const waitingFor = item.waitingFor ?? caseUi(item.procedure)?.waitingFor;
    if (!waitingFor) return nothing;
    return html`<p class="next-step" data-testid="case-waiting-for">
      <span class="muted">L’ONE attend :</span> ${waitingFor}
    </p>`;
  }

  /** Where the person follows the case, when its procedure has a page for it. */
  private renderOwnPage(item: CaseSummary) {
    const own = caseUi(item.procedure)?.ownPage;
    if (!own) return nothing;
    const page = typeof own === 'function' ? own(item) : own;
    return html`<p><a href=${page.href} data-testid=${page.testId}>${page.label}</a></p>`;
  }

  private renderCases(cases: CaseSummary[]) {
    if (cases.length === 0) {
      return html`<div class="card" data-testid="no-cases">
        <p>Vous n'avez aucune demande pour le moment.</p>
        ${caseStarts.map((start) => html`<p><a href=${start.href}>${start.label}</a></p>`)}
      </div>`;
    }
    return html`<ul class="plain">
      ${cases.map(
        (item) =>
          html`<li
            class="card request"
            data-testid="case-row"
            data-case-id=${item.id}
            data-status=${item.status}
          >
            <div class="request-head">
              <h2>${item.procedureLabel}</h2>
              ${caseStatusBadge(item)}
            </div>
            <pro-case-details .caseSummary=${item}></pro-case-details>
            ${this.renderWaitingFor(item)}
            ${
              item.documents?.length
                ? html`<h3 class="documents-heading">Documents</h3>
                    <ul class="documents">
                      ${item.documents.map(
                        (doc) =>
                          html`<li>
                            <a href=${doc.url} download data-testid="case-document">${doc.label} (PDF)</a>
                          </li>`,
                      )}
                    </ul>`
                : nothing
            }
            ${this.renderOwnPage(item)}
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
