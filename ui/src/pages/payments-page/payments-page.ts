import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiError, getPayments, releasePaymentBatch } from '../../api/api.js';
import type { PaymentBatch, PaymentRow, Payments } from '../../api/types.js';
import { formatCents } from '../../lib/acte.js';
import { loadErrorTemplate, loadingTemplate } from '../../lib/feedback.js';
import { countLabel, formatDate, formatDateTime } from '../../lib/format.js';
import { newIdempotencyKey } from '../../lib/idempotency.js';
import { recordPageStyles, sharedStyles } from '../../styles/shared.styles.js';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());

/**
 * « Paiements », for the agents subsides: the subsidies ready to pay (validated bank details),
 * those still waiting for them, and the release of a batch — one SEPA credit transfer file for
 * the bank, built once however often the button is pressed.
 */
@customElement('pro-payments-page')
export class PaymentsPage extends LitElement {
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
        margin-bottom: 0.75rem;
      }
      .payments p {
        margin: 0.15rem 0;
      }
      #released:focus,
      #release-error:focus {
        outline: 3px solid var(--c-focus);
        outline-offset: 2px;
      }
    `,
  ];

  @state() private payments: Payments | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private executionDate = today();
  @state() private busy = false;
  @state() private error: ApiError | null = null;
  @state() private released: PaymentBatch | null = null;
  private key = newIdempotencyKey();

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.loadError = null;
    try {
      this.payments = await getPayments();
    } catch (error) {
      this.loadError = error as ApiError;
    }
  }

  private async release(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.error = null;
    this.released = null;
    this.busy = true;
    try {
      this.released = (await releasePaymentBatch(this.executionDate, this.key)).batch;
      this.key = newIdempotencyKey();
      await this.load();
    } catch (error) {
      this.error = error as ApiError;
      // A refusal is final: the next attempt is a new request. A lost answer keeps its key.
      if (this.error.status >= 400 && this.error.status < 500) this.key = newIdempotencyKey();
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.error ? '#release-error' : '#released')?.focus();
  }

  override render() {
    return html`<h1>Paiements</h1>
      <p>
        Les subsides dont les coordonnées bancaires sont validées partent ensemble dans un lot : un fichier de
        virements SEPA à transmettre à la banque.
      </p>
      ${
        this.loadError
          ? loadErrorTemplate(this.loadError, () => void this.load())
          : this.payments
            ? this.renderPage(this.payments)
            : loadingTemplate()
      }`;
  }

  private renderRow(p: PaymentRow) {
    return html`<li data-testid="payment-row">
      <p><strong>${p.provider.displayName}</strong> · ${p.label}</p>
      <p>
        ${formatCents(p.amountCents)} (${p.places} place${p.places > 1 ? 's' : ''}) · à verser au plus tard le
        ${formatDate(p.dueAt)} ${p.overdue ? html`<span class="badge danger">En retard</span>` : nothing}
      </p>
    </li>`;
  }

  private renderPage(payments: Payments) {
    const total = payments.ready.reduce((sum, p) => sum + p.amountCents, 0);
    return html`
      <div id="released" tabindex="-1" role="status" class=${this.released ? 'alert success' : ''}>
        ${
          this.released
            ? html`<p>
                  Lot libéré : ${countLabel(this.released.count, 'virement', 'virements')} pour
                  ${formatCents(this.released.totalCents)}, exécution le
                  ${formatDate(this.released.executionDate)}.
                </p>
                <p>
                  <a href=${this.released.fileUrl} download data-testid="batch-file"
                    >Télécharger le fichier de virements</a
                  >
                </p>`
            : nothing
        }
      </div>
      ${
        this.error
          ? html`<div id="release-error" class="alert error" role="alert" tabindex="-1">
              <p>${this.error.message}</p>
              ${this.error.details.map((d) => html`<p>${d.message}</p>`)}
            </div>`
          : nothing
      }
      <section class="card" aria-labelledby="ready-heading" data-testid="payments-ready">
        <h2 id="ready-heading">Prêts à verser</h2>
        ${
          payments.ready.length
            ? html`<p>
                  ${countLabel(payments.ready.length, 'subside', 'subsides')} pour ${formatCents(total)}.
                </p>
                <ul class="payments">
                  ${payments.ready.map((p) => this.renderRow(p))}
                </ul>
                <form novalidate @submit=${this.release}>
                  <div class="field">
                    <label for="execution-date">Date d’exécution</label>
                    <input
                      id="execution-date"
                      type="date"
                      min=${today()}
                      .value=${this.executionDate}
                      @input=${(e: Event) => (this.executionDate = (e.target as HTMLInputElement).value)}
                    />
                  </div>
                  <p class="actions">
                    <button class="button" type="submit" ?disabled=${this.busy}>Libérer le lot</button>
                  </p>
                </form>`
            : html`<p class="empty">Aucun subside n’est prêt à être versé.</p>`
        }
      </section>
      <section class="card" aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">En attente de coordonnées bancaires validées</h2>
        ${
          payments.waiting.length
            ? html`<ul class="payments">
                ${payments.waiting.map((p) => this.renderRow(p))}
              </ul>`
            : html`<p class="empty">Aucun subside n’attend de coordonnées bancaires.</p>`
        }
      </section>
      <section class="card" aria-labelledby="batches-heading">
        <h2 id="batches-heading">Lots libérés</h2>
        ${
          payments.batches.length
            ? html`<ul class="payments">
                ${payments.batches.map(
                  (b) =>
                    html`<li>
                      <p>
                        ${formatDateTime(b.releasedAt)} par ${b.releasedBy} :
                        ${countLabel(b.count, 'virement', 'virements')}, ${formatCents(b.totalCents)},
                        exécution le ${formatDate(b.executionDate)}
                      </p>
                      <p><a href=${b.fileUrl} download>Fichier de virements</a></p>
                    </li>`,
                )}
              </ul>`
            : html`<p class="empty">Aucun lot libéré pour le moment.</p>`
        }
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-payments-page': PaymentsPage;
  }
}
