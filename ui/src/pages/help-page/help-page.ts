import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ApiError } from '../../api/api.js';
import type { SessionUser } from '../../api/types.js';
import {
  INVALID_FORM,
  formErrorsFrom,
  withoutError,
  type FieldErrors,
  type FormError,
} from '../../lib/field-errors.js';
import { readAsBase64 } from '../../lib/files.js';
import { RequestKey } from '../../lib/idempotency.js';
import { PageLoad } from '../../lib/page-load.js';
import { radioGroupTemplate } from '../../lib/radio-group.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { type ErrorSummary, errorSummaryTemplate } from '../../components/error-summary/error-summary.js';
import '../../components/error-summary/error-summary.js';
import {
  getHelpdeskInfo,
  sendHelpdeskRequest,
  type HelpdeskInfo,
  type NewHelpdeskRequest,
} from '../help-shared/helpdesk-api.js';

const DESCRIPTION_MAX = 4000;
const ACCEPTED = ['image/png', 'image/jpeg', 'application/pdf'];
const FIELD_LABELS = {
  subject: 'Sujet',
  description: 'Votre demande',
  attachments: 'Pièces jointes',
  name: 'Votre nom',
  email: 'Votre adresse e-mail',
};

/**
 * « Aide », on every page and for everyone, signed in or not (the login page, MY.ONE): the
 * helpdesk's hours and contacts, a short FAQ and the contact form. Someone signed out gives her
 * name and the address where the answer goes.
 */
@customElement('pro-help-page')
export class HelpPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      details {
        border-top: 1px solid var(--c-border, #d0d4da);
        padding: 0.6rem 0;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
      }
      #request-sent:focus {
        outline: 3px solid var(--c-focus);
        outline-offset: 2px;
      }
      input[type='text'],
      input[type='email'],
      textarea {
        width: 100%;
        box-sizing: border-box;
      }
      .contact a {
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) user: SessionUser | null = null;

  @state() private subject: NewHelpdeskRequest['subject'] | null = null;
  @state() private description = '';
  @state() private name = '';
  @state() private email = '';
  @state() private files: File[] = [];
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError: FormError | null = null;
  @state() private sending = false;
  @state() private sent: { message: string; caseId: string | null } | null = null;

  @query('pro-error-summary') private errorSummary?: ErrorSummary;

  private readonly info = new PageLoad<HelpdeskInfo>(this, getHelpdeskInfo);
  private readonly requestKey = new RequestKey();

  override render() {
    return html`
      <h1 tabindex="-1">Aide</h1>
      ${this.info.render((info) => this.renderInfo(info))}
    `;
  }

  private renderInfo(info: HelpdeskInfo) {
    return html`
      <section class="card contact" aria-labelledby="contact-heading" data-testid="helpdesk-contact">
        <h2 id="contact-heading">Contacter le helpdesk PRO.ONE</h2>
        <p>
          Le helpdesk vous aide pour vous connecter, trouver une information sur le portail, répondre à vos
          questions générales ou résoudre un problème technique.
        </p>
        <dl class="facts">
          <dt>Horaires</dt>
          <dd>${info.contact.hours}</dd>
          <dt>Téléphone</dt>
          <dd><a href=${info.contact.phoneHref}>${info.contact.phone}</a></dd>
          <dt>E-mail</dt>
          <dd><a href="mailto:${info.contact.email}">${info.contact.email}</a></dd>
        </dl>
      </section>
      <section class="card" aria-labelledby="faq-heading" data-testid="helpdesk-faq">
        <h2 id="faq-heading">Questions fréquentes</h2>
        ${info.faq.map(
          (f) =>
            html`<details>
              <summary>${f.question}</summary>
              <p>${f.answer}</p>
            </details>`,
        )}
      </section>
      <section class="card" aria-labelledby="form-heading">
        <h2 id="form-heading">Écrire au helpdesk</h2>
        ${this.renderSent()} ${this.renderForm(info)}
      </section>
    `;
  }

  private renderSent() {
    return html`<div id="request-sent" tabindex="-1" role="status" class=${this.sent ? 'alert success' : ''}>
      ${
        this.sent
          ? html`<p data-testid="helpdesk-request-sent">${this.sent.message}</p>
              ${
                this.sent.caseId
                  ? html`<p><a href="/aide/demandes/${this.sent.caseId}">Voir ma demande</a></p>`
                  : nothing
              }`
          : nothing
      }
    </div>`;
  }

  private field(
    id: keyof typeof FIELD_LABELS,
    hint: string,
    control: (describedBy: string, invalid: boolean) => unknown,
    required = true,
  ) {
    const error = this.fieldErrors[id];
    const describedBy = error ? `${id}-hint ${id}-error` : `${id}-hint`;
    return html`<div class="field ${error ? 'has-error' : ''}" data-testid="field-${id}">
      <label for=${id}
        >${FIELD_LABELS[id]}
        ${required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}</label
      >
      <span class="hint" id="${id}-hint">${hint}</span>
      ${error ? html`<span class="field-error" id="${id}-error">${error}</span>` : nothing}
      ${control(describedBy, Boolean(error))}
    </div>`;
  }

  private renderForm(info: HelpdeskInfo) {
    const signedOut = !this.user;
    return html`
      ${errorSummaryTemplate(this.formError, this.fieldErrors, FIELD_LABELS)}
      <form novalidate @submit=${(e: SubmitEvent) => this.submit(e, info)} data-testid="helpdesk-form">
        <p class="muted">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
        ${
          signedOut
            ? html`${this.field(
                'name',
                'Prénom et nom.',
                (describedBy, invalid) =>
                  html`<input
                    id="name"
                    type="text"
                    autocomplete="name"
                    maxlength="120"
                    required
                    aria-invalid=${invalid ? 'true' : 'false'}
                    aria-describedby=${describedBy}
                    .value=${this.name}
                    @input=${(e: Event) => {
                      this.name = (e.target as HTMLInputElement).value;
                      this.fieldErrors = withoutError(this.fieldErrors, 'name');
                    }}
                  />`,
              )}
              ${this.field(
                'email',
                'La réponse du helpdesk vous sera envoyée à cette adresse.',
                (describedBy, invalid) =>
                  html`<input
                    id="email"
                    type="email"
                    autocomplete="email"
                    maxlength="254"
                    required
                    aria-invalid=${invalid ? 'true' : 'false'}
                    aria-describedby=${describedBy}
                    .value=${this.email}
                    @input=${(e: Event) => {
                      this.email = (e.target as HTMLInputElement).value;
                      this.fieldErrors = withoutError(this.fieldErrors, 'email');
                    }}
                  />`,
              )}`
            : nothing
        }
        ${radioGroupTemplate({
          name: 'subject',
          legend: FIELD_LABELS.subject,
          choices: info.subjects,
          selected: this.subject,
          error: this.fieldErrors.subject,
          onSelect: (value) => {
            this.subject = value as NewHelpdeskRequest['subject'];
            this.fieldErrors = withoutError(this.fieldErrors, 'subject');
          },
        })}
        ${this.field(
          'description',
          `Décrivez votre question ou le problème rencontré, avec un maximum de détails (la page, ce que vous avez fait, le message affiché). ${DESCRIPTION_MAX.toLocaleString('fr-BE')} caractères maximum.`,
          (describedBy, invalid) =>
            html`<textarea
              id="description"
              rows="6"
              required
              maxlength=${DESCRIPTION_MAX}
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${describedBy}
              .value=${this.description}
              @input=${(e: Event) => {
                this.description = (e.target as HTMLTextAreaElement).value;
                if (this.description.trim()) this.fieldErrors = withoutError(this.fieldErrors, 'description');
              }}
            ></textarea>`,
        )}
        ${this.field(
          'attachments',
          `Facultatif : jusqu’à ${info.maxAttachments} fichiers (captures d’écran PNG ou JPEG, documents PDF), 5 Mo au total.`,
          (describedBy, invalid) =>
            html`<input
              id="attachments"
              type="file"
              multiple
              accept=".png,.jpg,.jpeg,.pdf,image/png,image/jpeg,application/pdf"
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${describedBy}
              @change=${(e: Event) => {
                this.files = Array.from((e.target as HTMLInputElement).files ?? []);
                this.fieldErrors = withoutError(this.fieldErrors, 'attachments');
              }}
            />`,
          false,
        )}
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.sending} data-testid="helpdesk-submit">
            Envoyer ma demande
          </button>
          <span class="muted" role="status">${this.sending ? 'Envoi en cours…' : ''}</span>
        </div>
      </form>
    `;
  }

  /** The form's own checks, before anything is sent (the server checks again). */
  private check(info: HelpdeskInfo): FieldErrors {
    const errors: FieldErrors = {};
    if (!this.user) {
      if (!this.name.trim()) errors.name = 'Indiquez votre nom';
      if (!this.email.trim()) errors.email = 'Indiquez l’adresse e-mail où vous répondre';
      else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(this.email.trim()))
        errors.email = 'Indiquez une adresse e-mail valide';
    }
    if (!this.subject) errors.subject = 'Choisissez le sujet de votre demande';
    if (!this.description.trim()) errors.description = 'Décrivez votre demande';
    if (this.files.length > info.maxAttachments)
      errors.attachments = `${info.maxAttachments} fichiers au maximum`;
    else if (this.files.some((f) => f.type && !ACCEPTED.includes(f.type)))
      errors.attachments = 'Envoyez des fichiers PNG, JPEG ou PDF';
    else if (this.files.reduce((n, f) => n + f.size, 0) > info.attachmentsMaxBytes)
      errors.attachments = 'Les pièces jointes pèsent 5 Mo au total au maximum';
    return errors;
  }

  private async submit(event: SubmitEvent, info: HelpdeskInfo): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    this.sent = null;
    const errors = this.check(info);
    if (Object.keys(errors).length) {
      this.fieldErrors = errors;
      this.formError = INVALID_FORM;
      await this.updateComplete;
      this.errorSummary?.focus();
      return;
    }
    this.fieldErrors = {};
    this.formError = null;
    this.sending = true;
    try {
      const attachments = await Promise.all(
        this.files.map(async (f) => ({ name: f.name, contentBase64: await readAsBase64(f) })),
      );
      const input = {
        subject: this.subject!,
        description: this.description.trim(),
        attachments,
        ...(this.user ? {} : { name: this.name.trim(), email: this.email.trim() }),
      };
      const answer = await sendHelpdeskRequest(input, this.requestKey.for(input));
      this.requestKey.reset();
      this.sent = { message: answer.message, caseId: answer.case?.id ?? null };
      this.subject = null;
      this.description = '';
      this.files = [];
      const fileInput = this.renderRoot.querySelector<HTMLInputElement>('#attachments');
      if (fileInput) fileInput.value = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#request-sent')?.focus();
    } catch (error) {
      const refused = formErrorsFrom(error as ApiError, Object.keys(FIELD_LABELS));
      this.fieldErrors = refused.fieldErrors;
      this.formError = refused.formError;
      await this.updateComplete;
      this.errorSummary?.focus();
    } finally {
      this.sending = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-help-page': HelpPage;
  }
}
