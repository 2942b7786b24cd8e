import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiError, createCampaign, getCampaign, getCampaigns, reopenCampaign } from '../../api/api.js';
import type { Campaign, CampaignInput } from '../../api/types.js';
import { loadErrorTemplate, loadingTemplate } from '../../lib/feedback.js';
import {
  INVALID_FORM,
  formErrorsFrom,
  withoutError,
  type FieldErrors,
  type FormError,
} from '../../lib/field-errors.js';
import { formatDate, todayInBrussels } from '../../lib/format.js';
import { PollWhile } from '../../lib/poll-while.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tableStyles } from '../../styles/table.styles.js';
import { type ErrorSummary, errorSummaryTemplate } from '../../components/error-summary/error-summary.js';
import '../../components/error-summary/error-summary.js';

const SUBREGIONS = [
  { code: 'brabant_wallon', name: 'Brabant wallon' },
  { code: 'bruxelles', name: 'Bruxelles' },
  { code: 'hainaut', name: 'Hainaut' },
  { code: 'liege', name: 'Liège' },
  { code: 'luxembourg', name: 'Luxembourg' },
  { code: 'namur', name: 'Namur' },
];
const FIELDS = ['title', 'startsAt', 'deadline', 'subregionCode'] as const;
const FIELD_LABELS: Record<string, string> = {
  title: 'Titre de la campagne',
  startsAt: "Début de l'auto-évaluation",
  deadline: "Date limite d'envoi du plan d'action",
  subregionCode: 'Périmètre',
};

/**
 * « Campagnes de bilans » (coordination): open a campaign — one bilan for every childminder in
 * scope — and follow its opening, page after page, for the whole sector.
 */
@customElement('pro-campaigns-page')
export class CampaignsPage extends LitElement {
  static override styles = [
    sharedStyles,
    tableStyles,
    css`
      progress {
        width: 100%;
        max-width: 14rem;
        height: 1rem;
        display: block;
        margin-top: 0.35rem;
      }
      input[type='date'] {
        display: block;
        margin-top: 0.35rem;
        min-height: 2.75rem;
        padding: 0.4rem 0.6rem;
        border: 2px solid var(--c-field-border);
        border-radius: 0.3rem;
        font: inherit;
      }
    `,
  ];

  @state() private campaigns: Campaign[] | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private draft = { title: '', startsAt: '', deadline: '', subregionCode: '' };
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private sending = false;
  @state() private notice = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.loadError = null;
    try {
      this.campaigns = (await getCampaigns()).campaigns;
      this.opening.check();
    } catch (error) {
      this.loadError = error as ApiError;
    }
  }

  /** While a campaign is opening, its progress is asked again every 2 seconds. */
  private readonly opening = new PollWhile(
    this,
    2000,
    () => !!this.campaigns?.some((c) => c.status === 'opening'),
    async () => {
      const opening = (this.campaigns ?? []).filter((c) => c.status === 'opening');
      const fresh = await Promise.all(opening.map((c) => getCampaign(c.id)));
      const byId = new Map(fresh.map((f) => [f.campaign.id, f.campaign]));
      this.campaigns = (this.campaigns ?? []).map((c) => byId.get(c.id) ?? c);
      for (const c of fresh.map((f) => f.campaign))
        if (c.status === 'open')
          this.notice = `Campagne « ${c.title} » ouverte : ${c.processedCount} bilans.`;
    },
  );

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const errors: FieldErrors = {};
    if (!this.draft.title.trim()) errors.title = 'Ce champ est requis';
    if (!this.draft.startsAt) errors.startsAt = 'Indiquez une date';
    if (!this.draft.deadline) errors.deadline = 'Indiquez une date';
    else if (this.draft.startsAt && this.draft.deadline <= this.draft.startsAt)
      errors.deadline = "La date limite doit suivre le début de l'auto-évaluation";
    this.fieldErrors = errors;
    if (Object.keys(errors).length) {
      this.formError = INVALID_FORM;
      await this.updateComplete;
      (this.renderRoot.querySelector('pro-error-summary') as ErrorSummary | null)?.focus();
      return;
    }
    this.formError = null;
    this.sending = true;
    try {
      const { campaign } = await createCampaign({
        title: this.draft.title.trim(),
        startsAt: this.draft.startsAt,
        deadline: this.draft.deadline,
        // The select offers the API's subregion codes only.
        ...(this.draft.subregionCode
          ? { subregionCode: this.draft.subregionCode as CampaignInput['subregionCode'] }
          : {}),
      });
      this.campaigns = [campaign, ...(this.campaigns ?? [])];
      this.draft = { title: '', startsAt: '', deadline: '', subregionCode: '' };
      this.notice = `Campagne « ${campaign.title} » créée : ouverture des bilans en cours.`;
      this.opening.check();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#notice')?.focus();
    } catch (error) {
      const refused = formErrorsFrom(error as ApiError, FIELDS);
      this.fieldErrors = refused.fieldErrors;
      this.formError = refused.formError;
      await this.updateComplete;
      (this.renderRoot.querySelector('pro-error-summary') as ErrorSummary | null)?.focus();
    } finally {
      this.sending = false;
    }
  }

  private async reopen(campaign: Campaign): Promise<void> {
    try {
      const { campaign: fresh } = await reopenCampaign(campaign.id);
      this.campaigns = (this.campaigns ?? []).map((c) => (c.id === fresh.id ? fresh : c));
      this.notice = `Ouverture relancée pour « ${fresh.title} » : seuls les bilans manquants seront ouverts.`;
      this.opening.check();
    } catch (error) {
      this.notice = (error as ApiError).message;
    }
  }

  override render() {
    return html`
      <h1>Campagnes de bilans</h1>
      <p>
        Ouvrir une campagne crée un bilan de fonctionnement pour chaque accueillant·e du périmètre choisi. Les
        outils s'ouvrent d'eux-mêmes à la date de début ; des rappels partent avant la date limite.
      </p>
      <p
        id="notice"
        class="notice"
        role="status"
        aria-live="polite"
        tabindex="-1"
        data-testid="campaign-notice"
      >
        ${this.notice}
      </p>
      ${
        this.loadError
          ? loadErrorTemplate(this.loadError, () => void this.load())
          : this.campaigns
            ? this.renderTable(this.campaigns)
            : loadingTemplate()
      }
      ${this.renderForm()}
    `;
  }

  private renderTable(campaigns: Campaign[]) {
    if (campaigns.length === 0) return html`<p class="card">Aucune campagne pour le moment.</p>`;
    return html`<div class="table-wrap">
      <table data-testid="campaigns-table">
        <caption>
          Campagnes
        </caption>
        <thead>
          <tr>
            <th scope="col">Campagne</th>
            <th scope="col">Début</th>
            <th scope="col">Date limite</th>
            <th scope="col">Périmètre</th>
            <th scope="col">Ouverture</th>
          </tr>
        </thead>
        <tbody>
          ${campaigns.map(
            (c) =>
              html`<tr data-testid="campaign-row" data-campaign-id=${c.id}>
                <th scope="row">${c.title}<br /><span class="muted">par ${c.createdBy.displayName}</span></th>
                <td>${formatDate(c.startsAt)}</td>
                <td>${formatDate(c.deadline)}</td>
                <td>${c.subregion?.name ?? 'Toutes les subrégions'}</td>
                <td>
                  <span
                    class="badge ${c.status === 'open' ? 'success' : 'info'}"
                    data-testid="campaign-status"
                    >${c.statusLabel}</span
                  >
                  <span data-testid="campaign-progress"
                    >${c.processedCount} sur ${c.providerCount} bilans ouverts</span
                  >
                  <progress
                    max=${Math.max(1, c.providerCount)}
                    .value=${c.processedCount}
                    aria-label="Progression de l'ouverture : ${c.title}"
                  ></progress>
                  ${
                    c.status === 'open'
                      ? html`<button
                          class="button secondary"
                          type="button"
                          aria-describedby="reopen-hint"
                          @click=${() => this.reopen(c)}
                        >
                          Relancer l'ouverture
                        </button>`
                      : nothing
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      <p class="hint" id="reopen-hint">
        « Relancer l'ouverture » ouvre les bilans manquants (par exemple pour une accueillante arrivée
        depuis), sans doublon.
      </p>
    </div>`;
  }

  private renderForm() {
    const set = (field: keyof typeof this.draft) => (event: Event) => {
      this.draft = { ...this.draft, [field]: (event.target as HTMLInputElement).value };
      this.fieldErrors = withoutError(this.fieldErrors, field);
    };
    const field = (id: (typeof FIELDS)[number], control: unknown, hint?: string) => {
      const error = this.fieldErrors[id];
      return html`<div class="field ${error ? 'has-error' : ''}">
        <label for=${id}
          >${FIELD_LABELS[id]}
          ${id === 'subregionCode' ? nothing : html`<span class="required" aria-hidden="true">*</span>`}</label
        >
        ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
        ${error ? html`<span class="field-error" id="${id}-error">${error}</span>` : nothing} ${control}
      </div>`;
    };
    const described = (id: string, hint = false) =>
      [hint ? `${id}-hint` : '', this.fieldErrors[id] ? `${id}-error` : ''].filter(Boolean).join(' ') ||
      nothing;
    return html`<section class="card" aria-labelledby="new-campaign">
      <h2 id="new-campaign">Ouvrir une campagne</h2>
      <form novalidate @submit=${this.submit} data-testid="campaign-form">
        ${errorSummaryTemplate(this.formError, this.fieldErrors, FIELD_LABELS)}
        ${field(
          'title',
          html`<input
            type="text"
            id="title"
            maxlength="120"
            required
            aria-invalid=${this.fieldErrors.title ? 'true' : 'false'}
            aria-describedby=${described('title', true)}
            .value=${this.draft.title}
            @input=${set('title')}
          />`,
          'Par exemple « Bilan Général 2026 - 2027 ».',
        )}
        ${field(
          'startsAt',
          html`<input
            type="date"
            id="startsAt"
            required
            aria-invalid=${this.fieldErrors.startsAt ? 'true' : 'false'}
            aria-describedby=${described('startsAt')}
            .value=${this.draft.startsAt}
            @input=${set('startsAt')}
            @change=${set('startsAt')}
          />`,
        )}
        ${field(
          'deadline',
          html`<input
            type="date"
            id="deadline"
            required
            min=${todayInBrussels()}
            aria-invalid=${this.fieldErrors.deadline ? 'true' : 'false'}
            aria-describedby=${described('deadline')}
            .value=${this.draft.deadline}
            @input=${set('deadline')}
            @change=${set('deadline')}
          />`,
        )}
        ${field(
          'subregionCode',
          html`<select
            id="subregionCode"
            aria-describedby=${described('subregionCode')}
            @change=${set('subregionCode')}
          >
            <option value="" ?selected=${!this.draft.subregionCode}>Toutes les subrégions</option>
            ${SUBREGIONS.map(
              (s) =>
                html`<option value=${s.code} ?selected=${this.draft.subregionCode === s.code}>
                  ${s.name}
                </option>`,
            )}
          </select>`,
        )}
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.sending}>Ouvrir la campagne</button>
          <span class="muted" role="status">${this.sending ? 'Ouverture en cours…' : ''}</span>
        </div>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-campaigns-page': CampaignsPage;
  }
}
