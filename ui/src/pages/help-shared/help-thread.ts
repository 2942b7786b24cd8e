/** How a helpdesk request reads: its exchanges, its files, and who asked (for ONE's agents). */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatDateTime } from '../../lib/format.js';
import type { HelpdeskRequest } from './helpdesk-api.js';

/** The exchanges, oldest first; what ONE's teams wrote to each other is marked as such. */
export function threadTemplate(request: HelpdeskRequest, headingId = 'thread-heading'): TemplateResult {
  return html`<section class="card" aria-labelledby=${headingId} data-testid="helpdesk-thread">
    <h2 id=${headingId}>Les échanges</h2>
    <ul class="plain thread">
      ${request.thread.map(
        (item) =>
          html`<li class="message ${item.author}" data-testid="helpdesk-message" data-author=${item.author}>
            <p class="message-head">
              <strong>${item.authorName}</strong> · ${item.label}
              ${item.internal ? html`<span class="muted">(entre équipes de l’ONE)</span>` : nothing} ·
              <time datetime=${item.at}>${formatDateTime(item.at)}</time>
            </p>
            ${item.text ? html`<p class="free-text" data-testid="helpdesk-message-text">${item.text}</p>` : nothing}
          </li>`,
      )}
    </ul>
    ${
      request.attachments.length
        ? html`<h3>Pièces jointes</h3>
            <ul>
              ${request.attachments.map((a) =>
                a.url
                  ? html`<li><a href=${a.url} target="_blank" rel="noopener">${a.name}</a></li>`
                  : html`<li>${a.name}</li>`,
              )}
            </ul>`
        : nothing
    }
  </section>`;
}

/** Who asked, read-only, for the helpdesk: role, subregion, open cases (each read is recorded). */
export function requesterTemplate(request: HelpdeskRequest): TemplateResult {
  const context = request.context;
  return html`<section class="card" aria-labelledby="requester-heading" data-testid="helpdesk-requester">
    <h2 id="requester-heading">La personne</h2>
    <dl class="facts">
      <dt>Nom</dt>
      <dd>${request.requester.displayName}</dd>
      <dt>Sujet</dt>
      <dd>${request.subjectLabel}</dd>
      ${
        !request.requester.hasAccount
          ? html`<dt>Compte PRO.ONE</dt>
              <dd>Sans compte : la réponse part par e-mail</dd>
              ${
                context?.email
                  ? html`<dt>Adresse e-mail</dt>
                      <dd>${context.email}</dd>`
                  : nothing
              }`
          : nothing
      }
      ${
        context && request.requester.hasAccount
          ? html`<dt>Rôle</dt>
              <dd data-testid="helpdesk-requester-roles">${context.roles.join(', ') || '—'}</dd>
              <dt>Sous-région</dt>
              <dd>${context.subregion ?? '—'}</dd>
              ${
                context.provider
                  ? html`<dt>Accueillant·e</dt>
                      <dd>${context.provider.displayName}</dd>`
                  : nothing
              }
              <dt>Dossiers en cours</dt>
              <dd>
                ${
                  context.openCases.length
                    ? html`<ul class="plain">
                        ${context.openCases.map(
                          (c) =>
                            html`<li>
                              ${c.procedureLabel} — ${c.statusLabel}, depuis le ${formatDate(c.openedAt)}
                            </li>`,
                        )}
                      </ul>`
                    : 'Aucun'
                }
              </dd>`
          : nothing
      }
    </dl>
  </section>`;
}
