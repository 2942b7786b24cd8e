import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SessionUser } from '../../api/types.js';
import { homePathFor, isAgent, isAgentSubsides, isProvider, isSupervisor } from '../../lib/roles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './site-header.styles.js';

interface NavEntry {
  href: string;
  label: string;
}

function navEntriesFor(user: SessionUser): NavEntry[] {
  const entries: NavEntry[] = [];
  if (isProvider(user)) {
    // The seed's menu order (chapter 4), with the home page and the report first.
    entries.push(
      { href: '/accueil', label: 'Accueil' },
      { href: '/signalement', label: 'Signaler un risque' },
      { href: '/ma-signaletique', label: 'Ma signalétique' },
      { href: '/mon-autorisation', label: 'Mon autorisation' },
      { href: '/mes-bilans', label: 'Mes bilans' },
      { href: '/mes-demandes', label: 'Mes demandes' },
      { href: '/mes-subsides', label: 'Mes subsides' },
      { href: '/mes-flash-accueil', label: 'Flash accueil' },
      { href: '/mes-preferences', label: 'Mes préférences' },
      { href: '/mon-utilisateur', label: 'Gestion de mon utilisateur' },
      { href: '/acte', label: 'Accueil en transition écologique' },
      { href: '/contacts-one', label: 'Contacts ONE' },
      { href: '/historique-consultations', label: 'Historique des consultations' },
    );
  }
  if (isAgent(user)) entries.push({ href: '/taches', label: 'Tâches' });
  if (isAgentSubsides(user)) entries.push({ href: '/paiements', label: 'Paiements' });
  if (isSupervisor(user)) entries.push({ href: '/dossiers', label: 'Dossiers' });
  if (isSupervisor(user)) entries.push({ href: '/campagnes', label: 'Campagnes de bilans' });
  if (isSupervisor(user)) entries.push({ href: '/flash-accueil', label: 'Flash accueil' });
  if (isAgent(user) || isSupervisor(user)) entries.push({ href: '/accueillants', label: 'Accueillant·e·s' });
  if (isSupervisor(user)) entries.push({ href: '/e-mails-non-remis', label: 'E-mails non remis' });
  if (!isProvider(user)) entries.push({ href: '/mes-preferences', label: 'Mes préférences' });
  if (!isProvider(user)) entries.push({ href: '/mon-utilisateur', label: 'Gestion de mon utilisateur' });
  return entries;
}

/** Inside the page's banner: the portal's name, who is signed in, « Se déconnecter » and the main menu. */
@customElement('pro-site-header')
export class SiteHeader extends LitElement {
  static override styles = [sharedStyles, styles];

  @property({ attribute: false }) user: SessionUser | null = null;
  @property({ attribute: false }) currentPath = '/';

  private logout(): void {
    this.dispatchEvent(new CustomEvent('pro-logout', { bubbles: true, composed: true }));
  }

  private isCurrent(href: string): boolean {
    return this.currentPath === href || this.currentPath.startsWith(`${href}/`);
  }

  override render() {
    const { user } = this;
    return html`
      <div class="banner">
        <div class="bar">
          <a class="brand" href=${user ? homePathFor(user) : '/connexion'}>
            PRO.ONE <span class="visually-hidden">— page d'accueil</span>
          </a>
          ${
            user
              ? html`<div class="account">
                  <p class="who">
                    <span class="name" data-testid="user-name">${user.displayName}</span>
                    <span class="role" data-testid="user-roles">${user.roleLabels.join(', ')}</span>
                  </p>
                  <button class="logout" type="button" data-testid="logout" @click=${this.logout}>
                    Se déconnecter
                  </button>
                </div>`
              : nothing
          }
        </div>
        ${user ? this.renderNav(user) : nothing}
      </div>
    `;
  }

  private renderNav(user: SessionUser) {
    const entries = navEntriesFor(user);
    if (entries.length === 0) return nothing;
    return html`<nav aria-label="Menu principal">
      <ul>
        ${entries.map(
          (entry) =>
            html`<li>
              <a href=${entry.href} aria-current=${this.isCurrent(entry.href) ? 'page' : 'false'}
                >${entry.label}</a
              >
            </li>`,
        )}
      </ul>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-site-header': SiteHeader;
  }
}
