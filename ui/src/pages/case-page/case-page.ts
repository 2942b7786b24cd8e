import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, getCase, getCaseAudit } from '../../api/api.js';
import type { AuditEntry, CaseDetail } from '../../api/types.js';
import { caseBadges } from '../../lib/badges.js';
import { loadErrorTemplate, loadingTemplate, pageTitleEvent } from '../../lib/feedback.js';
import { caseUi } from '../../procedures.js';
import { recordPageStyles, sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './case-page.styles.js';
import '../../components/case-details/case-details.js';
import '../../components/case-timeline/case-timeline.js';
import '../../components/outcome-summary/outcome-summary.js';
import '../../components/task-list/task-list.js';
import '../../components/task-reassign/task-reassign.js';
import '../../components/audit-list/audit-list.js';

/** One case for the supervisor: the report, its tasks and deadlines, and its full history. */
@customElement('pro-case-page')
export class CasePage extends LitElement {
  static override styles = [sharedStyles, recordPageStyles, styles];

  @property() caseId = '';

  @state() private detail: CaseDetail | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private audit: AuditEntry[] | null = null;
  @state() private auditError: ApiError | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('caseId') && this.caseId) {
      this.detail = null;
      void this.load();
      void this.loadAudit();
    }
  }

  private async load(): Promise<void> {
    const requested = this.caseId;
    this.loadError = null;
    try {
      const detail = await getCase(requested);
      if (requested !== this.caseId) return;
      this.detail = detail;
      this.dispatchEvent(
        pageTitleEvent(`${detail.case.procedureLabel} — ${detail.case.concerns.displayName}`),
      );
    } catch (error) {
      if (requested === this.caseId) this.loadError = error as ApiError;
    }
  }

  /** « Consultations et modifications des données » of the case's provider (audit trail). */
  private async loadAudit(): Promise<void> {
    const requested = this.caseId;
    this.audit = null;
    this.auditError = null;
    try {
      const { events } = await getCaseAudit(requested);
      if (requested === this.caseId) this.audit = events;
    } catch (error) {
      if (requested === this.caseId) this.auditError = error as ApiError;
    }
  }

  override render() {
    return html`
      <p class="back"><a href="/dossiers">← Retour aux dossiers</a></p>
      <h1>${this.detail?.case.procedureLabel ?? 'Dossier'}</h1>
      ${
        this.loadError
          ? loadErrorTemplate(this.loadError, () => void this.load())
          : this.detail
            ? this.renderDetail(this.detail)
            : loadingTemplate()
      }
    `;
  }

  private renderDetail({ case: item, tasks, timeline, temporal }: CaseDetail) {
    return html`
      <div class="case-head">
        <p class="provider-line" data-testid="case-provider-name">
          ${item.concerns.displayName}
          ${item.concerns.detail ? html`<span class="muted">· ${item.concerns.detail}</span>` : nothing}
        </p>
        <p class="badges">${caseBadges(item, { status: 'case-status-badge', atRisk: 'case-at-risk' })}</p>
      </div>

      <div class="layout">
        <section class="card" aria-labelledby="report-heading">
          <h2 id="report-heading">${caseUi(item.procedure)?.heading ?? 'Le dossier'}</h2>
          <pro-case-details .caseSummary=${item} show-provider show-status></pro-case-details>
          ${
            item.outcome
              ? html`<h3>Décision</h3>
                  <pro-outcome-summary .outcome=${item.outcome}></pro-outcome-summary>`
              : nothing
          }
        </section>

        <section class="card" aria-labelledby="tasks-heading">
          <h2 id="tasks-heading">Tâches</h2>
          <pro-task-list .tasks=${tasks} empty-message="Aucune tâche pour ce dossier."></pro-task-list>
          ${tasks
            .filter((task) => task.status === 'open')
            .map(
              (task) =>
                html`<pro-task-reassign
                  .task=${task}
                  @task-reassigned=${() => void this.load()}
                ></pro-task-reassign>`,
            )}
        </section>
      </div>

      <section aria-labelledby="history-heading">
        <div class="history-head">
          <h2 id="history-heading">Historique</h2>
          <p class="technical">
            <a
              href=${temporal.url}
              target="_blank"
              rel="noopener"
              aria-describedby="new-tab-hint"
              data-testid="temporal-link"
              >Voir l'exécution technique</a
            >
            <span id="new-tab-hint" class="muted">(s'ouvre dans un nouvel onglet)</span>
          </p>
        </div>
        <pro-case-timeline .entries=${timeline}></pro-case-timeline>
      </section>

      <section aria-labelledby="audit-heading" data-testid="case-audit">
        <h2 id="audit-heading">Consultations et modifications des données</h2>
        ${
          item.provider
            ? html`<p>
                <a href=${`/accueillants/${encodeURIComponent(item.provider.id)}/signaletique`}
                  >Voir la signalétique</a
                >
              </p>`
            : nothing
        }
        ${
          this.auditError
            ? loadErrorTemplate(this.auditError, () => void this.loadAudit())
            : this.audit
              ? html`<pro-audit-list
                  .events=${this.audit}
                  caption=${`Données de ${item.concerns.displayName}`}
                ></pro-audit-list>`
              : loadingTemplate()
        }
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-case-page': CasePage;
  }
}
