import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { ApiError, getPayments, releasePaymentBatch } from '../../api/api.js';
import type { PaymentBatch, PaymentRow, Payments } from '../../api/types.js';
import { errorSummaryTemplate, type ErrorSummary } from '../../components/error-summary/error-summary.js';
import { formatCents } from '../../lib/acte.js';
import { loadErrorTemplate, loadingTemplate } from '../../lib/feedback.js';
import { INVALID_FORM, formErrorsFrom, type FieldErrors, type FormError } from '../../lib/field-errors.js';
import { countLabel, formatDate, formatDateTime, todayInBrussels } from '../../lib/format.js';
import { RequestKey } from '../../lib/idempotency.js';
import { checkExecutionDate } from '../../lib/payments.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './payments-page.styles.js';
import '../../components/error-summary/error-summary.js';

const FIELDS = ['executionDate'] as const;
const FIELD_LABELS = { executionDate: 'Date d’exécution' };
/** Said when the subsides shown were released meanwhile, by a colleague or in another tab. */
const NOTHING_TO_PAY_HINT =
  'Ils ont sans doute été libérés entre-temps, par vous dans un autre onglet ou par un·e collègue : voyez « Lots libérés » ci-dessous, la page est à jour.';

/**
 * « Paiements », for the agents subsides: the subsidies ready to pay (validated bank details),
 * those still waiting for them, and « Libérer le lot »: one SEPA credit transfer file for the
 * bank. The release carries an Idempotency-Key that stays the same while the request does, so a
 * double click or a retry after a lost answer releases one batch.
 */
@customElement('pro-payments-page')
export class PaymentsPage extends LitElement {
  static override styles = [sharedStyles, styles];

  @state() private payments: Payments | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private executionDate = todayInBrussels();
  @state() private sending = false;
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  /** The batch this page just released, announced with its file. */
  @state() private released: PaymentBatch | null = null;
  private readonly requestKey = new RequestKey();

  @query('pro-error-summary') private errorSummary?: ErrorSummary;

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

  private onDateInput(event: Event): void {
    this.executionDate = (event.target as HTMLInputElement).value;
    if (this.fieldErrors.executionDate) this.fieldErrors = {};
  }

  private async release(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    this.released = null;
    const errors = checkExecutionDate(this.executionDate, todayInBrussels());
    if (Object.keys(errors).length) {
      this.fieldErrors = errors;
      this.formError = INVALID_FORM;
      await this.updateComplete;
      this.errorSummary?.focus();
      return;
    }
    this.sending = true;
    this.fieldErrors = {};
    this.formError = null;
    try {
      const { batch } = await releasePaymentBatch(
        this.executionDate,
        this.requestKey.for(this.executionDate),
      );
      this.released = batch;
      // The next release is another batch.
      this.requestKey.reset();
    } catch (error) {
      const refused = formErrorsFrom(error as ApiError, FIELDS);
      this.fieldErrors = refused.fieldErrors;
      this.formError =
        refused.formError.code === 'NOTHING_TO_PAY'
          ? { ...refused.formError, others: [NOTHING_TO_PAY_HINT] }
          : refused.formError;
    } finally {
      this.sending = false;
    }
    // Released here or by a colleague meanwhile (NOTHING_TO_PAY): the lists are out of date.
    await this.load();
    await this.updateComplete;
    if (this.formError) this.errorSummary?.focus();
    else this.renderRoot.querySelector<HTMLElement>('#released')?.focus();
  }

  override render() {
    return html`<h1>Paiements</h1>
      <p>
        Les subsides dont les coordonnées bancaires sont validées partent ensemble dans un lot : un fichier de
        virements SEPA à transmettre à la banque. Ceux qui attendent des coordonnées bancaires validées
        partiront dans un lot suivant.
      </p>
      <div id="released" class="result" tabindex="-1" role="status" data-testid="batch-released">
        ${this.released ? this.renderReleased(this.released) : nothing}
      </div>
      ${
        this.loadError
          ? loadErrorTemplate(this.loadError, () => void this.load())
          : this.payments
            ? this.renderLists(this.payments)
            : loadingTemplate('Chargement des paiements…')
      }`;
  }

  private renderReleased(batch: PaymentBatch) {
    return html`<div class="alert success">
      <p>
        <strong>Lot libéré</strong>
        ${countLabel(batch.count, 'virement', 'virements')} pour un total de ${formatCents(batch.totalCents)},
        exécution le ${formatDate(batch.executionDate)}.
      </p>
      <p>
        <a href=${batch.fileUrl} download data-testid="batch-file">Télécharger le fichier de virements</a>
      </p>
    </div>`;
  }

  private renderLists(payments: Payments) {
    return html`
      <section class="card" aria-labelledby="ready-heading" data-testid="payments-ready">
        <h2 id="ready-heading">Prêts à verser</h2>
        ${
          payments.ready.length
            ? html`<p class="total" data-testid="ready-total">
                  ${countLabel(payments.totals.ready.count, 'subside', 'subsides')} pour un total de
                  ${formatCents(payments.totals.ready.totalCents)}
                </p>
                ${this.renderShown(payments.ready.length, payments.totals.ready.count)}
                <ul class="payments">
                  ${payments.ready.map((p) => this.renderPayment(p))}
                </ul>
                ${this.renderReleaseForm()}`
            : html`${this.renderErrorSummary()}
                <p class="empty" data-testid="nothing-ready">Aucun subside n’est prêt à être versé.</p>`
        }
      </section>

      <section class="card" aria-labelledby="waiting-heading" data-testid="payments-waiting">
        <h2 id="waiting-heading">En attente de coordonnées bancaires validées</h2>
        ${
          payments.waiting.length
            ? html`<p class="total" data-testid="waiting-total">
                  ${countLabel(payments.totals.waiting.count, 'subside', 'subsides')} pour un total de
                  ${formatCents(payments.totals.waiting.totalCents)}
                </p>
                <p>
                  Ils seront prêts dès que l’ONE aura validé les coordonnées bancaires de l’accueillant·e
                  (tâches « Valider des coordonnées bancaires »).
                </p>
                ${this.renderShown(payments.waiting.length, payments.totals.waiting.count)}
                <ul class="payments">
                  ${payments.waiting.map((p) => this.renderPayment(p))}
                </ul>`
            : html`<p class="empty">Aucun subside n’attend de coordonnées bancaires.</p>`
        }
      </section>

      <section class="card" aria-labelledby="batches-heading" data-testid="payment-batches">
        <h2 id="batches-heading">Lots libérés</h2>
        ${
          payments.batches.length
            ? html`<ul class="payments">
                ${payments.batches.map((b) => this.renderBatch(b))}
              </ul>`
            : html`<p class="empty">Aucun lot libéré pour le moment.</p>`
        }
      </section>
    `;
  }

  /** Says when a list shows only the most urgent of its payments (the lot takes them all). */
  private renderShown(shown: number, count: number) {
    return shown < count
      ? html`<p class="muted" data-testid="payments-shown">
          Les ${shown} plus urgents sont affichés ci-dessous, par date limite de versement.
        </p>`
      : nothing;
  }

  private renderPayment(p: PaymentRow) {
    return html`<li class="payment ${p.overdue ? 'overdue' : ''}" data-testid="payment-row">
      <p class="who"><strong>${p.provider.displayName}</strong> · ${p.label}</p>
      <dl>
        <div>
          <dt>Montant</dt>
          <dd data-testid="payment-amount">${formatCents(p.amountCents)}</dd>
        </div>
        <div>
          <dt>Places</dt>
          <dd data-testid="payment-places">${p.places}</dd>
        </div>
        <div>
          <dt>À verser au plus tard le</dt>
          <dd>
            <time datetime=${p.dueAt} data-testid="payment-due">${formatDate(p.dueAt)}</time>
            ${p.overdue ? html`<span class="badge danger" data-testid="badge-overdue">En retard</span>` : nothing}
          </dd>
        </div>
      </dl>
    </li>`;
  }

  private renderErrorSummary() {
    return errorSummaryTemplate(this.formError, this.fieldErrors, FIELD_LABELS, {
      idFor: () => 'execution-date',
    });
  }

  private renderReleaseForm() {
    const error = this.fieldErrors.executionDate;
    const describedBy = error ? 'execution-date-hint execution-date-error' : 'execution-date-hint';
    return html`<form class="release" novalidate @submit=${this.release}>
      ${this.renderErrorSummary()}
      <div class="field ${error ? 'has-error' : ''}">
        <label for="execution-date">${FIELD_LABELS.executionDate}</label>
        <span class="hint" id="execution-date-hint"
          >Le jour où la banque exécute les virements : aujourd’hui ou un jour à venir.</span
        >
        ${error ? html`<span class="field-error" id="execution-date-error">${error}</span>` : nothing}
        <input
          id="execution-date"
          type="date"
          min=${todayInBrussels()}
          required
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy}
          .value=${this.executionDate}
          @input=${this.onDateInput}
        />
      </div>
      <div class="actions">
        <button class="button" type="submit" ?disabled=${this.sending} data-testid="release-batch">
          Libérer le lot
        </button>
        <span class="muted" role="status">${this.sending ? 'Libération du lot en cours…' : ''}</span>
      </div>
    </form>`;
  }

  private renderBatch(b: PaymentBatch) {
    return html`<li class="payment" data-testid="batch-row">
      <p class="who"><strong>Lot libéré le ${formatDateTime(b.releasedAt)}</strong> par ${b.releasedBy}</p>
      <dl>
        <div>
          <dt>Virements</dt>
          <dd>${b.count}</dd>
        </div>
        <div>
          <dt>Total</dt>
          <dd>${formatCents(b.totalCents)}</dd>
        </div>
        <div>
          <dt>Exécution</dt>
          <dd>${formatDate(b.executionDate)}</dd>
        </div>
      </dl>
      <p>
        <a href=${b.fileUrl} download data-testid="batch-row-file"
          >Télécharger le fichier de virements du lot du ${formatDateTime(b.releasedAt)}</a
        >
      </p>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-payments-page': PaymentsPage;
  }
}
