import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ApiError, getAuthorisation } from '../../api/api.js';
import type { Adaptation } from '../../api/types.js';
import type { AdaptationChangedDetail } from '../../components/adaptation-card/adaptation-card.js';
import type { AdaptationRequestedDetail } from '../../components/adaptation-request-form/adaptation-request-form.js';
import {
  authorisationBadgeClass,
  authorisationHeading,
  formatDay,
  type AuthorisationRecord,
} from '../../lib/authorisation.js';
import { loadErrorTemplate, loadingTemplate, pageTitleEvent } from '../../lib/feedback.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { recordPageStyles, sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './authorisation-page.styles.js';
import '../../components/adaptation-card/adaptation-card.js';
import '../../components/adaptation-request-form/adaptation-request-form.js';

/**
 * « Mon autorisation » (seed chapter 8): the authorisation's status, date, place and capacity, its
 * decision letters and history, the requests to adapt it (end of activity, temporary cessation)
 * and the form to ask one. Agents and the coordination read the same page for a provider in
 * their scope (`own` false), without the forms.
 */
@customElement('pro-authorisation-page')
export class AuthorisationPage extends LitElement {
  static override styles = [sharedStyles, recordPageStyles, styles];

  @property() providerId = '';
  /** True on the provider's own page. */
  @property({ type: Boolean }) own = false;

  @state() private authorisation: AuthorisationRecord | null = null;
  @state() private requests: Adaptation[] = [];
  @state() private loadError: ApiError | null = null;
  /** The confirmation of a request just sent. */
  @state() private requested: Adaptation | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('providerId') && this.providerId) {
      this.authorisation = null;
      this.requested = null;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const requested = this.providerId;
    this.loadError = null;
    try {
      const result = await getAuthorisation(requested);
      if (requested !== this.providerId) return;
      const authorisation = result.authorisation as AuthorisationRecord;
      this.authorisation = authorisation;
      this.requests = result.requests;
      // An agent sees whose authorisation it is, in the tab's title as in the heading.
      if (!this.own) this.dispatchEvent(pageTitleEvent(authorisationHeading(false, authorisation.provider)));
    } catch (error) {
      if (requested === this.providerId) this.loadError = error as ApiError;
    }
  }

  private async onRequested(event: CustomEvent<AdaptationRequestedDetail>): Promise<void> {
    const { adaptation } = event.detail;
    this.requested = adaptation;
    this.requests = [adaptation, ...this.requests.filter((r) => r.caseId !== adaptation.caseId)];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#requested')?.focus();
    // The record and its history may have moved meanwhile: refresh them quietly.
    void this.load();
  }

  private onChanged(event: CustomEvent<AdaptationChangedDetail>): void {
    const { adaptation } = event.detail;
    this.requests = this.requests.map((r) => (r.caseId === adaptation.caseId ? adaptation : r));
    void this.load();
  }

  override render() {
    return html`
      ${
        this.own
          ? nothing
          : html`<p class="back">
              <a href="/accueillants/${encodeURIComponent(this.providerId)}/signaletique"
                >← Retour à la signalétique</a
              >
            </p>`
      }
      <h1 data-testid="authorisation-heading">
        ${authorisationHeading(this.own, this.authorisation?.provider ?? null)}
      </h1>
      ${
        this.loadError
          ? loadErrorTemplate(this.loadError, () => void this.load())
          : this.authorisation
            ? this.renderPage(this.authorisation)
            : loadingTemplate()
      }
    `;
  }

  private renderPage(a: AuthorisationRecord) {
    return html`
      ${
        this.own
          ? html`<p>
              Retrouvez ici l’autorisation de votre milieu d’accueil, les décisions qui la concernent, et
              demandez-en l’adaptation : fin d’activité ou cessation temporaire. Une question ? Votre
              référent·e accueil vous répond : voir <a href="/contacts-one">Contacts ONE</a>.
            </p>`
          : html`<p class="muted">Lecture seule. Cette consultation est enregistrée.</p>`
      }
      <div class="layout">
        <section class="card" aria-labelledby="record-heading" data-testid="authorisation-record">
          <h2 id="record-heading">L’autorisation</h2>
          <p class="status-line">
            <span class="badge ${authorisationBadgeClass(a.status)}" data-testid="authorisation-status"
              >${a.statusLabel}</span
            >
          </p>
          <dl class="facts">
            <dt>Date d’autorisation</dt>
            <dd data-testid="authorisation-date">
              ${a.authorisedOn ? formatDay(a.authorisedOn) : 'Non renseignée'}
            </dd>
            <dt>Lieu d’accueil</dt>
            <dd data-testid="authorisation-place">${a.place ?? 'Non renseigné'}</dd>
            <dt>Capacité d’accueil</dt>
            <dd data-testid="authorisation-capacity">
              ${a.capacity === null ? 'Non renseignée' : `${a.capacity} ${a.capacity > 1 ? 'places' : 'place'}`}
            </dd>
          </dl>
        </section>

        <section class="card" aria-labelledby="documents-heading">
          <h2 id="documents-heading">Documents de décision</h2>
          ${
            a.documents.length === 0
              ? html`<p>Aucun document pour le moment.</p>`
              : html`<ul class="plain documents" data-testid="authorisation-documents">
                  ${a.documents.map(
                    (doc) =>
                      html`<li>
                        <a href=${doc.url} download data-testid="authorisation-document"
                          >${doc.label} (PDF)</a
                        >
                        <span class="muted">· ${formatDate(doc.createdAt)}</span>
                      </li>`,
                  )}
                </ul>`
          }
        </section>
      </div>

      ${this.renderRequestSection(a)}

      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">${this.own ? 'Mes demandes d’adaptation' : 'Demandes d’adaptation'}</h2>
        ${
          this.requests.length === 0
            ? html`<p class="card" data-testid="no-adaptations">Aucune demande d’adaptation.</p>`
            : html`<div class="requests">
                ${repeat(
                  this.requests,
                  (r) => r.caseId,
                  (r) =>
                    html`<pro-adaptation-card
                      .adaptation=${r}
                      @pro-adaptation-changed=${this.onChanged}
                    ></pro-adaptation-card>`,
                )}
              </div>`
        }
      </section>

      <section class="card" aria-labelledby="history-heading">
        <h2 id="history-heading">Historique de l’autorisation</h2>
        ${
          a.history.length === 0
            ? html`<p>Aucun changement depuis l’octroi de l’autorisation.</p>`
            : html`<ol class="plain history" data-testid="authorisation-history">
                ${a.history.map(
                  (h) =>
                    html`<li>
                      <p><strong>${h.statusLabel}</strong> à partir du ${formatDay(h.effectiveOn)}</p>
                      ${h.note ? html`<p>${h.note}</p>` : nothing}
                      <p class="muted">Enregistré le <time datetime=${h.at}>${formatDateTime(h.at)}</time></p>
                    </li>`,
                )}
              </ol>`
        }
      </section>
    `;
  }

  private renderRequestSection(a: AuthorisationRecord) {
    if (!this.own) return nothing;
    return html`<section class="card" aria-labelledby="request-heading">
      <h2 id="request-heading">Demander une adaptation</h2>
      <div id="requested" tabindex="-1" role="status" class=${this.requested ? 'alert success' : ''}>
        ${
          this.requested
            ? html`<p data-testid="adaptation-requested">
                <strong>Votre demande a été envoyée.</strong> ${this.requested.summary}. Votre référent·e
                accueil l’examine ; suivez-la ci-dessous ou dans <a href="/mes-demandes">Mes demandes</a>.
              </p>`
            : nothing
        }
      </div>
      ${
        a.canRequest
          ? html`<p>
                Vous arrêtez définitivement votre activité, ou vous fermez votre lieu d’accueil pendant une
                période : dites-le à l’ONE ici. Votre référent·e accueil décide et vous recevez une lettre de
                décision.
              </p>
              <pro-adaptation-request-form
                .providerId=${this.providerId}
                @pro-adaptation-requested=${this.onRequested}
              ></pro-adaptation-request-form>`
          : html`<p data-testid="cannot-request">
              ${
                a.status === 'withdrawn'
                  ? 'Votre autorisation est retirée : aucune adaptation n’est plus possible.'
                  : 'Vous ne pouvez pas demander d’adaptation pour le moment.'
              }
            </p>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-authorisation-page': AuthorisationPage;
  }
}
