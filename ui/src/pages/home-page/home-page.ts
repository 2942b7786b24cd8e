import { LitElement, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { getMyHome } from '../../api/api.js';
import type { Badge, ProviderHome } from '../../api/types.js';
import { formatDate } from '../../lib/format.js';
import { PageLoad } from '../../lib/page-load.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './home-page.styles.js';
import '../../components/case-details/case-details.js';
import '../../components/notification-list/notification-list.js';
import '../../components/outcome-summary/outcome-summary.js';

const BADGE_TEST_IDS: Record<string, string> = { cessation_risk_reported: 'badge-cessation-risk' };

/** The provider's home page: status badges, the report in progress, shortcuts, notifications. */
@customElement('pro-home-page')
export class HomePage extends LitElement {
  static override styles = [sharedStyles, styles];

  private readonly home = new PageLoad(this, getMyHome);

  override render() {
    return html`
      <h1>Bienvenue chez l'accueillant·e indépendant·e</h1>
      ${this.home.render((home) => this.renderHome(home))}
    `;
  }

  private renderHome(home: ProviderHome) {
    const { provider } = home;
    return html`
      <div class="identity">
        <p class="provider-name" data-testid="provider-name">${provider.displayName}</p>
        <p class="muted">${provider.city} · Sous-région ${provider.subregion.name}</p>
        ${home.badges.length ? this.renderBadges(home.badges) : nothing}
      </div>

      <section class="shortcuts" aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading" class="visually-hidden">Raccourcis</h2>
        <a class="button" href="/signalement" data-testid="shortcut-report"
          >Signaler un risque de cessation d'activité</a
        >
        <a class="button secondary" href="/mes-bilans" data-testid="shortcut-my-bilans"
          >Consulter les bilans</a
        >
        <a class="button secondary" href="/mes-demandes" data-testid="shortcut-my-cases">Mes demandes</a>
        <a class="button secondary" href="/mes-subsides" data-testid="shortcut-subsidies">Mes subsides</a>
        <a class="button secondary" href="/acte" data-testid="shortcut-acte"
          >Accueil en transition écologique</a
        >
      </section>

      ${
        home.openCessationRiskCase
          ? html`<section class="card status" aria-labelledby="open-case-heading" data-testid="open-case">
              <h2 id="open-case-heading">Votre signalement en cours</h2>
              <p>
                Vous avez signalé un risque de cessation d'activité le
                ${formatDate(home.openCessationRiskCase.openedAt)}.
              </p>
              <p class="next-step" data-testid="next-step">
                La cellule de veille de l'ONE va prendre contact avec vous pour analyser votre situation.
              </p>
              <pro-case-details .caseSummary=${home.openCessationRiskCase}></pro-case-details>
            </section>`
          : nothing
      }
      ${
        home.lastClosedCessationRiskCase
          ? html`<section class="card" aria-labelledby="closed-case-heading" data-testid="last-closed-case">
              <h2 id="closed-case-heading">Résultat de votre dernier signalement</h2>
              <p class="muted">
                Signalement du
                ${formatDate(home.lastClosedCessationRiskCase.openedAt)}${
                  home.lastClosedCessationRiskCase.closedAt
                    ? html`, traité le ${formatDate(home.lastClosedCessationRiskCase.closedAt)}`
                    : nothing
                }.
              </p>
              ${
                home.lastClosedCessationRiskCase.outcome
                  ? html`<pro-outcome-summary
                      .outcome=${home.lastClosedCessationRiskCase.outcome}
                    ></pro-outcome-summary>`
                  : html`<p>${home.lastClosedCessationRiskCase.statusLabel}</p>`
              }
            </section>`
          : nothing
      }

      <pro-notification-list .notifications=${home.notifications}></pro-notification-list>
    `;
  }

  private renderBadges(badges: Badge[]) {
    return html`<ul class="plain badges" aria-label="Votre statut">
      ${badges.map(
        (badge) =>
          html`<li>
            <span class="badge success" data-testid=${BADGE_TEST_IDS[badge.code] ?? `badge-${badge.code}`}
              ><span aria-hidden="true">✓</span> ${badge.label}</span
            >
          </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-home-page': HomePage;
  }
}
