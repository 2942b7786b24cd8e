import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ACTE_AXES, ACTE_FAQ } from '../../../../common/acte-content.js';
import { ApiError, getActe } from '../../api/api.js';
import type { Acte } from '../../api/types.js';
import type {
  ActeCharterForm,
  ActeSignedDetail,
} from '../../components/acte-charter-form/acte-charter-form.js';
import type { ActeReviewedDetail } from '../../components/acte-review-form/acte-review-form.js';
import { formatCents, paymentBadgeClass, planBadgeClass, subsidyNextStep } from '../../lib/acte.js';
import { loadErrorTemplate, loadingTemplate, pageTitleEvent } from '../../lib/feedback.js';
import { formatAmount, formatDate } from '../../lib/format.js';
import { recordPageStyles, sharedStyles } from '../../styles/shared.styles.js';
import '../../components/acte-charter-form/acte-charter-form.js';
import '../../components/acte-question-form/acte-question-form.js';
import '../../components/acte-review-form/acte-review-form.js';

const DOCUMENT_URL = '/api/acte/document';

const placesLabel = (n: number | null) => (n === null ? 'places' : `${n} place${n > 1 ? 's' : ''}`);

/**
 * « Accueil en transition écologique » (seed chapter 14): the scheme and its explanatory document
 * for everyone; the charter for places at the basic subsidy level 1; once signed, the year, its
 * subsidy and what to do for it, the action plan, last year's review and the earlier years; the
 * FAQ and a question to the ACTE team. Agents read the same page for a provider in their scope
 * (`own` false), without the forms.
 */
@customElement('pro-acte-page')
export class ActePage extends LitElement {
  static override styles = [
    sharedStyles,
    recordPageStyles,
    css`
      .steps li,
      .axes li {
        margin-bottom: 0.4rem;
      }
      .tagline {
        font-style: italic;
      }
      details {
        border-bottom: 1px solid var(--c-border);
        padding: 0.5rem 0;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
        padding: 0.25rem 0;
      }
      details p {
        margin-top: 0.5rem;
      }
      .ask-heading {
        margin-top: 1.5rem;
      }
      .amount {
        font-size: 1.25rem;
        font-weight: 700;
      }
      #signed:focus,
      #reviewed:focus {
        outline: 3px solid var(--c-focus);
        outline-offset: 2px;
      }
    `,
  ];

  @property() providerId = '';
  /** True on the provider's own page. */
  @property({ type: Boolean }) own = false;

  @state() private acte: Acte | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private showCharter = false;
  @state() private signed = false;
  @state() private reviewed = false;

  @query('pro-acte-charter-form') private charterForm?: ActeCharterForm;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('providerId') && this.providerId) {
      this.acte = null;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const requested = this.providerId;
    this.loadError = null;
    try {
      const { acte } = await getActe(requested);
      if (requested !== this.providerId) return;
      this.acte = acte;
      if (!this.own) this.dispatchEvent(pageTitleEvent(`ACTE — ${acte.provider.displayName}`));
    } catch (error) {
      if (requested === this.providerId) this.loadError = error as ApiError;
    }
  }

  private async openCharter(): Promise<void> {
    this.showCharter = true;
    await this.updateComplete;
    this.charterForm?.focus();
  }

  private async onSigned(event: CustomEvent<ActeSignedDetail>): Promise<void> {
    event.stopPropagation();
    this.showCharter = false;
    this.signed = true;
    this.acte = event.detail.acte;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#signed')?.focus();
  }

  private async onReviewed(event: CustomEvent<ActeReviewedDetail>): Promise<void> {
    event.stopPropagation();
    this.reviewed = true;
    this.acte = event.detail.acte;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#reviewed')?.focus();
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
      <h1>
        ${this.own ? 'Accueil en transition écologique' : `ACTE — ${this.acte?.provider.displayName ?? ''}`}
      </h1>
      ${
        this.loadError
          ? loadErrorTemplate(this.loadError, () => void this.load())
          : this.acte
            ? this.renderPage(this.acte)
            : loadingTemplate()
      }
    `;
  }

  private renderPage(a: Acte) {
    const mayTakePart = a.eligibility.eligible || a.charter !== null;
    return html`
      <p class="tagline">« Agir localement, penser globalement »</p>
      <p>
        Avec le projet ACTE, l’ONE met en lumière ce que les milieux d’accueil font déjà pour l’environnement
        et les accompagne pour aller un pas plus loin dans leur transition écologique.
      </p>
      <p>
        <a href=${DOCUMENT_URL} download data-testid="acte-document"
          >Télécharger le document explicatif (PDF)</a
        >
      </p>
      ${this.own ? nothing : html`<p class="muted">Lecture seule. Cette consultation est enregistrée.</p>`}
      ${
        this.signed
          ? html`<div id="signed" class="alert success" role="status" tabindex="-1" data-testid="acte-signed">
              <p>
                <strong>Merci pour votre engagement ! Votre charte est signée.</strong> L’ONE vous verse le
                subside de l’année dans les trois mois. Étape suivante : créez votre plan d’action écologique.
              </p>
            </div>`
          : nothing
      }
      ${a.charter ? this.renderFollowUp(a) : mayTakePart ? nothing : this.renderNotEligible(a)}
      ${this.renderScheme(a)} ${!a.charter && mayTakePart ? this.renderCharter(a) : nothing}
      ${mayTakePart && this.own ? this.renderFaq() : nothing}
    `;
  }

  /** What ACTE is, its six axes and its four steps (seed chapter 14). */
  private renderScheme(a: Acte) {
    const perPlace = formatAmount(a.amountPerPlaceCents / 100);
    return html`<section class="card" aria-labelledby="scheme-heading" data-testid="acte-scheme">
      <h2 id="scheme-heading">
        ${a.charter ? 'Le dispositif en bref' : 'Qu’est-ce que l’accueil en transition écologique ?'}
      </h2>
      <p>En quelques mots, l’accueil en transition écologique, c’est :</p>
      <ul>
        <li>permettre à chaque enfant de s’épanouir dans un environnement sain ;</li>
        <li>promouvoir une alimentation locale, équilibrée et de saison ;</li>
        <li>sensibiliser les enfants et les familles à l’écologie.</li>
      </ul>
      <h3>Six axes de travail</h3>
      <ul class="axes" data-testid="acte-axes">
        ${ACTE_AXES.map((x) => html`<li><strong>${x.label}</strong> : ${x.description}</li>`)}
      </ul>
      <h3>Votre transition écologique en 4 étapes</h3>
      <ol class="steps">
        <li>
          <strong>Signez la charte d’engagement.</strong> Elle reprend les objectifs et les engagements du
          projet. Pour la signer, votre milieu d’accueil doit avoir obtenu au moins le subside de base (niveau
          1).
        </li>
        <li>
          <strong>Créez votre plan d’action écologique.</strong> Faites l’état des lieux de votre milieu
          d’accueil, choisissez la ou les thématiques sur lesquelles vous voulez travailler, faites le point
          avec l’auto-diagnostic, puis choisissez vos actions dans le catalogue.
        </li>
        <li>
          <strong>Recevez vos subsides.</strong> La charte vous donne droit à ${perPlace} par place d’accueil,
          chaque année, pour vos achats, vos formations, etc. L’ONE verse le subside dans les trois mois qui
          suivent la signature de la charte.
        </li>
        <li>
          <strong>Envoyez votre plan d’action à l’ONE.</strong> L’équipe ACTE en accuse réception, le valide
          et répond à vos questions. Un an plus tard, vous faites le point sur vos actions.
        </li>
      </ol>
    </section>`;
  }

  private renderNotEligible(a: Acte) {
    return html`<section class="card" aria-labelledby="not-eligible-heading">
      <h2 id="not-eligible-heading">La charte n’est pas accessible pour le moment</h2>
      <div class="alert info" data-testid="acte-not-eligible">
        <p>
          ${a.eligibility.reason ?? 'Votre milieu d’accueil ne remplit pas les conditions du dispositif.'}
        </p>
      </div>
      <p>
        Vous pouvez lire la présentation du dispositif ci-dessous et le document explicatif. Pour en savoir
        plus, contactez votre agent conseil ou votre référent·e accueil : voir
        <a href="/contacts-one">Contacts ONE</a>.
      </p>
    </section>`;
  }

  private renderCharter(a: Acte) {
    if (!a.canSign) return nothing;
    return html`<section class="card" aria-labelledby="charter-intro-heading">
      <h2 id="charter-intro-heading">Participer : la charte d’engagement</h2>
      <p>
        Votre milieu d’accueil remplit les conditions.
        ${
          a.expectedAmountCents !== null
            ? html`En signant la charte, vous recevez
                <strong data-testid="acte-expected">${formatCents(a.expectedAmountCents)}</strong> par an pour
                vos ${placesLabel(a.places)}, versés dans les trois mois qui suivent la signature.`
            : nothing
        }
      </p>
      ${
        this.showCharter
          ? html`<div id="charter" data-testid="acte-charter">
              <pro-acte-charter-form
                .providerId=${this.providerId}
                @pro-acte-signed=${this.onSigned}
              ></pro-acte-charter-form>
            </div>`
          : html`<p>
              <button class="button" type="button" @click=${() => void this.openCharter()}>
                Accéder à la charte
              </button>
            </p>`
      }
    </section>`;
  }

  /** Once the charter is signed: the year, its subsidy, the plan, the review, the earlier years. */
  private renderFollowUp(a: Acte) {
    const planHref = this.own
      ? '/acte/plan'
      : `/accueillants/${encodeURIComponent(this.providerId)}/acte/plan`;
    return html`
      <div class="layout">
        <section class="card" aria-labelledby="engagement-heading" data-testid="acte-engagement">
          <h2 id="engagement-heading">Votre engagement</h2>
          <dl class="facts">
            <dt>Charte signée</dt>
            <dd>le ${formatDate(a.charter!.signedAt)} par ${a.charter!.signedBy}</dd>
            ${
              a.year
                ? html`<dt>Année en cours</dt>
                    <dd data-testid="acte-year">
                      ${a.year.label} (année ${a.year.number}) : du ${formatDate(a.year.start)} au
                      ${formatDate(a.year.end)}
                    </dd>`
                : nothing
            }
          </dl>
          ${
            a.caseStatus === 'closed'
              ? html`<p class="alert info">Le dispositif est terminé pour ce milieu d’accueil.</p>`
              : nothing
          }
        </section>
        ${this.renderSubsidy(a)}
      </div>
      ${
        a.plan
          ? html`<section class="card" aria-labelledby="plan-heading" data-testid="acte-plan">
              <h2 id="plan-heading">Le plan d’action écologique de l’année</h2>
              <p>
                <span class="badge ${planBadgeClass(a.plan.status)}" data-testid="acte-plan-status"
                  >${a.plan.statusLabel}</span
                >
                ${a.plan.submittedAt ? html`Envoyé le ${formatDate(a.plan.submittedAt)}.` : nothing}
                ${a.plan.decidedAt && a.plan.status === 'validated' ? html`Validé le ${formatDate(a.plan.decidedAt)}.` : nothing}
              </p>
              <p>${this.planNextStep(a.plan.status)}</p>
              ${
                a.plan.comment && a.plan.status !== 'submitted'
                  ? html`<div class="alert ${a.plan.status === 'changes_requested' ? 'warning' : 'info'}">
                      <p><strong>Le message de l’équipe ACTE :</strong> ${a.plan.comment}</p>
                    </div>`
                  : nothing
              }
              <p>
                <a class="button" href=${planHref}
                  >${a.plan.editable ? 'Accéder au plan d’action' : 'Voir le plan d’action'}</a
                >
              </p>
            </section>`
          : nothing
      }
      ${this.renderReview(a)} ${this.renderPreviousYears(a)}
    `;
  }

  private planNextStep(status: NonNullable<Acte['plan']>['status']): string {
    const mine = this.own;
    switch (status) {
      case 'none':
      case 'draft':
        return mine
          ? 'Faites l’état des lieux, choisissez vos thématiques et vos actions, puis envoyez votre plan à l’équipe ACTE.'
          : 'Le plan n’est pas encore envoyé à l’équipe ACTE.';
      case 'changes_requested':
        return mine
          ? 'L’équipe ACTE vous demande de modifier votre plan : adaptez-le puis envoyez-le à nouveau.'
          : 'L’équipe ACTE a demandé des modifications.';
      case 'submitted':
        return 'L’équipe ACTE examine le plan ; sa réponse arrive dans les notifications.';
      case 'validated':
        return mine
          ? 'Votre plan est validé : mettez vos actions en œuvre au fil de l’année.'
          : 'Le plan est validé.';
    }
  }

  private renderSubsidy(a: Acte) {
    const p = a.payment;
    return html`<section class="card" aria-labelledby="subsidy-heading" data-testid="acte-subsidy">
      <h2 id="subsidy-heading">Le subside de l’année</h2>
      ${
        p
          ? html`<p>
                <span class="amount" data-testid="acte-amount">${formatCents(p.amountCents)}</span>
                pour ${placesLabel(p.places)}
                <span class="badge ${paymentBadgeClass(p)}" data-testid="acte-payment-status"
                  >${p.statusLabel}</span
                >
              </p>
              <dl class="facts">
                <dt>À verser au plus tard le</dt>
                <dd class=${p.overdue ? 'overdue-date' : ''}>${formatDate(p.dueAt)}</dd>
                ${
                  p.paidOn
                    ? html`<dt>Versé le</dt>
                        <dd>${formatDate(p.paidOn)}</dd>`
                    : nothing
                }
              </dl>
              ${
                a.escalated || a.atRisk
                  ? html`<div class="alert warning" data-testid="acte-at-risk">
                      <p>
                        ${
                          a.escalated
                            ? 'Le délai de versement est dépassé.'
                            : `Le versement risque d’être en retard : ${a.atRisk!.toLowerCase()}.`
                        }
                      </p>
                    </div>`
                  : nothing
              }
              ${this.own ? this.renderNextStep(p.status) : nothing}`
          : a.eligibility.eligible && a.expectedAmountCents !== null
            ? html`<p>
                <span class="amount" data-testid="acte-amount">${formatCents(a.expectedAmountCents)}</span>
                pour ${placesLabel(a.places)}, versés dans les trois mois qui suivent la signature sur votre
                compte validé par l’ONE.
              </p>`
            : html`<p data-testid="acte-no-subsidy">
                Pas de subside cette année. ${a.eligibility.reason ?? ''}
              </p>`
      }
    </section>`;
  }

  private renderNextStep(status: NonNullable<Acte['payment']>['status']) {
    const step = subsidyNextStep(status, this.own ? (this.acte?.bankDetails ?? null) : null);
    return html`<p data-testid="acte-next-step">
        <strong>${status === 'released' ? 'C’est fait' : 'Ce qu’il faut faire'} :</strong> ${step.text}
      </p>
      <p>
        ${
          step.inSignaletique
            ? html`<a href="/ma-signaletique" data-testid="acte-signaletique-link"
                  >Compléter mes coordonnées bancaires dans « Signalétique »</a
                >
                ·`
            : nothing
        }
        <a href="/mes-subsides">Voir mes subsides</a>
      </p>`;
  }

  private renderReview(a: Acte) {
    const r = a.review;
    if (!r) return nothing;
    const heading = `Le point sur votre plan de l’année ${r.year}`;
    if (r.done || !this.own || !a.canAct)
      return html`<section class="card" aria-labelledby="review-heading" data-testid="acte-review">
        <h2 id="review-heading">${heading}</h2>
        <div id="reviewed" tabindex="-1" role="status" class=${this.reviewed ? 'alert success' : ''}>
          <p>
            ${
              r.done
                ? this.own
                  ? 'Merci : votre bilan est envoyé à l’équipe ACTE.'
                  : 'Le bilan de l’année est envoyé à l’équipe ACTE.'
                : 'Le bilan de l’année n’est pas encore envoyé.'
            }
          </p>
        </div>
      </section>`;
    return html`<section class="card" aria-labelledby="review-heading" data-testid="acte-review">
      <h2 id="review-heading">${heading}</h2>
      <p>
        Un an après, faites le point : pour chaque action de votre plan, dites si elle est réalisée, en cours
        ou pas commencée.
      </p>
      <pro-acte-review-form
        .providerId=${this.providerId}
        .year=${r.year}
        .actions=${r.plan.actions}
        @pro-acte-reviewed=${this.onReviewed}
      ></pro-acte-review-form>
    </section>`;
  }

  private renderPreviousYears(a: Acte) {
    if (!a.previousYears.length) return nothing;
    return html`<section class="card" aria-labelledby="years-heading" data-testid="acte-previous-years">
      <h2 id="years-heading">Les années précédentes</h2>
      <ul class="plain">
        ${a.previousYears.map(
          (y) =>
            html`<li>
              <p>
                <strong>${y.label}</strong> (année ${y.year}) —
                ${
                  y.amountCents !== null
                    ? html`subside de
                      ${formatCents(y.amountCents)}${
                        y.paidOn ? html`, versé le ${formatDate(y.paidOn)}` : ', non versé'
                      }`
                    : 'pas de subside'
                }
                · plan : ${y.planStatusLabel.toLowerCase()}
              </p>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderFaq() {
    return html`<section class="card" aria-labelledby="faq-heading" data-testid="acte-faq">
      <h2 id="faq-heading">Vous avez une question ?</h2>
      ${ACTE_FAQ.map(
        (f) =>
          html`<details id=${`faq-${f.id}`}>
            <summary>${f.question}</summary>
            <p>${f.answer}</p>
          </details>`,
      )}
      <h3 class="ask-heading">Une autre question ?</h3>
      <p>
        Posez-la à l’équipe ACTE : elle vous répond dans vos notifications et dans
        <a href="/mes-demandes">Mes demandes</a>.
      </p>
      <pro-acte-question-form .providerId=${this.providerId}></pro-acte-question-form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-acte-page': ActePage;
  }
}
