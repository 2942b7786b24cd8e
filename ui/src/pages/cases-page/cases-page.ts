import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, getCases, getProviders } from '../../api/api.js';
import type { CaseFilters, CaseSummary } from '../../api/types.js';
import { filtersFromSearch, searchFromFilters } from '../../lib/case-filters.js';
import { loadErrorTemplate, loadingTemplate } from '../../lib/feedback.js';
import { countLabel } from '../../lib/format.js';
import { navigateEvent } from '../../lib/navigation.js';
import { PageLoad } from '../../lib/page-load.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './cases-page.styles.js';
import '../../components/case-filters/case-filters.js';
import '../../components/case-list/case-list.js';

/** The supervisor's console: every case in scope, filtered; the filters live in the address. */
@customElement('pro-cases-page')
export class CasesPage extends LitElement {
  static override styles = [sharedStyles, styles];

  /** The address's query string (without « ? »). */
  @property() search = '';

  @state() private filters: CaseFilters = {};
  @state() private cases: CaseSummary[] | null = null;
  @state() private casesError: ApiError | null = null;
  private readonly providers = new PageLoad(this, async () => (await getProviders()).providers);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('search')) {
      this.filters = filtersFromSearch(this.search);
      void this.loadCases();
    }
  }

  private async loadCases(): Promise<void> {
    const requested = this.search;
    this.cases = null;
    this.casesError = null;
    try {
      const { cases } = await getCases(this.filters);
      if (requested === this.search) this.cases = cases;
    } catch (error) {
      if (requested === this.search) this.casesError = error as ApiError;
    }
  }

  private onFiltersChange(event: CustomEvent<CaseFilters>): void {
    event.stopPropagation();
    const search = searchFromFilters(event.detail);
    if (search === this.search) {
      void this.loadCases();
      return;
    }
    this.dispatchEvent(navigateEvent(search ? `/dossiers?${search}` : '/dossiers'));
  }

  override render() {
    return html`
      <h1>Dossiers</h1>
      <p>Suivez les dossiers des accueillant·e·s, leurs échéances et leur historique.</p>
      ${this.providers.error ? loadErrorTemplate(this.providers.error, () => void this.providers.load()) : ''}
      <pro-case-filters
        .filters=${this.filters}
        .providers=${this.providers.value ?? []}
        @pro-filters-change=${this.onFiltersChange}
      ></pro-case-filters>
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">Résultats</h2>
        <p class="muted count" role="status" data-testid="case-count">
          ${this.cases ? countLabel(this.cases.length, 'dossier', 'dossiers') : ''}
        </p>
        ${
          this.casesError
            ? loadErrorTemplate(this.casesError, () => void this.loadCases())
            : this.cases
              ? html`<pro-case-list .cases=${this.cases}></pro-case-list>`
              : loadingTemplate('Chargement des dossiers…')
        }
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-cases-page': CasesPage;
  }
}
