import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AuditEntry } from '../../api/types.js';
import { formatDateTime } from '../../lib/format.js';
import { sharedStyles } from '../../styles/shared.styles.js';

/**
 * The audit trail as a table: when, who (name and role), what (consultation, modification, accès
 * refusé), which data, how they had logged in. Newest first, as the server sends it.
 */
@customElement('pro-audit-list')
export class AuditList extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .table-wrap {
        overflow-x: auto;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 0.95rem;
      }
      caption {
        text-align: left;
        font-weight: 600;
        padding-bottom: 0.5rem;
      }
      th,
      td {
        text-align: left;
        vertical-align: top;
        padding: 0.5rem 0.6rem;
        border-bottom: 1px solid var(--c-border);
      }
      th {
        background: var(--c-surface);
      }
      .badge {
        white-space: nowrap;
      }
    `,
  ];

  @property({ attribute: false }) events: AuditEntry[] = [];
  @property() caption = 'Consultations et modifications';
  @property({ attribute: 'empty-message' }) emptyMessage = 'Aucune consultation enregistrée.';

  override render() {
    if (this.events.length === 0) return html`<p data-testid="audit-empty">${this.emptyMessage}</p>`;
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${this.caption}>
      <table data-testid="audit-table">
        <caption>
          ${this.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Qui</th>
            <th scope="col">Quoi</th>
            <th scope="col">Connexion</th>
          </tr>
        </thead>
        <tbody>
          ${this.events.map(
            (e) =>
              html`<tr data-testid="audit-row" data-action=${e.action}>
                <td>${formatDateTime(e.at)}</td>
                <td>
                  <span data-testid="audit-actor">${e.actor.name}</span>
                  ${
                    e.actor.roleLabels.length
                      ? html`<br /><span class="muted">${e.actor.roleLabels.join(', ')}</span>`
                      : nothing
                  }
                </td>
                <td>
                  <span
                    class=${`badge ${e.action === 'denied' ? 'danger' : e.action === 'change' ? 'warning' : 'info'}`}
                    >${e.actionLabel}</span
                  >
                  <p>${e.description}</p>
                  ${e.reason ? html`<p class="muted">Motif : ${e.reason}</p>` : nothing}
                </td>
                <td>${e.loginMethodLabel ?? '—'}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-audit-list': AuditList;
  }
}
