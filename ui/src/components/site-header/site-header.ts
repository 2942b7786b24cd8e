import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SessionUser } from '../../api/types.js';
import { homePathFor, isAgent, isAgentSubsides, isProvider, isSupervisor } from '../../lib/roles.js';
import { headerLinks, procedureNavLinks } from '../../procedures.js';
import type { NavLink } from '../../procedures/contract.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './site-header.styles.js';

const notProvider = (user: SessionUser) => !isProvider(user);
const agentOrSupervisor = (user: SessionUser) => isAgent(user) || isSupervisor(user);

/**
 * The menu entries of the pages that belong to no procedure; the procedures' own come from
 * `ui/src/procedures.ts`, each at its `order`. A childminder's first (the seed's menu order,
 * chapter 4, with the home page and the report first), then the agents' and the coordination's.
 */
const SHARED_LINKS: readonly NavLink[] = [
  { href: '/accueil', label: 'Accueil', order: 10, allows: isProvider },
  { href: '/ma-signaletique', label: 'Ma signalétique', order: 30, allows: isProvider },
  { href: '/mon-autorisation', label: 'Mon autorisation', order: 40, allows: isProvider },
  { href: '/mes-demandes', label: 'Mes demandes', order: 60, allows: isProvider },
  { href: '/mes-subsides', label: 'Mes subsides', order: 70, allows: isProvider },
  { href: '/mes-flash-accueil', label: 'Flash accueil', order: 80, allows: isProvider },
  { href: '/mes-preferences', label: 'Mes préférences', order: 90, allows: isProvider },
  { href: '/mon-utilisateur', label: 'Gestion de mon utilisateur', order: 100, allows: isProvider },
  { href: '/contacts-one', label: 'Contacts ONE', order: 120, allows: isProvider },
  {
    href: '/historique-consultations',
    label: 'Historique des consultations',
    order: 130,
    allows: isProvider,
  },
  { href: '/taches', label: 'Tâches', order: 200, allows: isAgent },
  { href: '/paiements', label: 'Paiements', order: 210, allows: isAgentSubsides },
  { href: '/dossiers', label: 'Dossiers', order: 220, allows: isSupervisor },
  { href: '/campagnes', label: 'Campagnes de bilans', order: 230, allows: isSupervisor },
  { href: '/flash-accueil', label: 'Flash accueil', order: 240, allows: isSupervisor },
  { href: '/accueillants', label: 'Accueillant·e·s', order: 250, allows: agentOrSupervisor },
  { href: '/e-mails-non-remis', label: 'E-mails non remis', order: 260, allows: isSupervisor },
  { href: '/mes-preferences', label: 'Mes préférences', order: 270, allows: notProvider },
  { href: '/mon-utilisateur', label: 'Gestion de mon utilisateur', order: 280, allows: notProvider },
];

const NAV_LINKS = [...SHARED_LINKS, ...procedureNavLinks].sort((a, b) => a.order - b.order);

function navEntriesFor(user: SessionUser): NavLink[] {
  return NAV_LINKS.filter((link) => link.allows(user));
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
          <div class="end">
            ${
              // For everyone, signed in or not, on every page (the login page and MY.ONE too).
              this.renderLinks('Liens utiles', headerLinks, 'header-links')
            }
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
        </div>
        ${user ? this.renderLinks('Menu principal', navEntriesFor(user)) : nothing}
      </div>
    `;
  }

  /** A list of links, the current page's marked, under its landmark's `label`. */
  private renderLinks(
    label: string,
    links: ReadonlyArray<{ href: string; label: string }>,
    className?: string,
  ) {
    if (links.length === 0) return nothing;
    return html`<nav class=${ifDefined(className)} aria-label=${label}>
      <ul>
        ${links.map(
          (link) =>
            html`<li>
              <a href=${link.href} aria-current=${this.isCurrent(link.href) ? 'page' : 'false'}
                >${link.label}</a
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
