import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  ApiError,
  attachFlashPdf,
  getFlashIssue,
  removeFlashPdf,
  saveFlashIssue,
  sendFlashIssue,
} from '../../api/api.js';
import type { FlashIssue } from '../../api/types.js';
import { formatSize } from '../../lib/bilan.js';
import { loadErrorTemplate, loadingTemplate, pageTitleEvent } from '../../lib/feedback.js';
import {
  INVALID_FORM,
  formErrorsFrom,
  withoutError,
  type FieldErrors,
  type FormError,
} from '../../lib/field-errors.js';
import { FILE_MAX_BYTES, readAsBase64 } from '../../lib/files.js';
import { FLASH_STATUS_BADGES, childminders, draftErrors } from '../../lib/flash.js';
import { formatDate } from '../../lib/format.js';
import { PollWhile } from '../../lib/poll-while.js';
import { recordPageStyles, sharedStyles } from '../../styles/shared.styles.js';
import { type ErrorSummary, errorSummaryTemplate } from '../../components/error-summary/error-summary.js';
import '../../components/error-summary/error-summary.js';
import {
  FLASH_FIELDS,
  FLASH_FIELD_LABELS,
  flashDraftFieldsTemplate,
} from '../../components/flash-draft-fields/flash-draft-fields.js';

/**
 * One issue of the Flash accueil, for the coordination: the draft to edit and its PDF, « Envoyer »
 * after a confirmation, the progress of the sending (asked again every 2 seconds, as campaigns
 * do), and the postal list for those who receive it by post.
 */
@customElement('pro-flash-issue-page')
export class FlashIssuePage extends LitElement {
  static override styles = [
    sharedStyles,
    recordPageStyles,
    css`
      textarea {
        max-width: 48rem;
        min-height: 14rem;
      }
      progress {
        display: block;
        width: 100%;
        max-width: 28rem;
        height: 1.25rem;
        margin: 0.35rem 0 0.75rem;
      }
      .text p {
        max-width: 48rem;
      }
      .confirm {
        border: 2px solid var(--c-primary);
      }
      .confirm:focus {
        outline: 3px solid var(--c-focus);
        outline-offset: 2px;
      }
      .downloads {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
      }
      input[type='file'] {
        display: block;
        margin-top: 0.35rem;
        max-width: 100%;
      }
    `,
  ];

  @property() issueId = '';

  @state() private issue: FlashIssue | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private draft = { title: '', body: '' };
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private busy = false;
  @state() private notice = '';
  @state() private confirming = false;
  /** While the issue is being sent, its progress is asked again every 2 seconds. */
  private readonly sending = new PollWhile(
    this,
    2000,
    () => this.issue?.status === 'sending',
    async () => {
      const id = this.issue!.id;
      const { issue } = await getFlashIssue(id);
      if (issue.id === this.issueId) this.show(issue, false);
    },
  );

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('issueId') && this.issueId) {
      this.issue = null;
      this.notice = '';
      this.confirming = false;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    this.loadError = null;
    try {
      this.show((await getFlashIssue(this.issueId)).issue, true);
    } catch (error) {
      this.loadError = error as ApiError;
    }
  }

  private show(issue: FlashIssue, resetDraft: boolean): void {
    const wasSending = this.issue?.status === 'sending';
    this.issue = issue;
    if (resetDraft) this.draft = { title: issue.title, body: issue.body };
    this.dispatchEvent(pageTitleEvent(`${issue.title} — Flash accueil`));
    if (wasSending && issue.status === 'sent')
      this.notice = `Envoi terminé : ce numéro est parti par e-mail à ${childminders(issue.coordination?.email.processed ?? 0)}.`;
    this.sending.check();
  }

  private get dirty(): boolean {
    return !!this.issue && (this.draft.title !== this.issue.title || this.draft.body !== this.issue.body);
  }

  private async focusSelector(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector(selector) as HTMLElement | ErrorSummary | null;
    target?.focus();
  }

  /** Checks the draft here first; the server checks it again. Returns false when it is refused. */
  private async saveDraft(): Promise<boolean> {
    const errors: FieldErrors = draftErrors(this.draft);
    this.fieldErrors = errors;
    if (Object.keys(errors).length) {
      this.formError = INVALID_FORM;
      await this.focusSelector('pro-error-summary');
      return false;
    }
    this.formError = null;
    try {
      const { issue } = await saveFlashIssue(this.issueId, {
        title: this.draft.title.trim(),
        body: this.draft.body,
      });
      this.show(issue, true);
      return true;
    } catch (error) {
      const refused = formErrorsFrom(error as ApiError, FLASH_FIELDS);
      this.fieldErrors = refused.fieldErrors;
      this.formError = refused.formError;
      await this.focusSelector('pro-error-summary');
      return false;
    }
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    this.notice = '';
    try {
      if (await this.saveDraft()) {
        this.notice = 'Brouillon enregistré.';
        await this.focusSelector('#notice');
      }
    } finally {
      this.busy = false;
    }
  }

  private attach = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || this.busy) return;
    this.fieldErrors = withoutError(this.fieldErrors, 'pdf');
    if (file.size === 0 || file.size > FILE_MAX_BYTES) {
      this.fieldErrors = { ...this.fieldErrors, pdf: 'Le fichier doit peser au plus 5 Mo' };
      input.value = '';
      await this.focusSelector('#pdf');
      return;
    }
    this.busy = true;
    this.notice = '';
    try {
      const { issue } = await attachFlashPdf(this.issueId, {
        name: file.name,
        contentBase64: await readAsBase64(file),
      });
      this.issue = issue;
      this.notice = `PDF joint : ${file.name}.`;
      input.value = '';
      await this.focusSelector('#notice');
    } catch (error) {
      this.fieldErrors = { ...this.fieldErrors, pdf: (error as ApiError).message };
      input.value = '';
      await this.focusSelector('#pdf');
    } finally {
      this.busy = false;
    }
  };

  private async removePdf(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      this.issue = (await removeFlashPdf(this.issueId)).issue;
      this.notice = 'PDF retiré.';
    } catch (error) {
      this.notice = (error as ApiError).message;
    } finally {
      this.busy = false;
    }
    await this.focusSelector('#notice');
  }

  private async askToSend(): Promise<void> {
    this.confirming = true;
    await this.focusSelector('#confirm');
  }

  private async cancelSend(): Promise<void> {
    this.confirming = false;
    await this.focusSelector('#send');
  }

  private async send(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.notice = '';
    try {
      // What is sent is what is saved: unsaved changes are saved first.
      if (this.dirty && !(await this.saveDraft())) {
        this.confirming = false;
        return;
      }
      const answer = await sendFlashIssue(this.issueId);
      this.confirming = false;
      this.show(answer.issue, true);
      this.notice = answer.message;
      await this.focusSelector('#notice');
    } catch (error) {
      this.confirming = false;
      this.notice = (error as ApiError).message;
      await this.focusSelector('#notice');
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const issue = this.issue;
    return html`
      <p class="back"><a href="/flash-accueil">← Tous les numéros du Flash accueil</a></p>
      ${
        this.loadError
          ? html`<h1>Flash accueil</h1>
              ${loadErrorTemplate(this.loadError, () => void this.load())}`
          : !issue
            ? html`<h1>Flash accueil</h1>
                ${loadingTemplate()}`
            : html`<h1>${issue.title}</h1>
                <p>
                  <span class="badge ${FLASH_STATUS_BADGES[issue.status]}" data-testid="flash-status"
                    >${issue.statusLabel}</span
                  >
                </p>
                <p id="notice" class="notice" role="status" tabindex="-1" data-testid="flash-notice">
                  ${this.notice}
                </p>
                ${issue.status === 'draft' ? this.renderDraft(issue) : this.renderSent(issue)}
                ${this.renderPost(issue)}`
      }
    `;
  }

  private renderDraft(issue: FlashIssue) {
    const c = issue.coordination;
    return html`<section class="card" aria-labelledby="content-heading">
        <h2 id="content-heading">Contenu</h2>
        <form novalidate @submit=${this.save} data-testid="flash-draft">
          ${errorSummaryTemplate(this.formError, this.fieldErrors, FLASH_FIELD_LABELS)}
          ${flashDraftFieldsTemplate({
            draft: this.draft,
            fieldErrors: this.fieldErrors,
            onInput: (field, value) => {
              this.draft = { ...this.draft, [field]: value };
              this.fieldErrors = withoutError(this.fieldErrors, field);
            },
            bodyHint: 'Du texte simple. Laissez une ligne vide entre deux paragraphes.',
          })}
          <div class="actions">
            <button class="button secondary" type="submit" ?disabled=${this.busy}>
              Enregistrer le brouillon
            </button>
          </div>
        </form>
      </section>

      <section class="card" aria-labelledby="pdf-heading">
        <h2 id="pdf-heading">Document PDF (facultatif)</h2>
        ${
          issue.pdf
            ? html`<p data-testid="flash-pdf">
                <a href=${issue.pdf.url} target="_blank" rel="noopener" id="pdf-link"
                  >${issue.pdf.name} (PDF, ${formatSize(issue.pdf.size)})</a
                >
                <button
                  class="button secondary"
                  type="button"
                  aria-describedby="pdf-link"
                  ?disabled=${this.busy}
                  @click=${() => this.removePdf()}
                >
                  Retirer le PDF
                </button>
              </p>`
            : html`<p class="muted">Aucun PDF joint.</p>`
        }
        <div class="field ${this.fieldErrors.pdf ? 'has-error' : ''}">
          <label for="pdf">${issue.pdf ? 'Remplacer le PDF' : 'Joindre un PDF'}</label>
          <span class="hint" id="pdf-hint"
            >Un fichier PDF de 5 Mo au plus. Les accueillant·e·s le téléchargent depuis PRO.ONE.</span
          >
          ${
            this.fieldErrors.pdf
              ? html`<span class="field-error" id="pdf-error">${this.fieldErrors.pdf}</span>`
              : nothing
          }
          <input
            type="file"
            id="pdf"
            accept="application/pdf,.pdf"
            aria-invalid=${this.fieldErrors.pdf ? 'true' : 'false'}
            aria-describedby=${this.fieldErrors.pdf ? 'pdf-hint pdf-error' : 'pdf-hint'}
            ?disabled=${this.busy}
            @change=${this.attach}
          />
        </div>
      </section>

      <section class="card" aria-labelledby="send-heading">
        <h2 id="send-heading">Envoyer</h2>
        ${
          c
            ? html`<p data-testid="flash-reach">
                Aujourd'hui, ce numéro partirait par e-mail à ${childminders(c.email.recipients)}. Par
                courrier postal : ${childminders(c.post.recipients)} (liste ci-dessous).
              </p>`
            : nothing
        }
        ${
          this.confirming
            ? html`<div
                class="card confirm"
                id="confirm"
                role="group"
                aria-labelledby="confirm-heading"
                tabindex="-1"
                data-testid="flash-confirm"
              >
                <h3 id="confirm-heading">Envoyer « ${issue.title} » ?</h3>
                <p>
                  Un e-mail part vers chaque accueillant·e qui a choisi le Flash accueil par e-mail
                  ${c ? html`(${childminders(c.email.recipients)})` : nothing}. Un numéro envoyé ne peut plus
                  être modifié.
                  ${this.dirty ? html`<strong>Vos dernières modifications seront enregistrées avant l'envoi.</strong>` : nothing}
                </p>
                <div class="actions">
                  <button class="button" type="button" ?disabled=${this.busy} @click=${() => this.send()}>
                    Confirmer l'envoi
                  </button>
                  <button class="button secondary" type="button" @click=${() => this.cancelSend()}>
                    Annuler
                  </button>
                </div>
              </div>`
            : html`<div class="actions">
                <button
                  class="button"
                  type="button"
                  id="send"
                  ?disabled=${this.busy}
                  @click=${() => this.askToSend()}
                >
                  Envoyer
                </button>
              </div>`
        }
      </section>`;
  }

  private renderSent(issue: FlashIssue) {
    const c = issue.coordination;
    return html`<div class="layout">
      <section class="card" aria-labelledby="progress-heading">
        <h2 id="progress-heading">Envoi par e-mail</h2>
        ${
          issue.sentAt
            ? html`<p>
                Envoyé le ${formatDate(issue.sentAt)}${c?.sentBy ? ` par ${c.sentBy.displayName}` : ''}.
              </p>`
            : nothing
        }
        ${
          c
            ? html`<p data-testid="flash-progress">
                  ${
                    issue.status === 'sent'
                      ? `Envoi terminé : ce numéro est parti par e-mail à ${childminders(c.email.processed)}.`
                      : `E-mails préparés : ${c.email.processed} sur ${c.email.recipients}.`
                  }
                </p>
                <progress
                  max=${Math.max(1, c.email.recipients)}
                  .value=${issue.status === 'sent' ? Math.max(1, c.email.recipients) : c.email.processed}
                  aria-label="Progression de l'envoi par e-mail"
                ></progress>
                <p class="hint">
                  Un e-mail qui ne peut pas être remis apparaît dans
                  <a href="/e-mails-non-remis">« E-mails non remis »</a>.
                </p>`
            : nothing
        }
      </section>
      <section class="card text" aria-labelledby="text-heading">
        <h2 id="text-heading">Texte envoyé</h2>
        ${issue.paragraphs.map((p) => html`<p>${p}</p>`)}
        ${
          issue.pdf
            ? html`<p>
                <a href=${issue.pdf.url} target="_blank" rel="noopener"
                  >${issue.pdf.name} (PDF, ${formatSize(issue.pdf.size)})</a
                >
              </p>`
            : nothing
        }
      </section>
    </div>`;
  }

  private renderPost(issue: FlashIssue) {
    const c = issue.coordination;
    if (!c) return nothing;
    return html`<section class="card" aria-labelledby="post-heading" data-testid="flash-post">
      <h2 id="post-heading">Envoi par courrier postal</h2>
      <p>
        ${
          issue.status === 'draft'
            ? `Par courrier postal aujourd'hui : ${childminders(c.post.recipients)}.`
            : `Par courrier postal au moment de l'envoi : ${childminders(c.post.recipients)}.`
        }
        La liste reprend les adresses à jour au moment du téléchargement : l'adresse postale si elle est
        indiquée, sinon celle du lieu d'accueil.
      </p>
      ${
        c.post.incomplete
          ? html`<p class="alert warning">
              Adresse incomplète pour ${childminders(c.post.incomplete)} : signalée dans la liste (CSV), sans
              étiquette. L'adresse se complète dans la signalétique.
            </p>`
          : nothing
      }
      <p class="downloads">
        <a class="button secondary" href=${c.post.csvUrl} download>Télécharger la liste (CSV pour Excel)</a>
        <a class="button secondary" href=${c.post.labelsUrl} download
          >Télécharger les étiquettes (PDF, A4, 3 × 8)</a
        >
      </p>
      <p class="hint">
        Ces fichiers contiennent des adresses personnelles : chaque téléchargement est enregistré dans
        l'historique des consultations. Ne les gardez que le temps de l'envoi.
      </p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-flash-issue-page': FlashIssuePage;
  }
}
