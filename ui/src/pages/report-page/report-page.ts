import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { ReportRecordedDetail } from '../../components/cessation-risk-form/cessation-risk-form.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './report-page.styles.js';
import '../../components/cessation-risk-form/cessation-risk-form.js';

/** « Signaler un risque de cessation d'activité » (chapter 6 of the PRO.ONE guide). */
@customElement('pro-report-page')
export class ReportPage extends LitElement {
  static override styles = [sharedStyles, styles];

  @state() private recorded: ReportRecordedDetail | null = null;

  @query('#confirmation') private confirmation?: HTMLElement;

  private async onRecorded(event: CustomEvent<ReportRecordedDetail>): Promise<void> {
    this.recorded = event.detail;
    await this.updateComplete;
    this.confirmation?.focus();
  }

  override render() {
    return html`
      <h1>Signaler un risque de cessation d'activité</h1>
      <section class="intro" aria-labelledby="intro-heading">
        <h2 id="intro-heading">Cellule de veille ONE</h2>
        <p>
          La cellule de veille de l'ONE peut apporter un soutien financier aux accueillant·e·s dont le
          maintien de l'activité est menacé à court terme en raison des conséquences de la crise énergétique
          et financière actuelle.
        </p>
      </section>

      <div
        id="confirmation"
        class=${this.recorded ? 'alert success' : ''}
        role="status"
        tabindex="-1"
        data-testid="report-success"
      >
        ${
          this.recorded
            ? html`<p><strong>${this.recorded.message || 'Votre signalement a été enregistré'}</strong></p>
                <p>
                  La cellule de veille de l'ONE a été prévenue et va prendre contact avec vous pour analyser
                  votre situation.
                </p>`
            : nothing
        }
      </div>

      ${
        this.recorded
          ? html`<p class="after">
              <a class="button" href="/accueil">Retour à l'accueil</a>
              <a href="/mes-demandes">Voir mes demandes</a>
            </p>`
          : html`<section class="card" aria-labelledby="report-heading">
              <h2 id="report-heading">Signalement</h2>
              <p>
                Concrètement, pour signaler une telle situation, il suffit de compléter les quelques
                informations ci-après. L'ONE prendra ensuite contact avec vous pour analyser votre demande.
              </p>
              <pro-cessation-risk-form @pro-report-recorded=${this.onRecorded}></pro-cessation-risk-form>
            </section>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-report-page': ReportPage;
  }
}
