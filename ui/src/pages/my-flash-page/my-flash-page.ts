import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, getFlashIssue, getFlashIssues } from '../../api/api.js';
import type { FlashIssue } from '../../api/types.js';
import { formatSize } from '../../lib/bilan.js';
import { loadErrorTemplate, loadingTemplate, pageTitleEvent } from '../../lib/feedback.js';
import { formatDate } from '../../lib/format.js';
import { sharedStyles } from '../../styles/shared.styles.js';

/**
 * « Flash accueil » for a childminder: every issue sent, newest first, and one issue to read (the
 * link in the e-mail leads there), with its PDF to download.
 */
@customElement('pro-my-flash-page')
export class MyFlashPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .issues {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .issues h2 {
        font-size: 1.2rem;
        margin-bottom: 0.25rem;
      }
      .text p {
        max-width: 48rem;
      }
      .back {
        margin-bottom: 0.5rem;
      }
    `,
  ];

  /** The issue to read; empty for the list. */
  @property() issueId = '';

  @state() private issues: FlashIssue[] | null = null;
  @state() private issue: FlashIssue | null = null;
  @state() private loadError: ApiError | null = null;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('issueId') || !this.hasUpdated) void this.load();
  }

  private async load(): Promise<void> {
    this.loadError = null;
    this.issue = null;
    try {
      if (this.issueId) {
        this.issue = (await getFlashIssue(this.issueId)).issue;
        this.dispatchEvent(pageTitleEvent(`${this.issue.title} — Flash accueil`));
      } else {
        this.issues = (await getFlashIssues()).issues;
      }
    } catch (error) {
      this.loadError = error as ApiError;
    }
  }

  override render() {
    return this.issueId ? this.renderIssue() : this.renderList();
  }

  private pdfLink(issue: FlashIssue) {
    if (!issue.pdf) return nothing;
    return html`<p>
      <a href=${issue.pdf.url} target="_blank" rel="noopener" data-testid="flash-pdf-link"
        >Télécharger le PDF : ${issue.pdf.name} (${formatSize(issue.pdf.size)})</a
      >
    </p>`;
  }

  private renderList() {
    return html`
      <h1>Flash accueil</h1>
      <p>
        Le Flash accueil est la lettre d'information de l'ONE pour les accueillant·e·s. Vous retrouvez ici
        tous les numéros envoyés. Pour choisir de le recevoir par e-mail, par courrier postal ou les deux,
        allez dans
        <a href="/mes-preferences">« Mes préférences »</a>.
      </p>
      ${
        this.loadError
          ? loadErrorTemplate(this.loadError, () => void this.load())
          : !this.issues
            ? loadingTemplate()
            : this.issues.length === 0
              ? html`<p class="card">Aucun numéro n'a encore été envoyé.</p>`
              : html`<ul class="issues">
                  ${this.issues.map(
                    (i) =>
                      html`<li class="card" data-testid="flash-issue">
                        <h2><a href="/mes-flash-accueil/${i.id}">${i.title}</a></h2>
                        ${i.sentAt ? html`<p class="muted">Envoyé le ${formatDate(i.sentAt)}</p>` : nothing}
                        ${this.pdfLink(i)}
                      </li>`,
                  )}
                </ul>`
      }
    `;
  }

  private renderIssue() {
    const issue = this.issue;
    return html`
      <p class="back"><a href="/mes-flash-accueil">← Tous les numéros du Flash accueil</a></p>
      ${
        this.loadError
          ? html`<h1>Flash accueil</h1>
              ${loadErrorTemplate(this.loadError, () => void this.load())}`
          : !issue
            ? html`<h1>Flash accueil</h1>
                ${loadingTemplate()}`
            : html`<article class="card text" data-testid="flash-article">
                <h1>${issue.title}</h1>
                ${issue.sentAt ? html`<p class="muted">Flash accueil du ${formatDate(issue.sentAt)}</p>` : nothing}
                ${issue.paragraphs.map((p) => html`<p>${p}</p>`)} ${this.pdfLink(issue)}
              </article>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-my-flash-page': MyFlashPage;
  }
}
