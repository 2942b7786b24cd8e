import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import {
  ACTE_AXES,
  ACTE_DIAGNOSIS,
  DIAGNOSIS_SCALE,
  type ActeAxisId,
} from '../../../../common/acte-content.js';
import { ApiError, getActe, saveActePlan, submitActePlan } from '../../api/api.js';
import type { Acte, ActePlanContent, DiagnosisValue } from '../../api/types.js';
import { actionsByTheme, checkPlan, planBadgeClass, planErrorField, toggleTheme } from '../../lib/acte.js';
import { loadErrorTemplate, loadingTemplate, pageTitleEvent } from '../../lib/feedback.js';
import { INVALID_FORM, type FieldErrors, type FormError } from '../../lib/field-errors.js';
import { formatDate } from '../../lib/format.js';
import { newIdempotencyKey } from '../../lib/idempotency.js';
import { recordPageStyles, sharedStyles } from '../../styles/shared.styles.js';
import { type ErrorSummary, errorSummaryTemplate } from '../../components/error-summary/error-summary.js';
import '../../components/error-summary/error-summary.js';
import '../../components/acte-plan-summary/acte-plan-summary.js';

/**
 * The ecological action plan of the year (seed chapter 14, step 2): the state of play, the themes
 * among the six axes, the self-diagnosis of each chosen theme, the actions picked from the
 * catalogue. Saved as a draft at any time; sent to the ACTE team when complete. Read-only while
 * the team examines it, once validated, and for agents.
 */
@customElement('pro-acte-plan-page')
export class ActePlanPage extends LitElement {
  static override styles = [
    sharedStyles,
    recordPageStyles,
    css`
      textarea {
        width: 100%;
        box-sizing: border-box;
      }
      .theme {
        border-top: 1px solid var(--c-border);
        padding-top: 0.75rem;
        margin-top: 1rem;
      }
      .question legend,
      .catalogue legend {
        font-weight: 600;
      }
      .scale {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.25rem;
      }
      .catalogue .choice label {
        overflow-wrap: anywhere;
      }
      fieldset {
        min-width: 0;
      }
      /* A card that is a fieldset: its legend is the card's title, inside the border. */
      fieldset.card > legend {
        float: left;
        width: 100%;
      }
      fieldset.card > legend + * {
        clear: both;
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
  @state() private plan: ActePlanContent | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private busy = false;
  @state() private saved = '';
  private submitKey = newIdempotencyKey();
  @query('pro-error-summary') private summary?: ErrorSummary;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('providerId') && this.providerId) void this.load();
  }

  private async load(): Promise<void> {
    this.loadError = null;
    try {
      this.acte = (await getActe(this.providerId)).acte;
      this.plan = this.acte.plan ? structuredClone(this.acte.plan.content) : null;
      if (!this.own) this.dispatchEvent(pageTitleEvent(`Plan d’action — ${this.acte.provider.displayName}`));
    } catch (error) {
      this.loadError = error as ApiError;
    }
  }

  private get editable(): boolean {
    return Boolean(this.own && this.acte?.plan?.editable);
  }

  private fieldLabels(): Record<string, string> {
    const labels: Record<string, string> = { stateOfPlay: 'État des lieux', themes: 'Thématiques' };
    for (const axis of (this.plan?.themes ?? []) as ActeAxisId[])
      for (const q of ACTE_DIAGNOSIS[axis]) labels[q.id] = q.text;
    labels.actions = 'Actions choisies';
    return labels;
  }

  private change(plan: ActePlanContent): void {
    this.plan = plan;
    this.saved = '';
  }

  private async fail(error: ApiError): Promise<void> {
    const fieldErrors: FieldErrors = {};
    const others: string[] = [];
    const labels = this.fieldLabels();
    for (const d of error.details ?? []) {
      const field = planErrorField(String(d.path ?? ''));
      if (field in labels) fieldErrors[field] ??= d.message;
      else others.push(d.message);
    }
    this.fieldErrors = fieldErrors;
    this.formError = { message: error.message, code: error.code, others };
    await this.updateComplete;
    this.summary?.focus();
  }

  private async save(send: boolean): Promise<void> {
    if (!this.plan || !this.acte?.plan || this.busy) return;
    this.formError = null;
    this.fieldErrors = {};
    this.saved = '';
    if (send) {
      const errors = checkPlan(this.plan);
      if (Object.keys(errors).length) {
        this.fieldErrors = errors;
        this.formError = { ...INVALID_FORM, message: 'Votre plan est incomplet.' };
        await this.updateComplete;
        this.summary?.focus();
        return;
      }
    }
    this.busy = true;
    const year = this.acte.plan.year;
    try {
      let acte = (await saveActePlan(this.providerId, year, this.plan)).acte;
      if (send) {
        acte = (await submitActePlan(this.providerId, year, this.submitKey)).acte;
        this.submitKey = newIdempotencyKey();
      }
      this.acte = acte;
      this.plan = acte.plan ? structuredClone(acte.plan.content) : this.plan;
      this.saved = send
        ? 'Votre plan est envoyé à l’équipe ACTE. Elle en accuse réception et vous répond dans vos notifications.'
        : 'Brouillon enregistré. Vous pouvez y revenir quand vous voulez.';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#plan-saved')?.focus();
    } catch (error) {
      await this.fail(error as ApiError);
    } finally {
      this.busy = false;
    }
  }

  private focusField(field: string): void {
    const target =
      field === 'stateOfPlay'
        ? '#stateOfPlay'
        : field === 'themes'
          ? '#theme-alimentation'
          : field === 'actions'
            ? '.catalogue input'
            : `input[name="${CSS.escape(field)}"]`;
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  override render() {
    return html`
      <p class="back">
        <a href=${this.own ? '/acte' : `/accueillants/${encodeURIComponent(this.providerId)}/acte`}
          >← Retour à l’accueil en transition écologique</a
        >
      </p>
      <h1>
        ${this.own ? 'Mon plan d’action écologique' : `Plan d’action écologique — ${this.acte?.provider.displayName ?? ''}`}
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
    if (!a.plan || !this.plan)
      return html`<p class="alert info">
        ${a.charter ? 'Aucun plan n’est attendu pour le moment.' : 'Signez d’abord la charte ACTE.'}
        <a href="/acte">Retour à la page ACTE</a>
      </p>`;
    const editable = this.editable;
    const plan = this.plan;
    return html`
      <p>
        Année ${a.plan.year}${a.year ? html` (${a.year.label})` : nothing} ·
        <span class="badge ${planBadgeClass(a.plan.status)}" data-testid="plan-status"
          >${a.plan.statusLabel}</span
        >
        ${a.plan.submittedAt ? html` · envoyé le ${formatDate(a.plan.submittedAt)}` : nothing}
      </p>
      ${
        a.plan.comment && a.plan.status === 'changes_requested'
          ? html`<div class="alert warning">
              <p><strong>L’équipe ACTE vous demande des modifications :</strong> ${a.plan.comment}</p>
            </div>`
          : nothing
      }
      ${
        a.plan.status === 'submitted'
          ? html`<p class="alert info">
              L’équipe ACTE examine votre plan : vous pourrez le modifier si elle le demande.
            </p>`
          : nothing
      }
      <div id="plan-saved" tabindex="-1" role="status" class=${this.saved ? 'alert success' : ''}>
        ${this.saved ? html`<p>${this.saved}</p>` : nothing}
      </div>
      ${errorSummaryTemplate(this.formError, this.fieldErrors, this.fieldLabels(), { focusField: (field) => this.focusField(field) })}
      ${
        editable
          ? this.renderForm(plan)
          : html`<section class="card" aria-labelledby="plan-content-heading" data-testid="plan-read-only">
              <h2 id="plan-content-heading">${this.own ? 'Votre plan' : 'Le plan'}</h2>
              <pro-acte-plan-summary .plan=${plan}></pro-acte-plan-summary>
            </section>`
      }
    `;
  }

  private renderForm(plan: ActePlanContent) {
    return html`
      <form novalidate @submit=${(e: Event) => e.preventDefault()}>
        <fieldset class="card">
          <legend><h2>1. L’état des lieux</h2></legend>
          ${this.renderStateOfPlay()}
        </fieldset>
        <fieldset class="card">
          <legend><h2>2. Vos thématiques</h2></legend>
          ${this.renderThemes()}
        </fieldset>
        ${
          plan.themes.length
            ? html`<div class="card">
                <h2>3. Auto-diagnostic et actions</h2>
                <p class="hint">
                  Pour chaque thématique : faites le point, puis choisissez les actions que vous voulez mettre
                  en œuvre.
                </p>
                ${
                  this.fieldErrors.actions
                    ? html`<p class="field-error" id="actions-error">${this.fieldErrors.actions}</p>`
                    : nothing
                }
                ${(plan.themes as ActeAxisId[]).map((axis) => this.renderTheme(axis))}
              </div>`
            : nothing
        }
        <p class="actions">
          <button
            class="button secondary"
            type="button"
            ?disabled=${this.busy}
            @click=${() => void this.save(false)}
          >
            Enregistrer le brouillon
          </button>
          <button class="button" type="button" ?disabled=${this.busy} @click=${() => void this.save(true)}>
            Envoyer à l’équipe ACTE
          </button>
          <span class="muted" role="status">${this.busy ? 'Enregistrement en cours…' : ''}</span>
        </p>
      </form>
    `;
  }

  private renderStateOfPlay() {
    const error = this.fieldErrors.stateOfPlay;
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for="stateOfPlay"
        >Où en est votre milieu d’accueil ? <span class="required">(obligatoire)</span></label
      >
      <p class="hint" id="stateOfPlay-hint">
        Ce que vous faites déjà pour l’environnement, ce que vous voulez améliorer.
      </p>
      ${error ? html`<p class="field-error" id="stateOfPlay-error">${error}</p>` : nothing}
      <textarea
        id="stateOfPlay"
        rows="5"
        maxlength="4000"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'stateOfPlay-hint stateOfPlay-error' : 'stateOfPlay-hint'}
        .value=${this.plan!.stateOfPlay}
        @input=${(e: Event) => this.change({ ...this.plan!, stateOfPlay: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
    </div>`;
  }

  private renderThemes() {
    const error = this.fieldErrors.themes;
    return html`<p class="hint">Choisissez la ou les thématiques sur lesquelles vous voulez travailler.</p>
      ${error ? html`<p class="field-error" id="themes-error">${error}</p>` : nothing}
      ${ACTE_AXES.map(
        (axis) =>
          html`<div class="choice">
            <input
              type="checkbox"
              id=${`theme-${axis.id}`}
              aria-describedby=${error ? 'themes-error' : nothing}
              .checked=${this.plan!.themes.includes(axis.id)}
              @change=${(e: Event) =>
                this.change(toggleTheme(this.plan!, axis.id, (e.target as HTMLInputElement).checked))}
            />
            <label for=${`theme-${axis.id}`}><strong>${axis.label}</strong> — ${axis.description}</label>
          </div>`,
      )}`;
  }

  private renderTheme(axis: ActeAxisId) {
    const label = ACTE_AXES.find((a) => a.id === axis)?.label ?? axis;
    return html`<section class="theme" aria-labelledby=${`axis-${axis}`} data-testid=${`theme-${axis}`}>
      <h3 id=${`axis-${axis}`}>${label}</h3>
      <fieldset>
        <legend>Auto-diagnostic</legend>
        ${ACTE_DIAGNOSIS[axis].map((q) => {
          const error = this.fieldErrors[q.id];
          const errorId = `${q.id.replace(/\W/g, '-')}-error`;
          return html`<fieldset
            class="question field ${error ? 'has-error' : ''}"
            aria-describedby=${error ? errorId : nothing}
          >
            <legend>${q.text}</legend>
            ${error ? html`<p class="field-error" id=${errorId}>${error}</p>` : nothing}
            <div class="scale">
              ${DIAGNOSIS_SCALE.map(
                (c) =>
                  html`<div class="choice">
                    <input
                      type="radio"
                      name=${q.id}
                      id=${`${q.id}-${c.value}`}
                      .checked=${this.plan!.diagnosis[q.id] === c.value}
                      @change=${() =>
                        this.change({
                          ...this.plan!,
                          diagnosis: { ...this.plan!.diagnosis, [q.id]: c.value as DiagnosisValue },
                        })}
                    />
                    <label for=${`${q.id}-${c.value}`}>${c.label}</label>
                  </div>`,
              )}
            </div>
          </fieldset>`;
        })}
      </fieldset>
      <fieldset class="catalogue" aria-describedby=${this.fieldErrors.actions ? 'actions-error' : nothing}>
        <legend>Actions proposées</legend>
        ${actionsByTheme(axis).map(
          (group) =>
            html`<h4>${group.theme}</h4>
              ${group.actions.map(
                (action) =>
                  html`<div class="choice">
                    <input
                      type="checkbox"
                      id=${`action-${action.id}`}
                      .checked=${this.plan!.actions.includes(action.id)}
                      @change=${(e: Event) => {
                        const on = (e.target as HTMLInputElement).checked;
                        const rest = this.plan!.actions.filter((id) => id !== action.id);
                        this.change({ ...this.plan!, actions: on ? [...rest, action.id] : rest });
                      }}
                    />
                    <label for=${`action-${action.id}`}>${action.title}</label>
                  </div>`,
              )}`,
        )}
      </fieldset>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-acte-plan-page': ActePlanPage;
  }
}
