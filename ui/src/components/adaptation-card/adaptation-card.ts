import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, answerAdaptation, cutShortAdaptation } from '../../api/api.js';
import type { Adaptation } from '../../api/types.js';
import { TEXT_MAX, checkResumeOn, formatDay, resumeBounds } from '../../lib/authorisation.js';
import { INVALID_FORM, formErrorsFrom, type FieldErrors, type FormError } from '../../lib/field-errors.js';
import { formatDate, formatDateTime, todayInBrussels } from '../../lib/format.js';
import { RequestKey } from '../../lib/idempotency.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { errorSummaryTemplate, type ErrorSummary } from '../error-summary/error-summary.js';
import { styles } from './adaptation-card.styles.js';
import '../error-summary/error-summary.js';

export interface AdaptationChangedDetail {
  adaptation: Adaptation;
}

type FormName = 'answer' | 'cutShort';

/**
 * One request to adapt the authorisation: what was asked, where it stands, what ONE waits for,
 * the questions and answers, the decision and its letter. The provider answers the référent·e's
 * question or reopens earlier from here (`canAnswer`, `canCutShort`); each success fires
 * `pro-adaptation-changed` with the request as it now is, and a message takes the focus.
 */
@customElement('pro-adaptation-card')
export class AdaptationCard extends LitElement {
  static override styles = [sharedStyles, styles];

  @property({ attribute: false }) adaptation: Adaptation | null = null;
  /** Agents read whose request it is; the provider's own page leaves the name out. */
  @property({ type: Boolean, attribute: 'show-provider' }) showProvider = false;

  @state() private answerText = '';
  @state() private resumeOn = '';
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: { form: FormName; error: FormError } | null = null;
  @state() private sending: FormName | null = null;
  /** The confirmation of the last step sent, focused. */
  @state() private notice = '';
  private readonly requestKey = new RequestKey();

  private get idPrefix(): string {
    return `a-${this.adaptation?.caseId ?? ''}`;
  }

  private async showErrors(form: FormName, errors: FieldErrors, error: FormError): Promise<void> {
    this.fieldErrors = errors;
    this.formError = { form, error };
    await this.updateComplete;
    (this.renderRoot.querySelector('pro-error-summary') as ErrorSummary | null)?.focus();
  }

  private async done(adaptation: Adaptation, notice: string): Promise<void> {
    this.fieldErrors = {};
    this.formError = null;
    this.notice = notice;
    this.dispatchEvent(
      new CustomEvent<AdaptationChangedDetail>('pro-adaptation-changed', {
        detail: { adaptation },
        bubbles: true,
        composed: true,
      }),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.done-message')?.focus();
  }

  private async sendAnswer(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const a = this.adaptation;
    if (!a || this.sending) return;
    const text = this.answerText.trim();
    if (!text || text.length > TEXT_MAX) {
      const message = text
        ? `Votre réponse ne peut dépasser ${TEXT_MAX} caractères`
        : 'Écrivez votre réponse';
      await this.showErrors('answer', { text: message }, INVALID_FORM);
      return;
    }
    this.sending = 'answer';
    try {
      const { adaptation } = await answerAdaptation(a.caseId, text, this.requestKey.for(text));
      this.answerText = '';
      this.requestKey.reset();
      await this.done(adaptation, 'Votre réponse a été envoyée à votre référent·e accueil.');
    } catch (error) {
      const refused = formErrorsFrom(error as ApiError, ['text']);
      await this.showErrors('answer', refused.fieldErrors, refused.formError);
    } finally {
      this.sending = null;
    }
  }

  private async sendCutShort(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const a = this.adaptation;
    if (!a || this.sending) return;
    const problem = checkResumeOn(this.resumeOn, a.request, todayInBrussels());
    if (problem) {
      await this.showErrors('cutShort', { resumeOn: problem }, INVALID_FORM);
      return;
    }
    this.sending = 'cutShort';
    try {
      const { adaptation } = await cutShortAdaptation(a.caseId, this.resumeOn);
      await this.done(
        adaptation,
        `C’est noté : votre autorisation sera de nouveau active le ${formatDay(this.resumeOn)}.`,
      );
    } catch (error) {
      const refused = formErrorsFrom(error as ApiError, ['resumeOn']);
      await this.showErrors('cutShort', refused.fieldErrors, refused.formError);
    } finally {
      this.sending = null;
    }
  }

  override render() {
    const a = this.adaptation;
    if (!a) return nothing;
    return html`<article
      class="card"
      data-testid="adaptation"
      data-case-id=${a.caseId}
      data-stage=${a.stage}
      aria-labelledby="${this.idPrefix}-title"
    >
      <div class="request-head">
        <h3 id="${this.idPrefix}-title">${a.typeLabel}</h3>
        <span class="badge ${stageBadge(a)}" data-testid="adaptation-stage">${a.stageLabel}</span>
      </div>
      <p data-testid="adaptation-summary">${a.summary}</p>
      ${
        a.waitingFor
          ? html`<p class="waiting" data-testid="adaptation-waiting">
              <span class="muted">L’ONE attend :</span> ${a.waitingFor}
            </p>`
          : nothing
      }
      <dl class="facts">
        ${
          this.showProvider
            ? html`<dt>Accueillant·e</dt>
                <dd>${a.provider.displayName}</dd>`
            : nothing
        }
        <dt>Demandée le</dt>
        <dd><time datetime=${a.openedAt}>${formatDate(a.openedAt)}</time></dd>
        ${
          a.request.reason
            ? html`<dt>Motif</dt>
                <dd class="free-text">${a.request.reason}</dd>`
            : nothing
        }
        ${
          a.resumedEarlyOn
            ? html`<dt>Reprise anticipée</dt>
                <dd data-testid="adaptation-resumed">le ${formatDay(a.resumedEarlyOn)}</dd>`
            : nothing
        }
        ${
          a.closedAt
            ? html`<dt>Clôturée le</dt>
                <dd><time datetime=${a.closedAt}>${formatDate(a.closedAt)}</time></dd>`
            : nothing
        }
      </dl>
      ${this.renderExchanges(a)} ${this.renderDecision(a)} ${this.renderDocuments(a)}
      <div
        id="${this.idPrefix}-done"
        class="done-message ${this.notice ? 'alert success' : ''}"
        tabindex="-1"
        role="status"
      >
        ${this.notice ? html`<p data-testid="adaptation-notice">${this.notice}</p>` : nothing}
      </div>
      ${a.canAnswer ? this.renderAnswerForm(a) : nothing}
      ${a.canCutShort ? this.renderCutShortForm(a) : nothing}
    </article>`;
  }

  private renderExchanges(a: Adaptation) {
    if (a.exchanges.length === 0) return nothing;
    return html`<h4>Questions et réponses</h4>
      <ol class="plain exchanges" data-testid="adaptation-exchanges">
        ${a.exchanges.map(
          (x) =>
            html`<li class=${x.from}>
              <p class="who">
                ${x.author || (x.from === 'agent' ? 'Référent·e accueil' : 'Accueillant·e')} ·
                <time datetime=${x.at}>${formatDateTime(x.at)}</time>
              </p>
              <p class="text">${x.text}</p>
            </li>`,
        )}
      </ol>`;
  }

  private renderDecision(a: Adaptation) {
    if (!a.decision) return nothing;
    return html`<h4>Décision</h4>
      <div data-testid="adaptation-decision" data-decision=${a.decision.decision}>
        <p>
          <strong>${a.decision.decision === 'accepted' ? 'Acceptée' : 'Refusée'}</strong>
          <span class="muted"
            >le <time datetime=${a.decision.decidedAt}>${formatDate(a.decision.decidedAt)}</time></span
          >
        </p>
        ${
          a.decision.comment
            ? html`<p class="free-text">
                <span class="muted">${a.decision.decision === 'refused' ? 'Motif :' : 'Commentaire :'}</span>
                ${a.decision.comment}
              </p>`
            : nothing
        }
      </div>`;
  }

  private renderDocuments(a: Adaptation) {
    if (a.documents.length === 0) return nothing;
    return html`<h4>Documents</h4>
      <ul class="documents">
        ${a.documents.map(
          (doc) =>
            html`<li>
              <a href=${doc.url} download data-testid="adaptation-document">${doc.label} (PDF)</a>
              <span class="muted">· ${formatDate(doc.createdAt)}</span>
            </li>`,
        )}
      </ul>`;
  }

  private renderSummary(form: FormName, labels: Record<string, string>) {
    const current = this.formError;
    if (!current || current.form !== form) return nothing;
    return errorSummaryTemplate(current.error, this.fieldErrors, labels, {
      idFor: (field) => `${this.idPrefix}-${field}`,
    });
  }

  private renderAnswerForm(a: Adaptation) {
    const id = `${this.idPrefix}-text`;
    const error = this.formError?.form === 'answer' ? this.fieldErrors.text : undefined;
    const label = 'Votre réponse';
    return html`<form novalidate @submit=${this.sendAnswer} aria-labelledby="${this.idPrefix}-answer-title">
      <h4 id="${this.idPrefix}-answer-title">Répondre à votre référent·e accueil</h4>
      ${a.question ? html`<p class="free-text" data-testid="adaptation-question">« ${a.question} »</p>` : nothing}
      ${this.renderSummary('answer', { text: label })}
      <div class="field ${error ? 'has-error' : ''}">
        <label for=${id}>${label} <span class="required" aria-hidden="true">*</span></label>
        <span class="hint" id="${id}-hint">${TEXT_MAX} caractères maximum.</span>
        ${error ? html`<span class="field-error" id="${id}-error">${error}</span>` : nothing}
        <textarea
          id=${id}
          rows="5"
          maxlength=${TEXT_MAX}
          required
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
          .value=${this.answerText}
          @input=${(e: Event) => (this.answerText = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <div class="actions">
        <button class="button" type="submit" ?disabled=${this.sending !== null}>Envoyer ma réponse</button>
        <span class="muted" role="status">${this.sending === 'answer' ? 'Envoi en cours…' : ''}</span>
      </div>
    </form>`;
  }

  private renderCutShortForm(a: Adaptation) {
    const id = `${this.idPrefix}-resumeOn`;
    const error = this.formError?.form === 'cutShort' ? this.fieldErrors.resumeOn : undefined;
    const { min, max } = resumeBounds(a.request, todayInBrussels());
    const label = 'Premier jour où vous accueillez à nouveau';
    return html`<form novalidate @submit=${this.sendCutShort} aria-labelledby="${this.idPrefix}-cut-title">
      <h4 id="${this.idPrefix}-cut-title">Reprendre plus tôt</h4>
      <p>
        Vous pouvez rouvrir votre lieu d’accueil avant la fin prévue de la cessation
        ${a.request.to ? html`(dernier jour prévu : ${formatDay(a.request.to)})` : nothing}.
      </p>
      ${this.renderSummary('cutShort', { resumeOn: label })}
      <div class="field ${error ? 'has-error' : ''}">
        <label for=${id}>${label} <span class="required" aria-hidden="true">*</span></label>
        <span class="hint" id="${id}-hint"
          >Entre le ${formatDay(min)}${max ? ` et le ${formatDay(max)}` : ''}.</span
        >
        ${error ? html`<span class="field-error" id="${id}-error">${error}</span>` : nothing}
        <input
          id=${id}
          type="date"
          min=${min}
          max=${max ?? nothing}
          required
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
          .value=${this.resumeOn}
          @input=${(e: Event) => (this.resumeOn = (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="actions">
        <button class="button secondary" type="submit" ?disabled=${this.sending !== null}>
          Enregistrer la reprise
        </button>
        <span class="muted" role="status">${this.sending === 'cutShort' ? 'Envoi en cours…' : ''}</span>
      </div>
    </form>`;
  }
}

function stageBadge(a: Adaptation): string {
  if (a.stage === 'refused') return 'danger';
  if (a.stage === 'waiting_provider') return 'warning';
  if (a.stage === 'accepted' || a.stage === 'in_effect') return 'success';
  return a.status === 'open' ? 'info' : 'neutral';
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-adaptation-card': AdaptationCard;
  }
  interface HTMLElementEventMap {
    'pro-adaptation-changed': CustomEvent<AdaptationChangedDetail>;
  }
}
