import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiError, getUndeliverableMails, resendMail } from '../../api/api.js';
import type { UndeliverableMail } from '../../api/types.js';
import { PageLoad } from '../../lib/page-load.js';
import { countLabel, formatDateTime } from '../../lib/format.js';
import { sharedStyles } from '../../styles/shared.styles.js';

/**
 * « E-mails non remis » (coordination): the messages the system could not deliver in time, with
 * the reason the mail server gave, and « Renvoyer » once the cause is fixed.
 */
@customElement('pro-undeliverable-mails-page')
export class UndeliverableMailsPage extends LitElement {
  static override styles = [sharedStyles];

  private readonly data = new PageLoad(this, () => getUndeliverableMails());

  @state() private busy: string | null = null;
  @state() private error: ApiError | null = null;
  @state() private done = '';

  private async resend(mail: UndeliverableMail): Promise<void> {
    if (this.busy) return;
    this.busy = mail.id;
    this.error = null;
    this.done = '';
    try {
      await resendMail(mail.id);
      this.done = `Le message « ${mail.subject} » à ${mail.toName} est renvoyé.`;
      await this.data.load();
    } catch (error) {
      this.error = error as ApiError;
    } finally {
      this.busy = null;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.error ? '#resend-error' : '#resend-done')?.focus();
  }

  override render() {
    return html`
      <h1>E-mails non remis</h1>
      <p>
        Les messages que le système n’a pas pu envoyer malgré ses nouvelles tentatives. Corrigez la cause
        (adresse de la personne, serveur de messagerie), puis renvoyez-les. Les avis restent visibles dans
        l’application.
      </p>
      <div id="resend-done" tabindex="-1" role="status" class=${this.done ? 'alert success' : ''}>
        ${this.done ? html`<p>${this.done}</p>` : nothing}
      </div>
      ${
        this.error
          ? html`<div id="resend-error" tabindex="-1" class="alert error" role="alert">
              <p>${this.error.message}</p>
            </div>`
          : nothing
      }
      ${this.data.render(({ mails, total }) =>
        mails.length === 0
          ? html`<p class="card" data-testid="no-undeliverable">
              Aucun e-mail en souffrance : tout a été remis.
            </p>`
          : html`
              <p data-testid="undeliverable-count">
                ${countLabel(total, 'message non remis', 'messages non remis')}
              </p>
              <ul class="plain" data-testid="undeliverable-list">
                ${mails.map(
                  (m) =>
                    html`<li class="card">
                      <h2>${m.subject}</h2>
                      <p>À ${m.toName} (${m.toAddress})</p>
                      <p class="muted">
                        Préparé le
                        ${formatDateTime(m.createdAt)}${
                          m.undeliverableAt
                            ? html`, abandonné le ${formatDateTime(m.undeliverableAt)}`
                            : nothing
                        }
                        après ${countLabel(m.attempts, 'tentative', 'tentatives')}.
                      </p>
                      ${m.lastError ? html`<p>Réponse du serveur : ${m.lastError}</p>` : nothing}
                      <p class="actions">
                        ${m.caseId ? html`<a href="/dossiers/${m.caseId}">Voir le dossier</a>` : nothing}
                        <button
                          class="button secondary"
                          type="button"
                          ?disabled=${this.busy !== null}
                          @click=${() => this.resend(m)}
                        >
                          Renvoyer<span class="visually-hidden"> le message à ${m.toName}</span>
                        </button>
                      </p>
                    </li>`,
                )}
              </ul>
            `,
      )}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-undeliverable-mails-page': UndeliverableMailsPage;
  }
}
