import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { recordPageStyles, sharedStyles } from '../../styles/shared.styles.js';

/** « Accéder à la documentation »: readable at any time, also while the bilan is « À venir ». */
@customElement('pro-bilan-documentation-page')
export class BilanDocumentationPage extends LitElement {
  static override styles = [sharedStyles, recordPageStyles];

  override render() {
    return html`
      <p class="back"><a href="/mes-bilans">← Retour à mes bilans</a></p>
      <h1>Le bilan de fonctionnement</h1>
      <section class="card" aria-labelledby="why">
        <h2 id="why">Pourquoi un bilan ?</h2>
        <p>
          Le bilan de fonctionnement est obligatoire pour tous les milieux d'accueil (article 75 de l'arrêté
          du 2 mai 2019 dit « Autorisation et subventions »). C'est une démarche réflexive d'amélioration de
          la qualité : vous faites le point sur tous les aspects de votre accueil (infrastructure, projet
          d'accueil, etc.).
        </p>
        <p>
          Les outils s'ouvrent le premier jour de votre bilan, à la date de début de l'auto-évaluation
          indiquée dans « Mes bilans ». Avant cette date, vous pouvez déjà lire cette page.
        </p>
      </section>
      <section class="card" aria-labelledby="volet1">
        <h2 id="volet1">Volet 1 : Conditions d'autorisation</h2>
        <p>
          Le maintien et la mise en œuvre des conditions d'autorisation, sous forme de tableau de bord. Pour
          chacune des sept catégories, indiquez votre appréciation (satisfaisant, à améliorer, insatisfaisant)
          et vos constats :
        </p>
        <ul>
          <li>Cadre réglementaire</li>
          <li>Une infrastructure et des équipements au service du projet d'accueil</li>
          <li>Alimentation</li>
          <li>Hygiène</li>
          <li>Environnement</li>
          <li>Éveil culturel</li>
          <li>Dispositif Accueil en Transition Écologique (ACTE)</li>
        </ul>
        <p>
          Votre travail est enregistré comme brouillon à chaque fois que vous le souhaitez. Quand vous avez
          terminé, cliquez sur « Donner accès à l'ONE » : votre agent conseil pourra prendre connaissance de
          ce que vous avez encodé et vous faire part de ses remarques.
        </p>
      </section>
      <section class="card" aria-labelledby="volet2">
        <h2 id="volet2">Volet 2 : Mise en œuvre du projet d'accueil</h2>
        <p>
          Les objectifs généraux pour la mise en œuvre de votre projet d'accueil et son accessibilité : créez,
          modifiez ou supprimez vos objectifs, puis cliquez à nouveau sur « Donner accès à l'ONE ».
        </p>
        <p>
          L'espace « Documents de travail » vous permet de déposer des documents utiles pour travailler en
          équipe. Ces documents sont privés : ils ne sont jamais partagés avec les agents de l'ONE.
        </p>
      </section>
      <section class="card" aria-labelledby="plan">
        <h2 id="plan">Plan d'action</h2>
        <p>
          Pour chaque objectif, décrivez les actions que vous allez mener, qui s'en charge et pour quand.
          Envoyez votre plan d'action à l'ONE avant la date limite indiquée dans « Mes bilans ». Vous recevrez
          des rappels avant cette date. Si le délai est dépassé, votre agent conseil prend contact avec vous ;
          lui seul peut prolonger le délai. Après examen de votre plan, il clôture le bilan.
        </p>
      </section>
      <section class="card" aria-labelledby="contact">
        <h2 id="contact">Qui contacter ?</h2>
        <p>
          Pour toute information sur le bilan de fonctionnement, contactez votre agent conseil : ses
          coordonnées sont dans <a href="/contacts-one">Contacts ONE</a>.
        </p>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-bilan-documentation-page': BilanDocumentationPage;
  }
}
