import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { getProviderAudit } from '../../api/api.js';
import type { SessionUser } from '../../api/types.js';
import { PageLoad } from '../../lib/page-load.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import '../../components/audit-list/audit-list.js';

/** « Historique des consultations et modifications »: who read or changed the provider's data. */
@customElement('pro-audit-page')
export class AuditPage extends LitElement {
  static override styles = [sharedStyles];

  /** The provider viewing their own trail. */
  @property({ attribute: false }) user: SessionUser | null = null;
  /** Set for the coordination viewing a provider's trail. */
  @property({ attribute: false }) providerId: string | null = null;

  private readonly events = new PageLoad(this, async () => {
    const providerId = this.providerId ?? this.user?.providerId;
    if (!providerId) return [];
    return (await getProviderAudit(providerId)).events;
  });

  override render() {
    if (this.providerId) return this.renderForCoordination(this.providerId);
    return html`
      <h1>Historique des consultations et modifications</h1>
      <p>
        Chaque consultation et chaque modification de vos données personnelles est enregistrée : qui, quand,
        quelles données et comment la personne s'était connectée. Les 100 événements les plus récents sont
        affichés, du plus récent au plus ancien.
      </p>
      <section class="card" aria-labelledby="audit-heading">
        <h2 id="audit-heading">Qui a consulté mon dossier</h2>
        ${this.events.render(
          (events) =>
            html`<pro-audit-list
              .events=${events}
              caption="Consultations et modifications de vos données"
              empty-message="Personne n'a encore consulté vos données."
            ></pro-audit-list>`,
        )}
      </section>
    `;
  }

  private renderForCoordination(providerId: string) {
    return html`
      <p class="back">
        <a href="/accueillants/${encodeURIComponent(providerId)}/signaletique">← Retour à la signalétique</a>
      </p>
      <h1>Historique des consultations et modifications</h1>
      <p>
        Qui a consulté ou modifié les données de cette personne, quand, et comment elle s'était connectée.
      </p>
      <section class="card" aria-labelledby="audit-heading">
        <h2 id="audit-heading">Consultations et modifications</h2>
        ${this.events.render(
          (events) =>
            html`<pro-audit-list
              .events=${events}
              caption="Consultations et modifications des données de l'accueillant·e"
              empty-message="Aucune consultation enregistrée."
            ></pro-audit-list>`,
        )}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-audit-page': AuditPage;
  }
}
