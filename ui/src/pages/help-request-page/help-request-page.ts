import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError } from '../../api/api.js';
import { withoutError, type FieldErrors } from '../../lib/field-errors.js';
import { formatDate } from '../../lib/format.js';
import { PageLoad } from '../../lib/page-load.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import {
  getFollowUp,
  getHelpdeskRequest,
  writeFollowUp,
  writeToHelpdesk,
  type HelpdeskRequest,
  type RequesterAction,
} from '../help-shared/helpdesk-api.js';
import { threadTemplate } from '../help-shared/help-thread.js';

const MESSAGE_MAX = 4000;

/**
 * One request to the helpdesk, as the person who asked follows it: the exchanges, then what she
 * may do — send the details asked for, say the answer helped, or reopen the request. Signed in
 * (`caseId`), or without an account through the private link of the helpdesk's e-mail, whose
 * secret is the address's fragment: it never reaches a server log, and is sent in a body only.
 */
@customElement('pro-help-request-page')
export class HelpRequestPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      ul.thread {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .message {
        border-left: 4px solid var(--c-border, #d0d4da);
        padding: 0.25rem 0 0.25rem 0.75rem;
        margin: 0 0 1rem;
      }
      .message.helpdesk,
      .message.support_technique {
        border-left-color: var(--c-primary, #0b5ea8);
      }
      .message-head {
        margin: 0 0 0.25rem;
      }
      .free-text {
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      textarea {
        width: 100%;
        box-sizing: border-box;
      }
      #action-done:focus {
        outline: 3px solid var(--c-focus);
        outline-offset: 2px;
      }
    `,
  ];

  /** Signed in: the request's case. */
  @property() caseId = '';
  /** Without an account: the request is found by the secret of the link. */
  @property({ type: Boolean }) followUp = false;

  @state() private text = '';
  @state() private fieldErrors: FieldErrors = {};
  @state() private actionError: string | null = null;
  @state() private done: string | null = null;
  @state() private sending = false;

  /** The secret of the e-mail's link: taken off the address bar at once, kept in memory only. */
  private linkToken: string | null = null;

  private takeLinkToken(): string | null {
    if (location.hash.length > 1) {
      this.linkToken = location.hash.slice(1);
      history.replaceState(history.state, '', location.pathname + location.search);
    }
    return this.linkToken;
  }

  private readonly request = new PageLoad<HelpdeskRequest>(this, () => {
    if (this.followUp) {
      const token = this.takeLinkToken();
      if (!token)
        return Promise.reject(
          new ApiError(
            404,
            'HELPDESK_LINK_UNKNOWN',
            'Ce lien est incomplet : ouvrez à nouveau le lien de l’e-mail du helpdesk, en entier.',
          ),
        );
      return getFollowUp(token);
    }
    return getHelpdeskRequest(this.caseId);
  });

  override render() {
    return html`
      <h1 tabindex="-1">Ma demande d’aide</h1>
      ${this.followUp ? nothing : html`<p><a href="/aide/demandes">Toutes mes demandes d’aide</a></p>`}
      ${this.request.render((r) => this.renderRequest(r))}
    `;
  }

  private renderRequest(request: HelpdeskRequest) {
    const item = request.case;
    return html`
      <section class="card" aria-labelledby="request-heading" data-testid="helpdesk-request">
        <h2 id="request-heading">${request.subjectLabel}</h2>
        <dl class="facts">
          <dt>État</dt>
          <dd data-testid="helpdesk-status">${item.statusLabel}</dd>
          <dt>Envoyée le</dt>
          <dd><time datetime=${item.openedAt}>${formatDate(item.openedAt)}</time></dd>
          ${
            item.status === 'open' && item.waitingFor
              ? html`<dt>L’ONE attend</dt>
                  <dd>${item.waitingFor}</dd>`
              : nothing
          }
        </dl>
      </section>
      ${threadTemplate(request)}
      <div id="action-done" tabindex="-1" role="status" class=${this.done ? 'alert success' : ''}>
        ${this.done ? html`<p data-testid="helpdesk-action-done">${this.done}</p>` : nothing}
      </div>
      ${this.renderActions(request)}
    `;
  }

  private renderActions(request: HelpdeskRequest) {
    const { can } = request;
    if (!can.reply && !can.reopen && !can.sayHelped) return nothing;
    const reply = can.reply;
    const error = this.fieldErrors.message;
    return html`<section class="card" aria-labelledby="answer-heading">
      <h2 id="answer-heading">${reply ? 'Vos précisions' : 'Cette réponse vous a-t-elle aidé·e ?'}</h2>
      ${this.actionError ? html`<div class="alert error" role="alert"><p>${this.actionError}</p></div>` : nothing}
      ${
        can.sayHelped
          ? html`<p>
                Si la réponse règle votre demande, dites-le : elle sera clôturée.
                ${request.reopenUntil ? html`Sinon, vous pouvez la rouvrir jusqu’au ${formatDate(request.reopenUntil)}.` : nothing}
              </p>
              <div class="actions">
                <button
                  class="button"
                  type="button"
                  ?disabled=${this.sending}
                  data-testid="helpdesk-helped"
                  @click=${() => this.act(request, 'helped')}
                >
                  Oui, cela m’a aidé·e
                </button>
              </div>`
          : nothing
      }
      <form novalidate @submit=${(e: SubmitEvent) => this.submit(e, request, reply ? 'reply' : 'reopen')}>
        <div class="field ${error ? 'has-error' : ''}">
          <label for="message"
            >${reply ? 'Votre réponse au helpdesk' : 'Ce qu’il vous manque encore'}
            <span class="required" aria-hidden="true">*</span></label
          >
          <span class="hint" id="message-hint"
            >${MESSAGE_MAX.toLocaleString('fr-BE')} caractères maximum.</span
          >
          ${error ? html`<span class="field-error" id="message-error">${error}</span>` : nothing}
          <textarea
            id="message"
            rows="4"
            required
            maxlength=${MESSAGE_MAX}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'message-hint message-error' : 'message-hint'}
            .value=${this.text}
            @input=${(e: Event) => {
              this.text = (e.target as HTMLTextAreaElement).value;
              if (this.text.trim()) this.fieldErrors = withoutError(this.fieldErrors, 'message');
            }}
          ></textarea>
        </div>
        <div class="actions">
          <button
            class="button ${reply ? '' : 'secondary'}"
            type="submit"
            ?disabled=${this.sending}
            data-testid=${reply ? 'helpdesk-send-details' : 'helpdesk-reopen'}
          >
            ${reply ? 'Envoyer mes précisions' : 'Non, rouvrir ma demande'}
          </button>
          <span class="muted" role="status">${this.sending ? 'Envoi en cours…' : ''}</span>
        </div>
      </form>
    </section>`;
  }

  private async submit(event: SubmitEvent, request: HelpdeskRequest, action: RequesterAction) {
    event.preventDefault();
    if (!this.text.trim()) {
      this.fieldErrors = { message: 'Écrivez votre message' };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#message')?.focus();
      return;
    }
    await this.act(request, action, this.text.trim());
  }

  private async act(request: HelpdeskRequest, action: RequesterAction, body?: string) {
    if (this.sending) return;
    this.sending = true;
    this.actionError = null;
    this.done = null;
    try {
      const updated = this.followUp
        ? await writeFollowUp(this.linkToken ?? '', action, body)
        : await writeToHelpdesk(request.case.id, action, body);
      this.request.value = updated;
      this.text = '';
      this.done = {
        reply: 'Vos précisions ont été envoyées au helpdesk.',
        reopen: 'Votre demande est rouverte : le helpdesk vous répondra.',
        helped: 'Merci ! Votre demande est clôturée.',
      }[action];
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#action-done')?.focus();
    } catch (error) {
      this.actionError = (error as ApiError).message;
      if (error instanceof ApiError && error.status === 409) void this.request.load();
    } finally {
      this.sending = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-help-request-page': HelpRequestPage;
  }
}
