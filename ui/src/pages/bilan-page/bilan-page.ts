import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  ApiError,
  createAction,
  createObjective,
  deleteAction,
  deleteDocument,
  deleteObjective,
  documentUrl,
  extendBilan,
  getBilan,
  saveAssessment,
  sendPlan,
  shareVolet,
  updateAction,
  updateObjective,
  uploadDocument,
} from '../../api/api.js';
import type {
  ActionInput,
  Bilan,
  BilanAction,
  BilanCategory,
  BilanObjective,
  BilanRating,
  BilanTheme,
  ObjectiveInput,
} from '../../api/types.js';
import { bilanNextStep, bilanStageBadge, formatSize } from '../../lib/bilan.js';
import { loadErrorTemplate, loadingTemplate, pageTitleEvent } from '../../lib/feedback.js';
import { formErrorsFrom, withoutError, type FieldErrors } from '../../lib/field-errors.js';
import { formatDate, formatDateTime, todayInBrussels } from '../../lib/format.js';
import { newIdempotencyKey } from '../../lib/idempotency.js';
import { readAsBase64 } from '../../lib/files.js';
import { radioGroupTemplate, type Choice } from '../../lib/radio-group.js';
import { recordPageStyles, sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './bilan-page.styles.js';

const RATINGS: Choice<BilanRating>[] = [
  { value: 'satisfaisant', label: 'Satisfaisant' },
  { value: 'a_ameliorer', label: 'À améliorer' },
  { value: 'insatisfaisant', label: 'Insatisfaisant' },
];
const THEMES: Choice<BilanTheme>[] = [
  { value: 'projet_accueil', label: "Mise en œuvre du projet d'accueil" },
  { value: 'accessibilite', label: "Accessibilité du projet d'accueil" },
];
/** The largest working document the server takes. */
const DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

type Editing =
  | { kind: 'category'; code: string; rating: BilanRating | null; findings: string }
  | { kind: 'objective'; id: string | null; theme: BilanTheme | null; title: string; description: string }
  | {
      kind: 'action';
      id: string | null;
      objectiveId: string;
      description: string;
      responsible: string;
      dueDate: string;
    }
  | null;

/**
 * One bilan de fonctionnement. The provider completes volet 1 (seven categories), volet 2
 * (objectives, private working documents) and the plan d'action, and hands each over to the
 * ONE; the agent conseil reads what was handed over and may extend the deadline.
 */
@customElement('pro-bilan-page')
export class BilanPage extends LitElement {
  static override styles = [sharedStyles, recordPageStyles, styles];

  @property() bilanId = '';

  @state() private bilan: Bilan | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private editing: Editing = null;
  @state() private fieldErrors: FieldErrors = {};
  /** Why « Donner accès à l'ONE » refused volet 1, per category code (`volet1.<code>`). */
  @state() private categoryErrors: FieldErrors = {};
  /** An error about the whole page (a refused hand-over, a lost connection), shown at the top. */
  @state() private error: { message: string; others: string[] } | null = null;
  @state() private notice = '';
  @state() private busy = false;
  @state() private confirmingSend = false;
  @state() private extension = { deadline: '', reason: '' };
  private keys = new Map<string, string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('bilanId') && this.bilanId) {
      this.bilan = null;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const requested = this.bilanId;
    this.loadError = null;
    try {
      const { bilan } = await getBilan(requested);
      if (requested !== this.bilanId) return;
      this.bilan = bilan;
      this.dispatchEvent(pageTitleEvent(bilan.campaign.title));
    } catch (error) {
      if (requested === this.bilanId) this.loadError = error as ApiError;
    }
  }

  /** The same key for the same step until it succeeds: a retry is never done twice. */
  private keyFor(step: string): string {
    let key = this.keys.get(step);
    if (!key) {
      key = newIdempotencyKey();
      this.keys.set(step, key);
    }
    return key;
  }

  /** Runs one change; shows its outcome, or the server's refusal next to the fields it names. */
  private async run(
    change: () => Promise<{ bilan: Bilan }>,
    done: string,
    fields: readonly string[] = [],
    focus = '#notice',
    /** Takes the refused fields' errors instead of the form (volet 1's categories). */
    keepErrors?: (errors: FieldErrors) => void,
  ): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.error = null;
    this.notice = '';
    try {
      const { bilan } = await change();
      this.bilan = bilan;
      this.fieldErrors = {};
      this.notice = done;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
      return true;
    } catch (error) {
      const refused = formErrorsFrom(error as ApiError, fields);
      if (keepErrors) keepErrors(refused.fieldErrors);
      else this.fieldErrors = refused.fieldErrors;
      this.error = { message: refused.formError.message, others: refused.formError.others };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#page-error')?.focus();
      if ((error as ApiError).status === 409) void this.load();
      return false;
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const bilan = this.bilan;
    const own = bilan?.can.readDocuments ?? false;
    return html`
      <p class="back">
        <a href=${own || !bilan ? '/mes-bilans' : '/taches'}
          >${own || !bilan ? '← Retour à mes bilans' : '← Retour aux tâches'}</a
        >
      </p>
      <h1>${bilan?.campaign.title ?? 'Bilan de fonctionnement'}</h1>
      ${
        this.loadError
          ? loadErrorTemplate(this.loadError, () => void this.load())
          : bilan
            ? this.renderBilan(bilan)
            : loadingTemplate()
      }
    `;
  }

  private renderBilan(bilan: Bilan) {
    const own = bilan.can.readDocuments;
    return html`
      ${own ? nothing : html`<p>${bilan.provider.displayName} <span class="muted">· ${bilan.provider.subregion.name}</span></p>`}
      <p id="notice" class="notice" role="status" tabindex="-1" data-testid="bilan-notice">${this.notice}</p>
      ${
        this.error
          ? html`<div
              id="page-error"
              class="alert error"
              role="alert"
              tabindex="-1"
              data-testid="bilan-error"
            >
              <p>${this.error.message}</p>
              ${
                this.error.others.length || this.categoriesInError(bilan).length
                  ? html`<ul>
                      ${this.categoriesInError(bilan).map(
                        (c) =>
                          html`<li>
                            <a href="#cat-${c.code}" @click=${this.jump}>${this.categoryErrors[c.code]}</a>
                          </li>`,
                      )}
                      ${this.error.others.map((m) => html`<li>${m}</li>`)}
                    </ul>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${this.renderSummary(bilan)}
      ${
        bilan.stage === 'upcoming'
          ? html`<div class="alert info" data-testid="bilan-upcoming">
              <p>
                <strong>Ce bilan est à venir.</strong> Les outils s'ouvriront le
                ${formatDate(bilan.startsAt)}.
              </p>
              <p><a href="/mes-bilans/documentation">Accéder à la documentation</a></p>
            </div>`
          : html`
              <nav aria-label="Parties du bilan">
                <ul class="in-page">
                  <li>
                    <a href="#volet1-heading" @click=${this.jump}>Volet 1 : Conditions d'autorisation</a>
                  </li>
                  <li>
                    <a href="#volet2-heading" @click=${this.jump}
                      >Volet 2 : Mise en œuvre du projet d'accueil</a
                    >
                  </li>
                  <li><a href="#plan-heading" @click=${this.jump}>Plan d'action</a></li>
                </ul>
              </nav>
              ${this.renderVolet1(bilan)} ${this.renderVolet2(bilan)} ${this.renderPlan(bilan)}
            `
      }
      ${this.renderExtensions(bilan)}
    `;
  }

  /** In-page links: the shadow root hides the targets from the browser, so move there ourselves. */
  private jump(event: Event): void {
    event.preventDefault();
    const id = (event.currentTarget as HTMLAnchorElement).getAttribute('href')!.slice(1);
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    target?.setAttribute('tabindex', '-1');
    target?.focus();
  }

  private renderSummary(bilan: Bilan) {
    const own = bilan.can.readDocuments;
    return html`<section class="card" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Où en est ce bilan ?</h2>
      <dl class="facts">
        <dt>Statut</dt>
        <dd>${bilanStageBadge(bilan)}</dd>
        <dt>Début de l'auto-évaluation</dt>
        <dd><time datetime=${bilan.startsAt}>${formatDate(bilan.startsAt)}</time></dd>
        <dt>Date limite d'envoi du plan d'action</dt>
        <dd data-testid="bilan-deadline">
          <time datetime=${bilan.deadline}>${formatDate(bilan.deadline)}</time>
          ${bilan.deadlineExtended ? html`<span class="badge info">Délai prolongé</span>` : nothing}
        </dd>
        <dt>Volet 1</dt>
        <dd>
          ${bilan.volet1SharedAt ? `Accès donné à l'ONE le ${formatDate(bilan.volet1SharedAt)}` : "Pas encore transmis à l'ONE"}
        </dd>
        <dt>Volet 2</dt>
        <dd>
          ${bilan.volet2SharedAt ? `Accès donné à l'ONE le ${formatDate(bilan.volet2SharedAt)}` : "Pas encore transmis à l'ONE"}
        </dd>
        <dt>Plan d'action</dt>
        <dd>${bilan.planSentAt ? `Envoyé le ${formatDate(bilan.planSentAt)}` : 'Pas encore envoyé'}</dd>
      </dl>
      ${own ? html`<p class="next-step" data-testid="bilan-next-step"><strong>${bilanNextStep(bilan, formatDate)}</strong></p>` : nothing}
      ${bilan.stage === 'closed' ? html`<p class="alert success" data-testid="bilan-closed">Bilan clôturé${bilan.closedAt ? ` le ${formatDate(bilan.closedAt)}` : ''}.</p>` : nothing}
    </section>`;
  }

  private reviewsOf(bilan: Bilan, subject: 'volet1' | 'volet2' | 'plan') {
    const reviews = bilan.reviews.filter((r) => r.subject === subject);
    if (reviews.length === 0) return nothing;
    return html`${reviews.map(
      (r) =>
        html`<div class="review" data-testid="bilan-review">
          <p>
            <strong>Commentaire de ${r.by.displayName}</strong>
            <span class="muted">(${formatDateTime(r.at)})</span>
          </p>
          <p class="free-text">${r.comment ?? 'Lu, sans commentaire.'}</p>
        </div>`,
    )}`;
  }

  // Volet 1

  private renderVolet1(bilan: Bilan) {
    const volet = bilan.volet1;
    return html`<section class="card" aria-labelledby="volet1-heading" data-testid="volet1">
      <h2 id="volet1-heading">Volet 1 : Conditions d'autorisation</h2>
      ${
        volet === null
          ? html`<p class="muted">L'accueillant·e n'a pas encore donné accès à ce volet.</p>`
          : html`<p>Mise en œuvre des conditions d'autorisation et de leur maintien.</p>
              <ul class="categories">
                ${volet.categories.map((c) => this.renderCategory(bilan, c))}
              </ul>
              ${this.shareBlock(bilan, 'volet1')} ${this.reviewsOf(bilan, 'volet1')}`
      }
    </section>`;
  }

  private renderCategory(bilan: Bilan, category: BilanCategory) {
    const editing =
      this.editing?.kind === 'category' && this.editing.code === category.code ? this.editing : null;
    const error = this.categoryErrors[category.code];
    return html`<li data-testid="category" data-code=${category.code} class=${error ? 'has-error' : ''}>
      <div class="item-head">
        <h3 id="cat-${category.code}">${category.label}</h3>
        ${
          category.rating
            ? html`<span class="badge ${category.rating === 'satisfaisant' ? 'success' : 'warning'}"
                >${category.ratingLabel}</span
              >`
            : html`<span class="badge neutral">À compléter</span>`
        }
      </div>
      ${
        error && !editing
          ? html`<p class="field-error" id="cat-error-${category.code}" data-testid="category-error">
              ${error}
            </p>`
          : nothing
      }
      ${
        editing
          ? this.categoryEditor(category, editing)
          : html`${category.findings ? html`<p class="free-text">${category.findings}</p>` : nothing}
            ${
              bilan.can.edit
                ? html`<button
                    class="link-button"
                    type="button"
                    aria-describedby=${error ? `cat-${category.code} cat-error-${category.code}` : `cat-${category.code}`}
                    data-testid="edit-category"
                    @click=${() => this.editCategory(category)}
                  >
                    ${category.rating ? 'Modifier' : 'Compléter'}
                  </button>`
                : nothing
            }`
      }
    </li>`;
  }

  private editCategory(category: BilanCategory): void {
    this.fieldErrors = {};
    this.editing = {
      kind: 'category',
      code: category.code,
      rating: category.rating,
      findings: category.findings ?? '',
    };
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.editor input[name="rating"]')?.focus(),
    );
  }

  private categoryEditor(category: BilanCategory, editing: Extract<Editing, { kind: 'category' }>) {
    return html`<form class="editor" novalidate @submit=${(e: Event) => this.saveCategory(e, category)}>
      ${radioGroupTemplate({
        name: 'rating',
        legend: 'Votre appréciation',
        choices: RATINGS,
        selected: editing.rating,
        error: this.fieldErrors.rating,
        onSelect: (rating) => (this.editing = { ...editing, rating }),
      })}
      ${this.textArea('findings', 'Vos constats', editing.findings, (findings) => (this.editing = { ...editing, findings }), 'Facultatif : ce qui va bien, ce qui est à améliorer.')}
      <div class="actions">
        <button class="button" type="submit" ?disabled=${this.busy}>Enregistrer le brouillon</button>
        <button class="button secondary" type="button" @click=${this.cancelEdit}>Annuler</button>
      </div>
    </form>`;
  }

  private async saveCategory(event: Event, category: BilanCategory): Promise<void> {
    event.preventDefault();
    const editing = this.editing;
    if (editing?.kind !== 'category' || !this.bilan) return;
    const ok = await this.run(
      () =>
        saveAssessment(this.bilan!.id, category.code, {
          rating: editing.rating,
          findings: editing.findings.trim() || null,
        }),
      `Brouillon enregistré : ${category.label}.`,
      ['rating', 'findings'],
    );
    if (ok) {
      this.editing = null;
      this.categoryErrors = withoutError(this.categoryErrors, category.code);
    }
  }

  private cancelEdit = (): void => {
    this.editing = null;
    this.fieldErrors = {};
  };

  private shareBlock(bilan: Bilan, volet: 'volet1' | 'volet2') {
    const sharedAt = volet === 'volet1' ? bilan.volet1SharedAt : bilan.volet2SharedAt;
    const can = volet === 'volet1' ? bilan.can.shareVolet1 : bilan.can.shareVolet2;
    if (sharedAt) {
      return html`<p class="alert success" data-testid="${volet}-shared">
        Accès donné à l'ONE le ${formatDate(sharedAt)} : votre agent conseil peut en prendre connaissance.
      </p>`;
    }
    if (!can) return nothing;
    return html`<div class="actions">
      <button
        class="button"
        type="button"
        data-testid="share-${volet}"
        ?disabled=${this.busy}
        @click=${() => this.share(bilan, volet)}
      >
        Donner accès à l'ONE
      </button>
      <span class="hint">Votre agent conseil pourra prendre connaissance de ce que vous avez encodé.</span>
    </div>`;
  }

  private async share(bilan: Bilan, volet: 'volet1' | 'volet2'): Promise<void> {
    const codes = volet === 'volet1' ? (bilan.volet1?.categories.map((c) => c.code) ?? []) : [];
    // A refusal names each category still to complete: it is shown next to that category.
    const ok = await this.run(
      () => shareVolet(bilan.id, volet, this.keyFor(`share-${volet}`)),
      `Accès donné à l'ONE : votre agent conseil peut prendre connaissance du ${volet === 'volet1' ? 'volet 1' : 'volet 2'}.`,
      codes,
      '#notice',
      volet === 'volet1' ? (errors) => (this.categoryErrors = errors) : undefined,
    );
    if (ok && volet === 'volet1') this.categoryErrors = {};
  }

  /** The categories the last refused hand-over named, in the order of the page. */
  private categoriesInError(bilan: Bilan): BilanCategory[] {
    return (bilan.volet1?.categories ?? []).filter((c) => c.code in this.categoryErrors);
  }

  // Volet 2

  private renderVolet2(bilan: Bilan) {
    const volet = bilan.volet2;
    return html`<section class="card" aria-labelledby="volet2-heading" data-testid="volet2">
      <h2 id="volet2-heading">Volet 2 : Mise en œuvre du projet d'accueil</h2>
      ${
        volet === null
          ? html`<p class="muted">L'accueillant·e n'a pas encore donné accès à ce volet.</p>`
          : html`<p>
                Développement continu de la qualité de l'accueil, de la mise en œuvre du projet d'accueil et
                de son accessibilité.
              </p>
              <h3>Objectifs généraux</h3>
              ${
                volet.objectives.length === 0
                  ? html`<p data-testid="no-objectives">
                      Vous n'avez défini aucun objectif général pour l'instant.
                    </p>`
                  : html`<ul class="objectives">
                      ${volet.objectives.map((o) => this.renderObjective(bilan, o))}
                    </ul>`
              }
              ${
                this.editing?.kind === 'objective' && this.editing.id === null
                  ? this.objectiveEditor(this.editing)
                  : bilan.can.edit
                    ? html`<button
                        class="button secondary"
                        type="button"
                        data-testid="new-objective"
                        @click=${() => this.editObjective(null)}
                      >
                        + Créer un objectif général
                      </button>`
                    : nothing
              }
              ${bilan.documents !== null ? this.renderDocuments(bilan) : nothing}
              ${this.shareBlock(bilan, 'volet2')} ${this.reviewsOf(bilan, 'volet2')}`
      }
    </section>`;
  }

  private renderObjective(bilan: Bilan, objective: BilanObjective) {
    const editing =
      this.editing?.kind === 'objective' && this.editing.id === objective.id ? this.editing : null;
    if (editing) return html`<li>${this.objectiveEditor(editing)}</li>`;
    return html`<li data-testid="objective">
      <div class="item-head">
        <h4 id="obj-${objective.id}">${objective.title}</h4>
        <span class="badge neutral">${objective.themeLabel}</span>
      </div>
      ${objective.description ? html`<p class="free-text">${objective.description}</p>` : nothing}
      ${
        bilan.can.edit
          ? html`<div class="inline-actions">
              <button
                class="link-button"
                type="button"
                aria-describedby="obj-${objective.id}"
                @click=${() => this.editObjective(objective)}
              >
                Modifier
              </button>
              <button
                class="link-button danger"
                type="button"
                aria-describedby="obj-${objective.id}"
                @click=${() => this.run(() => deleteObjective(bilan.id, objective.id), `Objectif supprimé : ${objective.title}.`)}
              >
                Supprimer
              </button>
            </div>`
          : nothing
      }
    </li>`;
  }

  private editObjective(objective: BilanObjective | null): void {
    this.fieldErrors = {};
    this.editing = {
      kind: 'objective',
      id: objective?.id ?? null,
      theme: objective?.theme ?? null,
      title: objective?.title ?? '',
      description: objective?.description ?? '',
    };
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.editor input[name="theme"]')?.focus(),
    );
  }

  private objectiveEditor(editing: Extract<Editing, { kind: 'objective' }>) {
    return html`<form class="editor" novalidate @submit=${this.saveObjective} data-testid="objective-form">
      ${radioGroupTemplate({
        name: 'theme',
        legend: 'Cet objectif porte sur',
        choices: THEMES,
        selected: editing.theme,
        error: this.fieldErrors.theme,
        onSelect: (theme) => (this.editing = { ...editing, theme }),
      })}
      ${this.textInput('title', "Intitulé de l'objectif", editing.title, (title) => (this.editing = { ...editing, title }), true)}
      ${this.textArea('description', 'Description', editing.description, (description) => (this.editing = { ...editing, description }), 'Facultatif.')}
      <div class="actions">
        <button class="button" type="submit" ?disabled=${this.busy}>
          ${editing.id ? "Enregistrer l'objectif" : "Créer l'objectif"}
        </button>
        <button class="button secondary" type="button" @click=${this.cancelEdit}>Annuler</button>
      </div>
    </form>`;
  }

  private saveObjective = async (event: Event): Promise<void> => {
    event.preventDefault();
    const editing = this.editing;
    if (editing?.kind !== 'objective' || !this.bilan) return;
    const errors: FieldErrors = {};
    if (!editing.theme) errors.theme = 'Ce champ est requis';
    if (!editing.title.trim()) errors.title = 'Ce champ est requis';
    if (Object.keys(errors).length) {
      this.fieldErrors = errors;
      await this.updateComplete;
      this.renderRoot
        .querySelector<HTMLElement>(errors.theme ? '.editor input[name="theme"]' : '#title')
        ?.focus();
      return;
    }
    const input: ObjectiveInput = {
      theme: editing.theme!,
      title: editing.title.trim(),
      description: editing.description.trim(),
    };
    const id = this.bilan.id;
    const ok = await this.run(
      () => (editing.id ? updateObjective(id, editing.id, input) : createObjective(id, input)),
      editing.id ? `Objectif enregistré : ${input.title}.` : `Objectif créé : ${input.title}.`,
      ['theme', 'title', 'description'],
    );
    if (ok) this.editing = null;
  };

  private renderDocuments(bilan: Bilan) {
    const documents = bilan.documents ?? [];
    return html`<div class="documents-block" data-testid="documents">
      <h3>Documents de travail</h3>
      <p class="private">
        Cet espace vous permet de mettre des documents utiles pour travailler en équipe. Ces documents sont
        privés et ne sont pas partagés avec les agents ONE.
      </p>
      ${
        documents.length
          ? html`<ul class="documents">
              ${documents.map(
                (d) =>
                  html`<li data-testid="document">
                    <a href=${documentUrl(bilan.id, d.id)} download=${d.name} id="doc-${d.id}">${d.name}</a>
                    <span class="muted">(${formatSize(d.size)}, déposé le ${formatDate(d.uploadedAt)})</span>
                    ${
                      bilan.can.edit
                        ? html`<button
                            class="link-button danger"
                            type="button"
                            aria-describedby="doc-${d.id}"
                            @click=${() => this.run(() => deleteDocument(bilan.id, d.id), `Document supprimé : ${d.name}.`)}
                          >
                            Supprimer
                          </button>`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">Aucun document pour l'instant.</p>`
      }
      ${
        bilan.can.edit
          ? html`<div class="field ${this.fieldErrors.file ? 'has-error' : ''}">
              <label for="file">Déposer un fichier</label>
              <span class="hint" id="file-hint"
                >Un fichier de 5 Mo au plus (PDF, image, document de traitement de texte…).</span
              >
              ${this.fieldErrors.file ? html`<span class="field-error" id="file-error">${this.fieldErrors.file}</span>` : nothing}
              <input
                type="file"
                id="file"
                aria-describedby=${this.fieldErrors.file ? 'file-hint file-error' : 'file-hint'}
                aria-invalid=${this.fieldErrors.file ? 'true' : 'false'}
                ?disabled=${this.busy}
                @change=${this.upload}
              />
            </div>`
          : nothing
      }
    </div>`;
  }

  private upload = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !this.bilan) return;
    if (file.size === 0 || file.size > DOCUMENT_MAX_BYTES) {
      this.fieldErrors = { file: 'Le fichier doit peser au plus 5 Mo' };
      input.value = '';
      return;
    }
    const contentBase64 = await readAsBase64(file);
    const id = this.bilan.id;
    const ok = await this.run(
      () =>
        uploadDocument(id, {
          name: file.name,
          contentType: file.type || 'application/octet-stream',
          contentBase64,
        }),
      `Document déposé : ${file.name}.`,
      ['file', 'contentBase64', 'name', 'contentType'],
    );
    if (ok) input.value = '';
  };

  // Plan d'action

  private renderPlan(bilan: Bilan) {
    const plan = bilan.plan;
    const objectives = bilan.volet2?.objectives ?? [];
    return html`<section class="card" aria-labelledby="plan-heading" data-testid="plan">
      <h2 id="plan-heading">Plan d'action</h2>
      <p class="deadline">
        À envoyer au plus tard le <time datetime=${bilan.deadline}>${formatDate(bilan.deadline)}</time>
        ${bilan.overdue ? html`<span class="badge danger">Délai dépassé</span>` : nothing}
        ${bilan.deadlineExtended ? html`<span class="badge info">Délai prolongé</span>` : nothing}
      </p>
      ${
        plan === null
          ? html`<p class="muted">Le plan d'action n'a pas encore été envoyé à l'ONE.</p>`
          : html`${
              plan.actions.length === 0
                ? html`<p data-testid="no-actions">Aucune action pour l'instant.</p>`
                : html`<ul class="actions-list">
                    ${plan.actions.map((a) => this.renderAction(bilan, a))}
                  </ul>`
            }
            ${
              this.editing?.kind === 'action' && this.editing.id === null
                ? this.actionEditor(this.editing, objectives)
                : bilan.can.edit
                  ? objectives.length
                    ? html`<button
                        class="button secondary"
                        type="button"
                        data-testid="new-action"
                        @click=${() => this.editAction(null, objectives)}
                      >
                        + Ajouter une action
                      </button>`
                    : html`<p class="muted">
                        Créez d'abord un objectif général (volet 2) : chaque action y répond.
                      </p>`
                  : nothing
            }
            ${this.sendBlock(bilan)} ${this.reviewsOf(bilan, 'plan')}`
      }
    </section>`;
  }

  private renderAction(bilan: Bilan, action: BilanAction) {
    const editing = this.editing?.kind === 'action' && this.editing.id === action.id ? this.editing : null;
    if (editing) return html`<li>${this.actionEditor(editing, bilan.volet2?.objectives ?? [])}</li>`;
    return html`<li data-testid="action">
      <h3 id="act-${action.id}" class="free-text">${action.description}</h3>
      <dl class="facts">
        <dt>Objectif</dt>
        <dd>${action.objectiveTitle}</dd>
        <dt>Qui ?</dt>
        <dd>${action.responsible}</dd>
        <dt>Pour quand ?</dt>
        <dd>${formatDate(`${action.dueDate}T12:00:00Z`)}</dd>
      </dl>
      ${
        bilan.can.edit
          ? html`<div class="inline-actions">
              <button
                class="link-button"
                type="button"
                aria-describedby="act-${action.id}"
                @click=${() => this.editAction(action, bilan.volet2?.objectives ?? [])}
              >
                Modifier
              </button>
              <button
                class="link-button danger"
                type="button"
                aria-describedby="act-${action.id}"
                @click=${() => this.run(() => deleteAction(bilan.id, action.id), 'Action supprimée.')}
              >
                Supprimer
              </button>
            </div>`
          : nothing
      }
    </li>`;
  }

  private editAction(action: BilanAction | null, objectives: BilanObjective[]): void {
    this.fieldErrors = {};
    this.editing = {
      kind: 'action',
      id: action?.id ?? null,
      objectiveId: action?.objectiveId ?? objectives[0]?.id ?? '',
      description: action?.description ?? '',
      responsible: action?.responsible ?? '',
      dueDate: action?.dueDate ?? '',
    };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#objectiveId')?.focus());
  }

  private actionEditor(editing: Extract<Editing, { kind: 'action' }>, objectives: BilanObjective[]) {
    const error = this.fieldErrors.objectiveId;
    return html`<form class="editor" novalidate @submit=${this.saveAction} data-testid="action-form">
      <div class="field ${error ? 'has-error' : ''}">
        <label for="objectiveId">Objectif général <span class="required" aria-hidden="true">*</span></label>
        ${error ? html`<span class="field-error" id="objectiveId-error">${error}</span>` : nothing}
        <select
          id="objectiveId"
          required
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'objectiveId-error' : nothing}
          @change=${(e: Event) => (this.editing = { ...editing, objectiveId: (e.target as HTMLSelectElement).value })}
        >
          ${objectives.map((o) => html`<option value=${o.id} ?selected=${o.id === editing.objectiveId}>${o.title}</option>`)}
        </select>
      </div>
      ${this.textArea('description', "L'action", editing.description, (description) => (this.editing = { ...editing, description }), 'Ce que vous allez faire.', true)}
      ${this.textInput('responsible', 'Qui ?', editing.responsible, (responsible) => (this.editing = { ...editing, responsible }), true, 'La personne qui s’en charge.')}
      ${this.dateInput('dueDate', 'Pour quand ?', editing.dueDate, (dueDate) => (this.editing = { ...editing, dueDate }))}
      <div class="actions">
        <button class="button" type="submit" ?disabled=${this.busy}>
          ${editing.id ? "Enregistrer l'action" : "Ajouter l'action"}
        </button>
        <button class="button secondary" type="button" @click=${this.cancelEdit}>Annuler</button>
      </div>
    </form>`;
  }

  private saveAction = async (event: Event): Promise<void> => {
    event.preventDefault();
    const editing = this.editing;
    if (editing?.kind !== 'action' || !this.bilan) return;
    const errors: FieldErrors = {};
    if (!editing.objectiveId) errors.objectiveId = 'Ce champ est requis';
    if (!editing.description.trim()) errors.description = 'Ce champ est requis';
    if (!editing.responsible.trim()) errors.responsible = 'Ce champ est requis';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(editing.dueDate)) errors.dueDate = 'Indiquez une date';
    if (Object.keys(errors).length) {
      this.fieldErrors = errors;
      await this.updateComplete;
      const first = ['objectiveId', 'description', 'responsible', 'dueDate'].find((f) => f in errors)!;
      this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
      return;
    }
    const input: ActionInput = {
      objectiveId: editing.objectiveId,
      description: editing.description.trim(),
      responsible: editing.responsible.trim(),
      dueDate: editing.dueDate,
    };
    const id = this.bilan.id;
    const ok = await this.run(
      () => (editing.id ? updateAction(id, editing.id, input) : createAction(id, input)),
      editing.id ? 'Action enregistrée.' : 'Action ajoutée au plan.',
      ['objectiveId', 'description', 'responsible', 'dueDate'],
    );
    if (ok) this.editing = null;
  };

  private sendBlock(bilan: Bilan) {
    if (bilan.planSentAt) {
      return html`<p class="alert success" data-testid="plan-sent">
        Plan d'action envoyé à l'ONE le ${formatDate(bilan.planSentAt)}.
      </p>`;
    }
    if (!bilan.can.sendPlan) return nothing;
    if (!this.confirmingSend) {
      return html`<div class="actions">
        <button class="button" type="button" data-testid="send-plan" @click=${this.askToSend}>
          Envoyer le plan d'action à l'ONE
        </button>
      </div>`;
    }
    return html`<div class="alert warning" data-testid="confirm-send">
      <p id="confirm-text">
        <strong>Une fois envoyé, votre bilan ne pourra plus être modifié.</strong> Votre agent conseil
        examinera votre plan d'action puis clôturera le bilan.
      </p>
      <div class="actions">
        <button
          class="button"
          type="button"
          id="confirm-send"
          aria-describedby="confirm-text"
          ?disabled=${this.busy}
          @click=${async () => {
            const ok = await this.run(
              () => sendPlan(bilan.id, this.keyFor('send-plan')),
              "Votre plan d'action a été envoyé à l'ONE.",
            );
            if (ok) this.confirmingSend = false;
          }}
        >
          Confirmer l'envoi
        </button>
        <button class="button secondary" type="button" @click=${() => (this.confirmingSend = false)}>
          Annuler
        </button>
      </div>
    </div>`;
  }

  private askToSend = async (): Promise<void> => {
    this.confirmingSend = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirm-send')?.focus();
  };

  // Extensions (agent conseil)

  private renderExtensions(bilan: Bilan) {
    if (bilan.extensions.length === 0 && !bilan.can.extend) return nothing;
    return html`<section class="card" aria-labelledby="extension-heading" data-testid="extensions">
      <h2 id="extension-heading">Délai du plan d'action</h2>
      ${
        bilan.extensions.length
          ? html`<ul class="extensions">
              ${bilan.extensions.map(
                (e) =>
                  html`<li data-testid="extension">
                    <p>
                      Délai prolongé du ${formatDate(e.from)} au <strong>${formatDate(e.to)}</strong> par
                      ${e.by.displayName} (${formatDateTime(e.at)}).
                    </p>
                    <p class="free-text">Motif : ${e.reason}</p>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${bilan.can.extend ? this.extensionForm(bilan) : nothing}
    </section>`;
  }

  private extensionForm(bilan: Bilan) {
    return html`<form novalidate @submit=${this.extend} data-testid="extension-form">
      <h3>Prolonger le délai</h3>
      ${this.dateInput('deadline', "Nouvelle date limite d'envoi du plan d'action", this.extension.deadline, (deadline) => (this.extension = { ...this.extension, deadline }), todayInBrussels())}
      ${this.textArea('reason', 'Motif de la prolongation', this.extension.reason, (reason) => (this.extension = { ...this.extension, reason }), "Il sera visible par l'accueillant·e et dans l'historique du dossier.", true)}
      <div class="actions">
        <button class="button" type="submit" ?disabled=${this.busy}>Prolonger le délai</button>
      </div>
      <p class="muted">Délai actuel : ${formatDate(bilan.deadline)}.</p>
    </form>`;
  }

  private extend = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!this.bilan) return;
    const errors: FieldErrors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.extension.deadline)) errors.deadline = 'Indiquez une date';
    if (!this.extension.reason.trim()) errors.reason = 'Indiquez le motif de la prolongation';
    if (Object.keys(errors).length) {
      this.fieldErrors = errors;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(errors.deadline ? '#deadline' : '#reason')?.focus();
      return;
    }
    const input = { deadline: this.extension.deadline, reason: this.extension.reason.trim() };
    const key = this.keyFor(`extend-${input.deadline}-${input.reason}`);
    const ok = await this.run(
      () => extendBilan(this.bilan!.id, input, key),
      `Délai prolongé jusqu'au ${formatDate(`${input.deadline}T12:00:00Z`)}.`,
      ['deadline', 'reason'],
    );
    if (ok) this.extension = { deadline: '', reason: '' };
  };

  // Fields

  private fieldShell(
    id: string,
    label: string,
    required: boolean,
    hint: string | undefined,
    control: (describedBy: string | undefined, invalid: boolean) => TemplateResult,
  ) {
    const error = this.fieldErrors[id];
    const describedBy =
      [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for=${id}
        >${label} ${required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}</label
      >
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${error ? html`<span class="field-error" id="${id}-error">${error}</span>` : nothing}
      ${control(describedBy, Boolean(error))}
    </div>`;
  }

  private textInput(
    id: string,
    label: string,
    value: string,
    onInput: (v: string) => void,
    required = false,
    hint?: string,
  ) {
    return this.fieldShell(
      id,
      label,
      required,
      hint,
      (describedBy, invalid) =>
        html`<input
          type="text"
          id=${id}
          maxlength="200"
          ?required=${required}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy ?? nothing}
          .value=${value}
          @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
        />`,
    );
  }

  private textArea(
    id: string,
    label: string,
    value: string,
    onInput: (v: string) => void,
    hint?: string,
    required = false,
  ) {
    return this.fieldShell(
      id,
      label,
      required,
      hint,
      (describedBy, invalid) =>
        html`<textarea
          id=${id}
          maxlength="4000"
          ?required=${required}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy ?? nothing}
          .value=${value}
          @input=${(e: Event) => onInput((e.target as HTMLTextAreaElement).value)}
        ></textarea>`,
    );
  }

  private dateInput(id: string, label: string, value: string, onInput: (v: string) => void, min?: string) {
    return this.fieldShell(
      id,
      label,
      true,
      undefined,
      (describedBy, invalid) =>
        html`<input
          type="date"
          id=${id}
          required
          min=${min ?? nothing}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy ?? nothing}
          .value=${value}
          @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
          @change=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
        />`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-bilan-page': BilanPage;
  }
}
