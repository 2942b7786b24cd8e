import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ApiError, getIdentification, updateIdentification } from '../../api/api.js';
import type { Identification } from '../../api/types.js';
import { loadErrorTemplate, loadingTemplate, pageTitleEvent } from '../../lib/feedback.js';
import { formErrorsFrom, withoutError, type FieldErrors, type FormError } from '../../lib/field-errors.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import type { ErrorSummary } from '../../components/error-summary/error-summary.js';
import '../../components/error-summary/error-summary.js';

const FIELDS = ['email', 'mobile'] as const;
const FIELD_LABELS: Record<string, string> = { email: 'Adresse e-mail', mobile: 'GSM' };

/**
 * « Signalétique » — identification. The provider reads their own and changes their email and
 * mobile (« Modifier » → « Annuler » / « Soumettre »); an agent or a supervisor reads it, with the
 * national register and enterprise numbers masked unless their role needs them. Every display is
 * recorded in the audit trail by the server.
 */
@customElement('pro-identification-page')
export class IdentificationPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .masked-note {
        font-size: 0.9rem;
      }
      input[type='email'],
      input[type='tel'] {
        width: 100%;
        max-width: 28rem;
        font: inherit;
        padding: 0.5rem 0.6rem;
        border: 2px solid var(--c-border-strong, #595959);
        border-radius: 0.3rem;
      }
    `,
  ];

  @property() providerId = '';
  /** True on the provider's own page (« Ma signalétique »). */
  @property({ type: Boolean }) own = false;

  @state() private data: Identification | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private editing = false;
  @state() private saving = false;
  @state() private values: Record<string, string> = {};
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private saved = false;

  @query('pro-error-summary') private summary?: ErrorSummary;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('providerId') && this.providerId) void this.load();
  }

  private async load(): Promise<void> {
    this.loadError = null;
    this.data = null;
    try {
      this.data = await getIdentification(this.providerId);
      if (!this.own)
        this.dispatchEvent(pageTitleEvent(`Signalétique — ${this.data.firstName} ${this.data.lastName}`));
    } catch (error) {
      this.loadError = error as ApiError;
    }
  }

  private startEditing(): void {
    if (!this.data) return;
    this.values = { email: this.data.email ?? '', mobile: this.data.mobile ?? '' };
    this.fieldErrors = {};
    this.formError = null;
    this.saved = false;
    this.editing = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#email')?.focus());
  }

  private cancel(): void {
    this.editing = false;
    this.fieldErrors = {};
    this.formError = null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#edit')?.focus());
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.data || this.saving) return;
    this.saving = true;
    try {
      this.data = await updateIdentification(this.data.providerId, {
        email: this.values.email.trim(),
        mobile: this.values.mobile.trim(),
      });
      this.editing = false;
      this.saved = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#saved')?.focus();
    } catch (error) {
      const { fieldErrors, formError } = formErrorsFrom(error as ApiError, FIELDS);
      this.fieldErrors = fieldErrors;
      this.formError = formError;
      await this.updateComplete;
      this.summary?.focus();
    } finally {
      this.saving = false;
    }
  }

  private onInput(field: string, event: Event): void {
    this.values = { ...this.values, [field]: (event.target as HTMLInputElement).value };
    this.fieldErrors = withoutError(this.fieldErrors, field);
  }

  private onFocusField(event: CustomEvent<{ field: string }>): void {
    this.renderRoot.querySelector<HTMLElement>(`#${event.detail.field}`)?.focus();
  }

  override render() {
    const heading = this.own
      ? 'Ma signalétique'
      : this.data
        ? `Signalétique — ${this.data.firstName} ${this.data.lastName}`
        : 'Signalétique';
    return html`
      <h1>${heading}</h1>
      ${
        this.loadError
          ? loadErrorTemplate(this.loadError, () => void this.load())
          : this.data
            ? this.renderData(this.data)
            : loadingTemplate()
      }
    `;
  }

  private renderData(d: Identification) {
    return html`
      <div id="saved" tabindex="-1" role="status" class=${this.saved ? 'alert success' : ''}>
        ${this.saved ? html`<p>Vos modifications ont été enregistrées.</p>` : nothing}
      </div>
      ${
        this.own || !d.auditVisible
          ? nothing
          : html`<p>
              <a
                href="/accueillants/${encodeURIComponent(this.providerId)}/historique"
                data-testid="provider-audit-link"
                >Voir l'historique des consultations et modifications</a
              >
            </p>`
      }
      <section class="card" aria-labelledby="identification-heading" data-testid="identification">
        <h2 id="identification-heading">Identification</h2>
        <dl class="facts">
          <dt>Prénom</dt>
          <dd data-testid="first-name">${d.firstName}</dd>
          <dt>Nom</dt>
          <dd data-testid="last-name">${d.lastName}</dd>
          <dt>Numéro de registre national</dt>
          <dd data-testid="niss">
            ${d.niss.value ?? 'Non renseigné'}${this.maskedNote(d.niss.masked, d.niss.value)}
          </dd>
          <dt>Numéro d'entreprise (BCE)</dt>
          <dd data-testid="bce">
            ${d.bce.value ?? 'Non renseigné'}${this.maskedNote(d.bce.masked, d.bce.value)}
          </dd>
          ${
            this.editing
              ? nothing
              : html`<dt>Adresse e-mail</dt>
                  <dd data-testid="email">${d.email ?? 'Non renseignée'}</dd>
                  <dt>GSM</dt>
                  <dd data-testid="mobile">${d.mobile ?? 'Non renseigné'}</dd>`
          }
        </dl>
        ${this.editing ? this.renderForm() : nothing}
        ${
          d.editable && !this.editing
            ? html`<p class="actions">
                <button id="edit" class="button" type="button" @click=${this.startEditing}>Modifier</button>
              </p>`
            : nothing
        }
        <p class="muted">
          Le numéro de registre national et le numéro d'entreprise ne sont jamais publiés sur MY.ONE.
          ${this.own ? 'Chaque consultation de vos données est enregistrée.' : 'Cette consultation est enregistrée.'}
        </p>
      </section>
    `;
  }

  private maskedNote(masked: boolean, value: string | null) {
    return masked && value
      ? html` <span class="muted masked-note">(masqué : votre rôle ne donne pas accès à ce numéro)</span>`
      : nothing;
  }

  private renderForm() {
    return html`<form novalidate @submit=${this.submit} @pro-focus-field=${this.onFocusField}>
      ${
        this.formError
          ? html`<pro-error-summary
              .message=${this.formError.message}
              .fieldErrors=${this.fieldErrors}
              .fieldLabels=${FIELD_LABELS}
              .others=${this.formError.others}
            ></pro-error-summary>`
          : nothing
      }
      ${FIELDS.map((field) => {
        const error = this.fieldErrors[field];
        return html`<div class=${`field ${error ? 'has-error' : ''}`}>
          <label for=${field}>${FIELD_LABELS[field]}</label>
          ${field === 'mobile' ? html`<p class="hint" id="mobile-hint">Par exemple : 0470 12 34 56</p>` : nothing}
          ${error ? html`<p class="field-error" id=${`${field}-error`}>${error}</p>` : nothing}
          <input
            id=${field}
            name=${field}
            type=${field === 'email' ? 'email' : 'tel'}
            autocomplete=${field === 'email' ? 'email' : 'tel'}
            .value=${this.values[field] ?? ''}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${[field === 'mobile' ? 'mobile-hint' : '', error ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing}
            @input=${(e: Event) => this.onInput(field, e)}
          />
        </div>`;
      })}
      <p class="actions">
        <button class="button secondary" type="button" @click=${this.cancel}>Annuler</button>
        <button class="button" type="submit" ?disabled=${this.saving}>Soumettre</button>
      </p>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-identification-page': IdentificationPage;
  }
}
