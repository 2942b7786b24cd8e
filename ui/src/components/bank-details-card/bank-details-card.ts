import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, submitRib } from '../../api/api.js';
import type { Signaletique } from '../../api/types.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { RequestKey } from '../../lib/idempotency.js';
import { FILE_MAX_BYTES, readAsBase64 } from '../../lib/files.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { type ErrorSummary, errorSummaryTemplate } from '../error-summary/error-summary.js';
import '../error-summary/error-summary.js';

const FIELD_LABELS: Record<string, string> = {
  iban: 'IBAN',
  bic: 'BIC',
  holder: 'Titulaire du compte',
  statement: 'Relevé d’identité bancaire',
};

/**
 * « Coordonnées bancaires »: the details in force (the last ones an agent approved — the only ones
 * ever used to pay), the submission waiting for validation, and the reason of the last refusal.
 * The provider sends new details with the bank statement; they replace a submission still waiting.
 */
@customElement('pro-bank-details-card')
export class BankDetailsCard extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      input[type='file'] {
        display: block;
        max-width: 100%;
        margin-top: 0.35rem;
        font: inherit;
      }
    `,
  ];

  @property({ attribute: false }) signaletique: Signaletique | null = null;
  @property({ type: Boolean }) own = false;

  @state() private open = false;
  @state() private values = { iban: '', bic: '', holder: '' };
  @state() private file: File | null = null;
  @state() private fieldErrors: Record<string, string> = {};
  @state() private formError: { message: string; others: string[] } | null = null;
  @state() private sending = false;
  @state() private sent = false;
  private readonly requestKey = new RequestKey();

  private start(): void {
    const s = this.signaletique;
    this.values = {
      iban: '',
      bic: '',
      holder: s ? `${s.identification.firstName} ${s.identification.lastName}` : '',
    };
    this.file = null;
    this.fieldErrors = {};
    this.formError = null;
    this.sent = false;
    this.open = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#rib-iban')?.focus());
  }

  private cancel(): void {
    this.open = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#rib-start')?.focus());
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.signaletique || this.sending) return;
    const errors: Record<string, string> = {};
    if (!this.file) errors.statement = 'Joignez le relevé d’identité bancaire (PDF, JPEG ou PNG)';
    else if (this.file.size > FILE_MAX_BYTES)
      errors.statement = 'Le fichier est trop lourd : 5 Mo au maximum.';
    if (Object.keys(errors).length) {
      this.fieldErrors = errors;
      this.formError = { message: 'Le formulaire contient des erreurs.', others: [] };
      await this.focusSummary();
      return;
    }
    this.sending = true;
    try {
      const input = {
        iban: this.values.iban.trim(),
        bic: this.values.bic.trim(),
        holder: this.values.holder.trim(),
        statement: { name: this.file!.name, contentBase64: await readAsBase64(this.file!) },
      };
      const signaletique = await submitRib(this.signaletique.providerId, input, this.requestKey.for(input));
      this.open = false;
      this.sent = true;
      this.dispatchEvent(
        new CustomEvent('pro-signaletique-changed', {
          detail: { signaletique },
          bubbles: true,
          composed: true,
        }),
      );
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#rib-status')?.focus();
    } catch (error) {
      const e = error as ApiError;
      const fields: Record<string, string> = {};
      const others: string[] = [];
      for (const d of e.details ?? []) {
        const key = d.path.split('.').find((part) => part in FIELD_LABELS);
        if (key) fields[key] ??= d.message;
        else others.push(d.message);
      }
      this.fieldErrors = fields;
      this.formError = { message: e.message, others };
      await this.focusSummary();
    } finally {
      this.sending = false;
    }
  }

  private async focusSummary(): Promise<void> {
    await this.updateComplete;
    (this.renderRoot.querySelector('pro-error-summary') as ErrorSummary | null)?.focus();
  }

  override render() {
    const s = this.signaletique;
    if (!s) return nothing;
    const { inForce, pending, lastRejected } = s.bank;
    return html`<section class="card" aria-labelledby="bank-heading" data-testid="bank-details">
      <h2 id="bank-heading">Coordonnées bancaires</h2>
      <p class="muted">
        Les subsides sont versés uniquement sur un compte validé par l'ONE. De nouvelles coordonnées
        remplacent les précédentes le jour où elles sont validées.
      </p>
      ${
        inForce
          ? html`<dl class="facts" data-testid="bank-in-force">
              <dt>IBAN</dt>
              <dd data-testid="iban-in-force">${inForce.iban.value}</dd>
              <dt>BIC</dt>
              <dd>${inForce.bic}</dd>
              <dt>Titulaire</dt>
              <dd>${inForce.holder}</dd>
              <dt>Validées le</dt>
              <dd>${inForce.approvedAt ? formatDate(inForce.approvedAt) : '—'}</dd>
            </dl>`
          : html`<p data-testid="bank-none">Aucune coordonnée bancaire validée pour le moment.</p>`
      }
      <div id="rib-status" tabindex="-1" role="status">
        ${
          pending
            ? html`<div class="alert info" data-testid="bank-pending">
                <p>
                  <strong>En attente de validation</strong> : le compte se terminant par ${pending.ibanLast4},
                  envoyé le ${formatDateTime(pending.submittedAt)}.
                  ${inForce ? 'Les coordonnées validées restent d’application en attendant.' : ''}
                </p>
              </div>`
            : nothing
        }
        ${this.sent && pending ? html`<p>Vos coordonnées bancaires ont été envoyées à l'ONE.</p>` : nothing}
      </div>
      ${
        lastRejected && !pending
          ? html`<div class="alert error" data-testid="bank-rejected">
              <p>
                <strong>Vos dernières coordonnées bancaires n'ont pas été validées</strong>${
                  lastRejected.decidedAt ? ` (le ${formatDate(lastRejected.decidedAt)})` : ''
                }.
              </p>
              ${lastRejected.reason ? html`<p>Motif : ${lastRejected.reason}</p>` : nothing}
              <p>Vous pouvez envoyer des coordonnées corrigées.</p>
            </div>`
          : nothing
      }
      ${this.own && s.editable ? (this.open ? this.renderForm(!!pending) : this.renderStart(!!pending)) : nothing}
    </section>`;
  }

  private renderStart(pending: boolean) {
    return html`<p>
      <button id="rib-start" class="button secondary" type="button" @click=${this.start}>
        ${pending ? 'Remplacer les coordonnées en attente' : 'Communiquer de nouvelles coordonnées bancaires'}
      </button>
    </p>`;
  }

  private renderForm(pending: boolean) {
    const field = (key: 'iban' | 'bic' | 'holder', hint: string, autocomplete: string) => {
      const error = this.fieldErrors[key];
      const id = `rib-${key}`;
      return html`<div class="field ${error ? 'has-error' : ''}">
        <label for=${id}>${FIELD_LABELS[key]}</label>
        ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
        ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
        <input
          id=${id}
          type="text"
          autocomplete=${autocomplete}
          .value=${this.values[key]}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')}
          @input=${(e: Event) => {
            this.values = { ...this.values, [key]: (e.target as HTMLInputElement).value };
          }}
        />
      </div>`;
    };
    const fileError = this.fieldErrors.statement;
    return html`<form novalidate @submit=${this.submit}>
      <h3>Nouvelles coordonnées bancaires</h3>
      ${
        pending
          ? html`<p class="hint">Elles remplaceront celles qui attendent encore d'être validées.</p>`
          : nothing
      }
      ${errorSummaryTemplate(this.formError, this.fieldErrors, FIELD_LABELS, { idFor: (field) => `rib-${field}` })}
      ${field('iban', 'Compte belge, par exemple BE68 5390 0754 7034', 'off')}
      ${field('bic', 'Par exemple GEBABEBB', 'off')} ${field('holder', '', 'name')}
      <div class="field ${fileError ? 'has-error' : ''}">
        <label for="rib-statement">${FIELD_LABELS.statement}</label>
        <p class="hint" id="rib-statement-hint">
          Un document de votre banque qui montre le compte et son titulaire : PDF, JPEG ou PNG, 5 Mo au
          maximum.
        </p>
        ${fileError ? html`<p class="field-error" id="rib-statement-error">${fileError}</p>` : nothing}
        <input
          id="rib-statement"
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          aria-invalid=${fileError ? 'true' : 'false'}
          aria-describedby=${fileError ? 'rib-statement-hint rib-statement-error' : 'rib-statement-hint'}
          @change=${(e: Event) => {
            this.file = (e.target as HTMLInputElement).files?.[0] ?? null;
          }}
        />
      </div>
      <p class="actions">
        <button class="button secondary" type="button" @click=${this.cancel}>Annuler</button>
        <button class="button" type="submit" ?disabled=${this.sending}>Envoyer pour validation</button>
        <span class="muted" role="status">${this.sending ? 'Envoi en cours…' : ''}</span>
      </p>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-bank-details-card': BankDetailsCard;
  }
}
