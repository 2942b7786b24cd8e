import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ACTE_AXES, ACTE_CHARTER, ACTE_FAQ } from '../../../../common/acte-content.js';
import { ApiError, askActeQuestion, getActe, signActeCharter, submitActeReview } from '../../api/api.js';
import type { Acte, ReviewStatus } from '../../api/types.js';
import {
  PAYMENT_STATUS_HINTS,
  actionTitle,
  formatCents,
  paymentBadgeClass,
  planBadgeClass,
} from '../../lib/acte.js';
import { loadErrorTemplate, loadingTemplate, pageTitleEvent } from '../../lib/feedback.js';
import { formatDate } from '../../lib/format.js';
import { newIdempotencyKey } from '../../lib/idempotency.js';
import { recordPageStyles, sharedStyles } from '../../styles/shared.styles.js';

const REVIEW_CHOICES: ReadonlyArray<{ value: ReviewStatus; label: string }> = [
  { value: 'done', label: 'Réalisée' },
  { value: 'in_progress', label: 'En cours' },
  { value: 'not_started', label: 'Pas commencée' },
];
const QUESTION_MAX = 2000;

/**
 * « Accueil en transition écologique » (seed chapter 14): the scheme, the charter (for places at
 * the basic subsidy level 1), the year's subsidy and action plan, last year's review, the FAQ and
 * the question form. Agents read the same page for a provider in their scope (`own` false).
 */
@customElement('pro-acte-page')
export class ActePage extends LitElement {
  static override styles = [
    sharedStyles,
    recordPageStyles,
    css`
      .steps {
        padding-left: 1.25rem;
      }
      .steps li,
      .axes li {
        margin-bottom: 0.4rem;
      }
      .charter ol li {
        margin-bottom: 0.5rem;
      }
      details {
        border-bottom: 1px solid var(--c-border);
        padding: 0.5rem 0;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
      }
      textarea {
        width: 100%;
        box-sizing: border-box;
      }
      .review-row {
        border-left: 4px solid var(--c-border);
        padding-left: 0.75rem;
        margin-bottom: 1rem;
      }
      [tabindex='-1']:focus {
        outline: 3px solid var(--c-focus);
        outline-offset: 2px;
      }
    `,
  ];

  @property() providerId = '';
  @property({ type: Boolean }) own = false;

  @state() private acte: Acte | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private showCharter = false;
  @state() private confirmed = false;
  @state() private charterError = '';
  @state() private signing = false;
  @state() private signed = false;
  @state() private question = '';
  @state() private questionError = '';
  @state() private questionSent = false;
  @state() private asking = false;
  @state() private review: Record<string, ReviewStatus> = {};
  @state() private reviewComment = '';
  @state() private reviewError = '';
  @state() private reviewing = false;
  private signKey = newIdempotencyKey();
  private questionKey = newIdempotencyKey();
  private reviewKey = newIdempotencyKey();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('providerId') && this.providerId) void this.load();
  }

  private async load(): Promise<void> {
    this.loadError = null;
    try {
      this.acte = (await getActe(this.providerId)).acte;
      if (!this.own) this.dispatchEvent(pageTitleEvent(`ACTE — ${this.acte.provider.displayName}`));
    } catch (error) {
      this.loadError = error as ApiError;
    }
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async sign(event: Event): Promise<void> {
    event.preventDefault();
    if (this.signing) return;
    this.charterError = '';
    if (!this.confirmed) {
      this.charterError = 'Cochez la case pour confirmer que vous avez lu et compris la charte.';
      await this.focusOn('#charter-confirm');
      return;
    }
    this.signing = true;
    try {
      this.acte = (await signActeCharter(this.providerId, true, this.signKey)).acte;
      this.signed = true;
      this.showCharter = false;
      await this.focusOn('#signed');
    } catch (error) {
      this.charterError = (error as ApiError).message;
      await this.focusOn('#charter-error');
    } finally {
      this.signing = false;
    }
  }

  private async ask(event: Event): Promise<void> {
    event.preventDefault();
    if (this.asking) return;
    this.questionError = '';
    this.questionSent = false;
    if (!this.question.trim()) {
      this.questionError = 'Écrivez votre question.';
      await this.focusOn('#question');
      return;
    }
    this.asking = true;
    try {
      await askActeQuestion(this.providerId, this.question.trim(), this.questionKey);
      this.questionSent = true;
      this.question = '';
      this.questionKey = newIdempotencyKey();
      await this.focusOn('#question-sent');
    } catch (error) {
      this.questionError = (error as ApiError).message;
      await this.focusOn('#question');
    } finally {
      this.asking = false;
    }
  }

  private async sendReview(event: Event): Promise<void> {
    event.preventDefault();
    const pending = this.acte?.review;
    if (!pending || this.reviewing) return;
    this.reviewError = '';
    const missing = pending.plan.actions.filter((a) => !this.review[a]);
    if (missing.length) {
      this.reviewError = 'Indiquez où en est chaque action de votre plan.';
      await this.focusOn('#review-error');
      return;
    }
    this.reviewing = true;
    try {
      this.acte = (
        await submitActeReview(
          this.providerId,
          pending.year,
          { actions: this.review, comment: this.reviewComment.trim() || null },
          this.reviewKey,
        )
      ).acte;
      await this.focusOn('#review-heading');
    } catch (error) {
      this.reviewError = (error as ApiError).message;
      await this.focusOn('#review-error');
    } finally {
      this.reviewing = false;
    }
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
    return html`
      ${this.renderIntro(a)}
      ${
        this.signed
          ? html`<div id="signed" class="alert success" role="status" tabindex="-1">
              <p>
                Merci pour votre engagement ! Votre charte est signée. Créez maintenant votre plan d’action
                écologique.
              </p>
            </div>`
          : nothing
      }
      ${a.charter ? this.renderEngagement(a) : this.renderCharter(a)} ${this.renderReview(a)}
      ${this.renderPreviousYears(a)} ${this.renderFaq()}
    `;
  }

  private renderIntro(a: Acte) {
    return html`<section class="card" aria-labelledby="about-heading">
      <h2 id="about-heading">« Agir localement, penser globalement »</h2>
      <p>
        Avec le projet ACTE, l’ONE met en lumière ce que les milieux d’accueil font déjà pour l’environnement
        et les accompagne pour aller un pas plus loin : un environnement sain pour chaque enfant, une
        alimentation locale, équilibrée et de saison, et la sensibilisation des enfants et des familles à
        l’écologie.
      </p>
      <p>Le projet vise six axes de développement durable :</p>
      <ul class="axes">
        ${ACTE_AXES.map((x) => html`<li><strong>${x.label}</strong> : ${x.description}</li>`)}
      </ul>
      <h3>Votre transition écologique en 4 étapes</h3>
      <ol class="steps">
        <li>Signez la charte d’engagement (subside de base de niveau 1 au minimum).</li>
        <li>
          Créez votre plan d’action écologique : état des lieux, thématiques, auto-diagnostic et actions
          choisies parmi plus de 50.
        </li>
        <li>
          Recevez vos subsides : 125 € par place d’accueil, versés dans les trois mois de la signature, puis
          chaque année.
        </li>
        <li>
          Soumettez votre plan à l’ONE : l’équipe ACTE en accuse réception, le valide et vous accompagne. Un
          an après, vous faites le point.
        </li>
      </ol>
      <p>
        <a class="button secondary" href="/api/acte/document" target="_blank" rel="noopener"
          >Télécharger le document explicatif (PDF)</a
        >
      </p>
      ${
        a.eligibility.eligible
          ? nothing
          : html`<div class="alert info" data-testid="acte-not-eligible">
              <p><strong>La charte et ses subsides ne vous sont pas accessibles pour le moment.</strong></p>
              <p>${a.eligibility.reason}</p>
            </div>`
      }
    </section>`;
  }

  private renderCharter(a: Acte) {
    if (!a.canSign) return nothing;
    if (!this.showCharter)
      return html`<section class="card" aria-labelledby="charter-heading">
        <h2 id="charter-heading">La charte d’engagement</h2>
        <p>
          Votre milieu d’accueil remplit les conditions. En signant la charte, vous recevez
          ${a.expectedAmountCents !== null ? formatCents(a.expectedAmountCents) : '125 € par place'} par an
          (${a.places ?? '?'} place${(a.places ?? 0) > 1 ? 's' : ''} × 125 €).
        </p>
        <p>
          <button class="button" type="button" @click=${() => void this.openCharter()}>
            Accéder à la charte
          </button>
        </p>
      </section>`;
    return html`<section class="card charter" aria-labelledby="charter-heading" data-testid="acte-charter">
      <h2 id="charter-heading" tabindex="-1">${ACTE_CHARTER.title}</h2>
      <p>${ACTE_CHARTER.intro}</p>
      <ol>
        ${ACTE_CHARTER.commitments.map((c) => html`<li>${c.text}</li>`)}
      </ol>
      <h3>Confirmez votre engagement</h3>
      <p>
        Cette action signifie que vous êtes prêt·e à respecter tous les objectifs de la charte et à travailler
        vers une transition écologique.
      </p>
      ${
        this.charterError
          ? html`<div id="charter-error" class="alert error" role="alert" tabindex="-1">
              <p>${this.charterError}</p>
            </div>`
          : nothing
      }
      <form novalidate @submit=${this.sign}>
        <div class="choice ${this.charterError && !this.confirmed ? 'has-error' : ''}">
          <input
            type="checkbox"
            id="charter-confirm"
            .checked=${this.confirmed}
            aria-invalid=${this.charterError && !this.confirmed ? 'true' : 'false'}
            aria-describedby=${this.charterError ? 'charter-error' : nothing}
            @change=${(e: Event) => (this.confirmed = (e.target as HTMLInputElement).checked)}
          />
          <label for="charter-confirm">${ACTE_CHARTER.confirmation}</label>
        </div>
        <p class="actions">
          <button class="button" type="submit" ?disabled=${this.signing}>Je m’engage</button>
        </p>
      </form>
    </section>`;
  }

  private async openCharter(): Promise<void> {
    this.showCharter = true;
    await this.focusOn('#charter-heading');
  }

  private renderEngagement(a: Acte) {
    const p = a.payment;
    return html`<section class="card" aria-labelledby="engagement-heading" data-testid="acte-engagement">
        <h2 id="engagement-heading">Votre engagement</h2>
        <p>
          Charte signée le ${formatDate(a.charter!.signedAt)} par ${a.charter!.signedBy}.
          ${a.year ? html`Année ${a.year.number} du dispositif : ${a.year.label}.` : nothing}
        </p>
        ${
          a.caseStatus === 'closed'
            ? html`<p class="alert info">Le dispositif est terminé pour votre milieu d’accueil.</p>`
            : nothing
        }
        <h3>Le subside de l’année</h3>
        ${
          p
            ? html`<p>
                  <strong data-testid="acte-amount">${formatCents(p.amountCents)}</strong>
                  (${p.places} place${p.places > 1 ? 's' : ''} × 125 €)
                  <span class="badge ${paymentBadgeClass(p)}" data-testid="acte-payment-status"
                    >${p.statusLabel}</span
                  >
                </p>
                <p>
                  ${
                    p.paidOn
                      ? html`Versé le ${formatDate(p.paidOn)}.`
                      : html`À verser au plus tard le ${formatDate(p.dueAt)}.`
                  }
                  ${PAYMENT_STATUS_HINTS[p.status]}
                </p>
                ${
                  a.atRisk || a.escalated
                    ? html`<div class="alert warning" data-testid="acte-at-risk">
                        <p>
                          ${
                            a.escalated
                              ? 'Le délai de versement est dépassé.'
                              : `Le versement risque d’être en retard : ${a.atRisk?.toLowerCase()}.`
                          }
                          ${
                            p.status === 'waiting_bank_details' && this.own
                              ? html`Complétez vos coordonnées bancaires dans
                                  <a href="/ma-signaletique">Signalétique</a>.`
                              : nothing
                          }
                        </p>
                      </div>`
                    : nothing
                }
                ${this.own ? html`<p><a href="/mes-subsides">Voir mes subsides</a></p>` : nothing}`
            : a.eligibility.eligible && a.expectedAmountCents !== null
              ? html`<p>
                  <strong data-testid="acte-amount">${formatCents(a.expectedAmountCents)}</strong>
                  (${a.places} place${(a.places ?? 0) > 1 ? 's' : ''} × 125 €), versé dans les trois mois de
                  la signature sur vos coordonnées bancaires validées.
                </p>`
              : html`<p>${a.eligibility.reason ?? 'Aucun subside n’est prévu cette année.'}</p>`
        }
      </section>
      ${
        a.plan
          ? html`<section class="card" aria-labelledby="plan-heading" data-testid="acte-plan">
              <h2 id="plan-heading">Votre plan d’action écologique</h2>
              <p>
                <span class="badge ${planBadgeClass(a.plan.status)}" data-testid="acte-plan-status"
                  >${a.plan.statusLabel}</span
                >
                ${a.plan.submittedAt ? html`Envoyé le ${formatDate(a.plan.submittedAt)}.` : nothing}
              </p>
              ${
                a.plan.comment && a.plan.status !== 'submitted'
                  ? html`<p><strong>Message de l’équipe ACTE :</strong> ${a.plan.comment}</p>`
                  : nothing
              }
              <p>
                <a
                  class="button"
                  href=${this.own ? '/acte/plan' : `/accueillants/${encodeURIComponent(this.providerId)}/acte/plan`}
                  >${a.plan.editable ? 'Accéder au plan d’action' : 'Voir le plan d’action'}</a
                >
              </p>
            </section>`
          : nothing
      }`;
  }

  private renderReview(a: Acte) {
    const r = a.review;
    if (!r) return nothing;
    if (r.done)
      return html`<section class="card" aria-labelledby="review-heading">
        <h2 id="review-heading" tabindex="-1">Le point sur votre plan de l’année ${r.year}</h2>
        <p>Merci : votre bilan est envoyé à l’équipe ACTE.</p>
      </section>`;
    return html`<section class="card" aria-labelledby="review-heading" data-testid="acte-review">
      <h2 id="review-heading" tabindex="-1">Faites le point sur votre plan de l’année ${r.year}</h2>
      ${
        this.reviewError
          ? html`<div id="review-error" class="alert error" role="alert" tabindex="-1">
              <p>${this.reviewError}</p>
            </div>`
          : nothing
      }
      <form novalidate @submit=${this.sendReview}>
        ${r.plan.actions.map(
          (id) =>
            html`<fieldset class="review-row">
              <legend>${actionTitle(id)}</legend>
              ${REVIEW_CHOICES.map(
                (c) =>
                  html`<div class="choice">
                    <input
                      type="radio"
                      name=${`review-${id}`}
                      id=${`review-${id}-${c.value}`}
                      .checked=${this.review[id] === c.value}
                      ?disabled=${!a.canAct}
                      @change=${() => (this.review = { ...this.review, [id]: c.value })}
                    />
                    <label for=${`review-${id}-${c.value}`}>${c.label}</label>
                  </div>`,
              )}
            </fieldset>`,
        )}
        <div class="field">
          <label for="review-comment">Votre commentaire (facultatif)</label>
          <textarea
            id="review-comment"
            rows="3"
            maxlength="2000"
            .value=${this.reviewComment}
            ?disabled=${!a.canAct}
            @input=${(e: Event) => (this.reviewComment = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        ${
          a.canAct
            ? html`<p class="actions">
                <button class="button" type="submit" ?disabled=${this.reviewing}>Envoyer mon bilan</button>
              </p>`
            : nothing
        }
      </form>
    </section>`;
  }

  private renderPreviousYears(a: Acte) {
    if (!a.previousYears.length) return nothing;
    return html`<section class="card" aria-labelledby="years-heading">
      <h2 id="years-heading">Les années précédentes</h2>
      <ul>
        ${a.previousYears.map(
          (y) =>
            html`<li>
              Année ${y.year} (${y.label}) :
              ${
                y.amountCents !== null
                  ? html`subside de
                    ${formatCents(y.amountCents)}${y.paidOn ? html`, versé le ${formatDate(y.paidOn)}` : ''}`
                  : 'pas de subside'
              }
              · plan : ${y.planStatusLabel.toLowerCase()}
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderFaq() {
    return html`<section class="card" aria-labelledby="faq-heading">
      <h2 id="faq-heading">Vous avez une question ?</h2>
      ${ACTE_FAQ.map(
        (f) =>
          html`<details>
            <summary>${f.question}</summary>
            <p>${f.answer}</p>
          </details>`,
      )}
      ${
        this.own
          ? html`<h3 id="ask-heading">Une autre question ?</h3>
              <p>
                Envoyez votre question à l’équipe ACTE : elle vous répond dans vos notifications et dans
                <a href="/mes-demandes">Mes demandes</a>. Pour les questions générales, le helpdesk répond au
                02/542 14 45.
              </p>
              <div
                id="question-sent"
                tabindex="-1"
                role="status"
                class=${this.questionSent ? 'alert success' : ''}
              >
                ${
                  this.questionSent
                    ? html`<p>
                        Votre question a été envoyée à l’équipe ACTE. Vous recevrez la réponse dans vos
                        notifications et dans « Mes demandes ».
                      </p>`
                    : nothing
                }
              </div>
              <form novalidate @submit=${this.ask} aria-labelledby="ask-heading">
                <div class="field ${this.questionError ? 'has-error' : ''}">
                  <label for="question">Votre question <span class="required">(obligatoire)</span></label>
                  ${
                    this.questionError
                      ? html`<p class="field-error" id="question-error">${this.questionError}</p>`
                      : nothing
                  }
                  <textarea
                    id="question"
                    rows="4"
                    maxlength=${QUESTION_MAX}
                    aria-invalid=${this.questionError ? 'true' : 'false'}
                    aria-describedby=${this.questionError ? 'question-error' : nothing}
                    .value=${this.question}
                    @input=${(e: Event) => (this.question = (e.target as HTMLTextAreaElement).value)}
                  ></textarea>
                </div>
                <p class="actions">
                  <button class="button" type="submit" ?disabled=${this.asking}>Envoyer ma question</button>
                </p>
              </form>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-acte-page': ActePage;
  }
}
