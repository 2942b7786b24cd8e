import { LitElement, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { getMyContacts } from '../../api/api.js';
import type { ContactsOne } from '../../api/types.js';
import { PageLoad } from '../../lib/page-load.js';
import { sharedStyles } from '../../styles/shared.styles.js';

/** « Contacts ONE »: the provider's agent conseil, référent·e accueil, référent·e santé, and the helpdesk. */
@customElement('pro-contacts-page')
export class ContactsPage extends LitElement {
  static override styles = [sharedStyles];

  private readonly data = new PageLoad(this, () => getMyContacts());

  override render() {
    return html`
      <h1>Contacts ONE</h1>
      <p>Vos interlocuteurs à l'ONE pour votre milieu d'accueil.</p>
      ${this.data.render((data) => this.renderContacts(data))}
    `;
  }

  private renderContacts({ contacts, helpdesk }: ContactsOne) {
    return html`
      <ul class="plain">
        ${contacts.map(
          (c) =>
            html`<li class="card" data-testid="contact">
              <h2>${c.roleLabel}</h2>
              <dl class="facts">
                <dt>Nom</dt>
                <dd>${c.name}</dd>
                ${
                  c.email
                    ? html`<dt>E-mail</dt>
                        <dd><a href=${`mailto:${c.email}`}>${c.email}</a></dd>`
                    : nothing
                }
                ${
                  c.phone
                    ? html`<dt>Téléphone</dt>
                        <dd>${c.phone}</dd>`
                    : nothing
                }
              </dl>
            </li>`,
        )}
      </ul>
      ${contacts.length === 0 ? html`<p>Aucun contact ONE ne vous est encore attribué.</p>` : nothing}
      <section class="card" aria-labelledby="helpdesk-heading" data-testid="helpdesk">
        <h2 id="helpdesk-heading">${helpdesk.name}</h2>
        <dl class="facts">
          <dt>Téléphone</dt>
          <dd>${helpdesk.phone}</dd>
          <dt>Horaires</dt>
          <dd>${helpdesk.hours}</dd>
          <dt>E-mail</dt>
          <dd><a href=${`mailto:${helpdesk.email}`}>${helpdesk.email}</a></dd>
        </dl>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-contacts-page': ContactsPage;
  }
}
