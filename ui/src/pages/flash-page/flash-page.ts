import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiError, createFlashIssue, getFlashIssues } from '../../api/api.js';
import type { FlashIssue } from '../../api/types.js';
import { loadErrorTemplate, loadingTemplate } from '../../lib/feedback.js';
import {
  INVALID_FORM,
  formErrorsFrom,
  withoutError,
  type FieldErrors,
  type FormError,
} from '../../lib/field-errors.js';
import { formatDate } from '../../lib/format.js';
import { FLASH_STATUS_BADGES, childminders, draftErrors } from '../../lib/flash.js';
import { navigateEvent } from '../../lib/navigation.js';
import { PollWhile } from '../../lib/poll-while.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tableStyles } from '../../styles/table.styles.js';
import { type ErrorSummary, errorSummaryTemplate } from '../../components/error-summary/error-summary.js';
import '../../components/error-summary/error-summary.js';
import {
  FLASH_FIELDS,
  FLASH_FIELD_LABELS,
  flashDraftFieldsTemplate,
} from '../../components/flash-draft-fields/flash-draft-fields.js';

/**
 * « Flash accueil » for the coordination: the issues written and sent, and a new one to write. A
 * new issue is saved as a draft and opened on its own page, where it gets its PDF and is sent.
 */
@customElement('pro-flash-page')
export class FlashPage extends LitElement {
  static override styles = [
    sharedStyles,
    tableStyles,
    css`
      textarea {
        max-width: 48rem;
        min-height: 14rem;
      }
    `,
  ];

  @state() private issues: FlashIssue[] | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private draft = { title: '', body: '' };
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private saving = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.loadError = null;
    try {
      this.issues = (await getFlashIssues()).issues;
      this.sending.check();
    } catch (error) {
      this.loadError = error as ApiError;
    }
  }

  /** While an issue is being sent, the list is asked again every 3 seconds. */
  private readonly sending = new PollWhile(
    this,
    3000,
    () => !!this.issues?.some((i) => i.status === 'sending'),
    async () => {
      this.issues = (await getFlashIssues()).issues;
    },
  );

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saving) return;
    const errors: FieldErrors = draftErrors(this.draft);
    this.fieldErrors = errors;
    if (Object.keys(errors).length) {
      this.formError = INVALID_FORM;
      await this.updateComplete;
      (this.renderRoot.querySelector('pro-error-summary') as ErrorSummary | null)?.focus();
      return;
    }
    this.formError = null;
    this.saving = true;
    try {
      const { issue } = await createFlashIssue({ title: this.draft.title.trim(), body: this.draft.body });
      this.dispatchEvent(navigateEvent(`/flash-accueil/${issue.id}`));
    } catch (error) {
      const refused = formErrorsFrom(error as ApiError, FLASH_FIELDS);
      this.fieldErrors = refused.fieldErrors;
      this.formError = refused.formError;
      await this.updateComplete;
      (this.renderRoot.querySelector('pro-error-summary') as ErrorSummary | null)?.focus();
    } finally {
      this.saving = false;
    }
  }

  override render() {
    return html`
      <h1>Flash accueil</h1>
      <p>
        Le Flash accueil est la lettre d'information de l'ONE pour les accueillant·e·s. Chacun·e choisit dans
        « Mes préférences » de le recevoir par e-mail, par courrier postal ou les deux. Un numéro reste un
        brouillon modifiable jusqu'à son envoi.
      </p>
      ${
        this.loadError
          ? loadErrorTemplate(this.loadError, () => void this.load())
          : this.issues
            ? this.renderTable(this.issues)
            : loadingTemplate()
      }
      ${this.renderForm()}
    `;
  }

  private renderTable(issues: FlashIssue[]) {
    if (issues.length === 0) return html`<p class="card">Aucun numéro pour le moment.</p>`;
    return html`<div class="table-wrap">
      <table data-testid="flash-issues">
        <caption>
          Numéros du Flash accueil
        </caption>
        <thead>
          <tr>
            <th scope="col">Numéro</th>
            <th scope="col">État</th>
            <th scope="col">Par e-mail</th>
            <th scope="col">Par courrier</th>
          </tr>
        </thead>
        <tbody>
          ${issues.map((i) => {
            const c = i.coordination;
            return html`<tr data-testid="flash-issue-row">
              <th scope="row">
                <a href="/flash-accueil/${i.id}">${i.title}</a><br />
                <span class="muted"
                  >${
                    i.sentAt
                      ? `Envoyé le ${formatDate(i.sentAt)}${c?.sentBy ? ` par ${c.sentBy.displayName}` : ''}`
                      : c
                        ? `Écrit le ${formatDate(c.createdAt)} par ${c.createdBy.displayName}`
                        : nothing
                  }</span
                >
              </th>
              <td><span class="badge ${FLASH_STATUS_BADGES[i.status]}">${i.statusLabel}</span></td>
              <td>
                ${
                  c
                    ? i.status === 'sending'
                      ? `${c.email.processed} sur ${c.email.recipients}`
                      : childminders(c.email.recipients)
                    : nothing
                }
              </td>
              <td>${c ? childminders(c.post.recipients) : nothing}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private renderForm() {
    return html`<section class="card" aria-labelledby="new-issue">
      <h2 id="new-issue">Écrire un nouveau numéro</h2>
      <form novalidate @submit=${this.submit} data-testid="flash-new">
        ${errorSummaryTemplate(this.formError, this.fieldErrors, FLASH_FIELD_LABELS)}
        ${flashDraftFieldsTemplate({
          draft: this.draft,
          fieldErrors: this.fieldErrors,
          onInput: (field, value) => {
            this.draft = { ...this.draft, [field]: value };
            this.fieldErrors = withoutError(this.fieldErrors, field);
          },
          titleHint: "Par exemple « Décembre 2026 : les nouveautés de l'hiver ».",
          bodyHint:
            'Du texte simple. Laissez une ligne vide entre deux paragraphes. Vous pourrez joindre un PDF ensuite.',
        })}
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.saving}>Enregistrer le brouillon</button>
          <span class="muted" role="status">${this.saving ? 'Enregistrement…' : ''}</span>
        </div>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-flash-page': FlashPage;
  }
}
