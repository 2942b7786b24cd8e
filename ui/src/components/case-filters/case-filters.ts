import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CaseFilters, ProviderRef } from '../../api/types.js';
import { CASE_PROCEDURES } from '../../lib/case-filters.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './case-filters.styles.js';

/** The console's filters. Fires `pro-filters-change` when the supervisor applies them. */
@customElement('pro-case-filters')
export class CaseFiltersForm extends LitElement {
  static override styles = [sharedStyles, styles];

  @property({ attribute: false }) filters: CaseFilters = {};
  @property({ attribute: false }) providers: ProviderRef[] = [];

  @state() private draft: CaseFilters = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filters')) this.draft = { ...this.filters };
  }

  private apply(event: SubmitEvent): void {
    event.preventDefault();
    this.emit(this.draft);
  }

  private reset(): void {
    this.draft = {};
    this.emit({});
  }

  private emit(filters: CaseFilters): void {
    this.dispatchEvent(
      new CustomEvent<CaseFilters>('pro-filters-change', {
        detail: { ...filters },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private patchDraft(patch: Partial<CaseFilters>): void {
    this.draft = { ...this.draft, ...patch };
  }

  override render() {
    const { draft } = this;
    return html`<form class="filters" role="search" aria-label="Filtrer les dossiers" @submit=${this.apply}>
      <div class="field">
        <label for="procedure">Procédure</label>
        <select
          id="procedure"
          @change=${(e: Event) => this.patchDraft({ procedure: (e.target as HTMLSelectElement).value || undefined })}
        >
          <option value="" ?selected=${!draft.procedure}>Toutes les procédures</option>
          ${CASE_PROCEDURES.map(
            (p) =>
              html`<option value=${p.value} ?selected=${draft.procedure === p.value}>${p.label}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="status">Statut</label>
        <select
          id="status"
          @change=${(e: Event) =>
            this.patchDraft({
              status: ((e.target as HTMLSelectElement).value || undefined) as CaseFilters['status'],
            })}
        >
          <option value="" ?selected=${!draft.status}>Tous</option>
          <option value="open" ?selected=${draft.status === 'open'}>En cours</option>
          <option value="closed" ?selected=${draft.status === 'closed'}>Clôturé</option>
        </select>
      </div>
      <div class="field">
        <label for="provider">Accueillant·e</label>
        <select
          id="provider"
          @change=${(e: Event) => this.patchDraft({ providerId: (e.target as HTMLSelectElement).value || undefined })}
        >
          <option value="" ?selected=${!draft.providerId}>Tou·te·s les accueillant·e·s</option>
          ${this.providers.map(
            (provider) =>
              html`<option value=${provider.id} ?selected=${draft.providerId === provider.id}>
                ${provider.displayName} (${provider.subregion.name})
              </option>`,
          )}
        </select>
      </div>
      <div class="choice overdue">
        <input
          type="checkbox"
          id="overdue"
          .checked=${!!draft.overdue}
          @change=${(e: Event) => this.patchDraft({ overdue: (e.target as HTMLInputElement).checked || undefined })}
        />
        <label for="overdue">En retard uniquement</label>
      </div>
      <div class="actions">
        <button class="button" type="submit">Filtrer</button>
        <button class="button secondary" type="button" @click=${this.reset}>Effacer les filtres</button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-case-filters': CaseFiltersForm;
  }
  interface HTMLElementEventMap {
    'pro-filters-change': CustomEvent<CaseFilters>;
  }
}
