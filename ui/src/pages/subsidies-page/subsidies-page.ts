import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, getSubsidies } from '../../api/api.js';
import type { Subsidies } from '../../api/types.js';
import { PAYMENT_STATUS_HINTS, formatCents, paymentBadgeClass } from '../../lib/acte.js';
import { loadErrorTemplate, loadingTemplate } from '../../lib/feedback.js';
import { formatDate } from '../../lib/format.js';
import { recordPageStyles, sharedStyles } from '../../styles/shared.styles.js';

/**
 * « Mes subsides » (seed chapter 11): the exceptional bonuses and subsidies received and to come,
 * with the bank details they are paid to.
 */
@customElement('pro-subsidies-page')
export class SubsidiesPage extends LitElement {
  static override styles = [
    sharedStyles,
    recordPageStyles,
    css`
      .payments {
        list-style: none;
        padding: 0;
      }
      .payments li {
        border-left: 4px solid var(--c-border);
        padding: 0.25rem 0 0.25rem 0.75rem;
        margin-bottom: 1rem;
      }
      .payments p {
        margin: 0.2rem 0;
      }
      .amount {
        font-size: 1.25rem;
        font-weight: 700;
      }
    `,
  ];

  @property() providerId = '';
  @state() private subsidies: Subsidies | null = null;
  @state() private loadError: ApiError | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('providerId') && this.providerId) void this.load();
  }

  private async load(): Promise<void> {
    this.loadError = null;
    try {
      this.subsidies = (await getSubsidies(this.providerId)).subsidies;
    } catch (error) {
      this.loadError = error as ApiError;
    }
  }

  override render() {
    return html`<h1>Mes subsides</h1>
      <p>
        Retrouvez ici les primes exceptionnelles et les subsides que l’ONE vous a versés ou va vous verser.
      </p>
      ${
        this.loadError
          ? loadErrorTemplate(this.loadError, () => void this.load())
          : this.subsidies
            ? this.renderPage(this.subsidies)
            : loadingTemplate()
      }`;
  }

  private renderPage(s: Subsidies) {
    return html`<section class="card" aria-labelledby="bank-heading" data-testid="subsidies-bank">
        <h2 id="bank-heading">Coordonnées bancaires</h2>
        <p>
          Pour recevoir les primes exceptionnelles et les subsides auxquels vous auriez droit, veillez à bien
          compléter la rubrique « Coordonnées bancaires » de votre
          <a href="/ma-signaletique">Signalétique</a> : l’ONE valide votre relevé d’identité bancaire avant
          tout versement.
        </p>
        ${
          s.bankDetails.status === 'approved'
            ? html`<p data-testid="bank-status-approved">
                <span class="badge success">Validées par l’ONE</span>
                Compte se terminant par <strong>…${s.bankDetails.ibanEnd}</strong>.
              </p>`
            : s.bankDetails.status === 'pending'
              ? html`<div class="alert info" data-testid="bank-status-pending">
                  <p>
                    Vos coordonnées bancaires attendent la validation de l’ONE. Les subsides seront versés dès
                    qu’elles seront validées.
                  </p>
                </div>`
              : html`<div class="alert warning" data-testid="bank-status-missing">
                  <p>
                    Aucune coordonnée bancaire validée : l’ONE ne peut rien vous verser pour le moment.
                    Complétez-les dans <a href="/ma-signaletique">Signalétique</a> et joignez votre relevé
                    d’identité bancaire.
                  </p>
                </div>`
        }
        <p class="hint">
          Une difficulté ? Le helpdesk PRO.ONE répond au 02/542.14.45, de 9 h à 16 h, ou à
          <a href="mailto:pro@one.be">pro@one.be</a>.
        </p>
      </section>
      <section class="card" aria-labelledby="payments-heading">
        <h2 id="payments-heading">Subsides</h2>
        ${
          s.payments.length
            ? html`<p data-testid="subsidies-total">
                  Total reçu : <strong>${formatCents(s.totalPaidCents)}</strong>
                </p>
                <ul class="payments">
                  ${s.payments.map(
                    (p) =>
                      html`<li data-testid="subsidy">
                        <p><strong>${p.label}</strong></p>
                        <p>
                          <span class="amount">${formatCents(p.amountCents)}</span>
                          pour ${p.places} place${p.places > 1 ? 's' : ''}
                          <span class="badge ${paymentBadgeClass(p)}">${p.statusLabel}</span>
                          ${p.overdue ? html`<span class="badge danger">En retard</span>` : nothing}
                        </p>
                        <p>
                          ${
                            p.paidOn
                              ? html`Versé le <strong>${formatDate(p.paidOn)}</strong>.`
                              : html`À verser au plus tard le ${formatDate(p.dueAt)}.`
                          }
                        </p>
                        ${p.status === 'released' ? nothing : html`<p class="hint">${PAYMENT_STATUS_HINTS[p.status]}</p>`}
                      </li>`,
                  )}
                </ul>`
            : html`<div data-testid="subsidies-empty">
                <p>Vous n’avez reçu aucun subside pour le moment, et aucun n’est prévu.</p>
                <p>
                  Le subside ACTE (125 € par place, chaque année) s’obtient en signant la charte : voir
                  <a href="/acte">Accueil en transition écologique</a>.
                </p>
              </div>`
        }
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-subsidies-page': SubsidiesPage;
  }
}
