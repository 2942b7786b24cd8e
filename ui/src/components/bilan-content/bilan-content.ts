import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Bilan } from '../../api/types.js';
import { formatDate } from '../../lib/format.js';
import { sharedStyles } from '../../styles/shared.styles.js';

/**
 * What a childminder has handed over in a bilan, read-only, as an agent reads it next to a task:
 * volet 1's categories, volet 2's objectives and the plan d'action once sent. The private working
 * documents are never part of it. Headings start at level 3, under the page's section.
 */
@customElement('pro-bilan-content')
export class BilanContent extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      h3 {
        margin: 1.25rem 0 0.5rem;
        font-size: 1.1rem;
      }
      h3:first-child {
        margin-top: 0;
      }
      h4 {
        margin: 0;
        font-size: 1rem;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      li {
        border-top: 1px solid var(--c-border);
        padding: 0.6rem 0;
      }
      .item-head {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        justify-content: space-between;
        gap: 0.25rem 1rem;
      }
      .free-text {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        margin: 0.35rem 0 0;
      }
    `,
  ];

  @property({ attribute: false }) bilan: Bilan | null = null;

  override render() {
    const bilan = this.bilan;
    if (!bilan) return nothing;
    return html`
      <h3>Volet 1 : Conditions d'autorisation</h3>
      ${
        bilan.volet1
          ? html`<ul data-testid="task-bilan-volet1">
              ${bilan.volet1.categories.map(
                (c) =>
                  html`<li>
                    <div class="item-head">
                      <h4>${c.label}</h4>
                      <span
                        class="badge ${c.rating === 'satisfaisant' ? 'success' : c.rating ? 'warning' : 'neutral'}"
                        >${c.ratingLabel ?? 'Pas d’appréciation'}</span
                      >
                    </div>
                    ${c.findings ? html`<p class="free-text">${c.findings}</p>` : nothing}
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">L'accueillant·e n'a pas encore donné accès à ce volet.</p>`
      }

      <h3>Volet 2 : Mise en œuvre du projet d'accueil</h3>
      ${
        bilan.volet2
          ? bilan.volet2.objectives.length
            ? html`<ul data-testid="task-bilan-volet2">
                ${bilan.volet2.objectives.map(
                  (o) =>
                    html`<li>
                      <div class="item-head">
                        <h4>${o.title}</h4>
                        <span class="badge neutral">${o.themeLabel}</span>
                      </div>
                      ${o.description ? html`<p class="free-text">${o.description}</p>` : nothing}
                    </li>`,
                )}
              </ul>`
            : html`<p>Aucun objectif général.</p>`
          : html`<p class="muted">L'accueillant·e n'a pas encore donné accès à ce volet.</p>`
      }

      <h3>Plan d'action</h3>
      ${
        bilan.plan
          ? bilan.plan.actions.length
            ? html`<ul data-testid="task-bilan-plan">
                ${bilan.plan.actions.map(
                  (a) =>
                    html`<li>
                      <h4>${a.objectiveTitle}</h4>
                      <p class="free-text">${a.description}</p>
                      <p class="free-text">
                        Qui ? ${a.responsible} · Pour quand ?
                        <time datetime=${a.dueDate}>${formatDate(`${a.dueDate}T12:00:00Z`)}</time>
                      </p>
                    </li>`,
                )}
              </ul>`
            : html`<p>Aucune action.</p>`
          : html`<p class="muted">Le plan d'action n'a pas encore été envoyé.</p>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-bilan-content': BilanContent;
  }
}
