import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, searchPlaces } from '../../api/api.js';
import type { PlaceSearch, PublicPlace } from '../../api/types.js';
import { loadErrorTemplate, loadingTemplate } from '../../lib/feedback.js';
import { countLabel, formatDate } from '../../lib/format.js';
import { navigateEvent } from '../../lib/navigation.js';
import {
  AVAILABILITY_OPTIONS,
  DAYS,
  DAY_LABELS,
  QUALITY_LABELS,
  type QualityKey,
} from '../../lib/signaletique.js';
import { sharedStyles } from '../../styles/shared.styles.js';

const KEYS = ['q', 'availability', 'day', 'at', 'capacityMin'] as const;

/**
 * MY.ONE, for parents, without login: the childcare places whose provider chose to be visible,
 * searchable by postcode or town and filterable by availability, opening hours and capacity.
 * Public fields only, and only the photos an agent conseil approved. The search is in the address,
 * so it can be shared and bookmarked.
 */
@customElement('pro-myone-page')
export class MyOnePage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1rem;
        align-items: flex-end;
      }
      .filters .field {
        flex: 1 1 12rem;
      }
      .filters .field.short {
        flex: 0 1 8rem;
      }
      input[type='time'],
      input[type='search'] {
        display: block;
        width: 100%;
        min-height: 2.75rem;
        margin-top: 0.35rem;
        padding: 0.5rem 0.65rem;
        border: 2px solid var(--c-field-border);
        border-radius: 0.3rem;
        font: inherit;
      }
      .places {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .gallery {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin: 0 0 1rem;
      }
      .gallery img {
        width: 10rem;
        max-width: 100%;
        aspect-ratio: 4 / 3;
        object-fit: cover;
        border-radius: 0.3rem;
      }
      .place h2 {
        margin-top: 0;
      }
    `,
  ];

  /** The search, from the address (« ?q=4000&availability=immediate »). */
  @property() search = '';

  @state() private form: Record<string, string> = {};
  @state() private places: PublicPlace[] | null = null;
  @state() private error: ApiError | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('search')) {
      const params = new URLSearchParams(this.search);
      this.form = Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? '']));
      void this.load();
    }
  }

  private async load(): Promise<void> {
    this.error = null;
    this.places = null;
    try {
      const search: PlaceSearch = {};
      for (const k of KEYS) if (this.form[k]) search[k] = this.form[k];
      if (!search.day) delete search.at;
      this.places = (await searchPlaces(search)).places;
    } catch (error) {
      this.error = error as ApiError;
    }
  }

  private submit(event: Event): void {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const k of KEYS) if (this.form[k]?.trim()) params.set(k, this.form[k].trim());
    if (!params.get('day')) params.delete('at');
    const text = params.toString();
    this.dispatchEvent(navigateEvent(`/myone${text ? `?${text}` : ''}`));
  }

  private set(key: string, value: string): void {
    this.form = { ...this.form, [key]: value };
  }

  override render() {
    return html`
      <h1>MY.ONE — Trouver un milieu d'accueil</h1>
      <p>
        Les accueillantes et accueillants d'enfants autorisés par l'ONE qui ont choisi d'apparaître ici.
        Contactez l'ONE ou le milieu d'accueil pour une inscription.
      </p>
      <form class="card" role="search" novalidate @submit=${this.submit}>
        <div class="filters">
          <div class="field">
            <label for="q">Code postal ou localité</label>
            <input
              id="q"
              type="search"
              .value=${this.form.q ?? ''}
              @input=${(e: Event) => this.set('q', (e.target as HTMLInputElement).value)}
            />
          </div>
          <div class="field">
            <label for="availability">Disponibilité</label>
            <select
              id="availability"
              @change=${(e: Event) => this.set('availability', (e.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${!this.form.availability}>Toutes</option>
              ${AVAILABILITY_OPTIONS.map(
                (o) =>
                  html`<option value=${o.value} ?selected=${this.form.availability === o.value}>
                    ${o.label}
                  </option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="day">Ouvert le</label>
            <select id="day" @change=${(e: Event) => this.set('day', (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!this.form.day}>N'importe quel jour</option>
              ${DAYS.map(
                (d) => html`<option value=${d} ?selected=${this.form.day === d}>${DAY_LABELS[d]}</option>`,
              )}
            </select>
          </div>
          <div class="field short">
            <label for="at">à (heure)</label>
            <input
              id="at"
              type="time"
              aria-describedby="at-hint"
              .value=${this.form.at ?? ''}
              @input=${(e: Event) => this.set('at', (e.target as HTMLInputElement).value)}
            />
            <span class="hint" id="at-hint">Avec un jour</span>
          </div>
          <div class="field short">
            <label for="capacityMin">Places (au moins)</label>
            <input
              id="capacityMin"
              type="number"
              min="1"
              max="20"
              .value=${this.form.capacityMin ?? ''}
              @input=${(e: Event) => this.set('capacityMin', (e.target as HTMLInputElement).value)}
            />
          </div>
        </div>
        <p class="actions"><button class="button" type="submit">Rechercher</button></p>
      </form>
      ${
        this.error
          ? loadErrorTemplate(this.error, () => void this.load())
          : this.places
            ? this.renderPlaces(this.places)
            : loadingTemplate()
      }
    `;
  }

  private renderPlaces(places: PublicPlace[]) {
    return html`
      <p role="status" data-testid="myone-count">
        ${
          places.length
            ? countLabel(places.length, 'milieu d’accueil trouvé', 'milieux d’accueil trouvés')
            : 'Aucun milieu d’accueil ne correspond à cette recherche.'
        }
      </p>
      <ul class="places">
        ${places.map((p) => this.renderPlace(p))}
      </ul>
    `;
  }

  private renderPlace(p: PublicPlace) {
    const headingId = `place-${p.id}`;
    return html`<li class="card place" data-testid="myone-place">
      <h2 id=${headingId}>${p.displayName}</h2>
      ${
        p.photos.length
          ? html`<div class="gallery">
              ${p.photos.map(
                (url, i) =>
                  html`<img
                    src=${url}
                    alt=${`Photo ${i + 1} du lieu d'accueil de ${p.displayName}`}
                    loading="lazy"
                  />`,
              )}
            </div>`
          : nothing
      }
      <dl class="facts">
        <dt>Adresse</dt>
        <dd>${p.address.street ?? ''} ${p.address.number ?? ''}, ${p.address.postcode} ${p.address.city}</dd>
        <dt>Disponibilité</dt>
        <dd>
          ${p.availability.label ?? 'Information non disponible'}${
            p.availability.status === 'from_date' && p.availability.fromDate
              ? ` : à partir du ${formatDate(p.availability.fromDate)}`
              : ''
          }
        </dd>
        <dt>Capacité</dt>
        <dd>${p.capacity === null ? 'Non communiquée' : `${p.capacity} places`}</dd>
        ${
          p.groups
            ? html`<dt>Enfants accueillis</dt>
                <dd>
                  De ${p.groups.ageFromMonths} à ${p.groups.ageToMonths} mois, ${p.groups.averageChildren} en
                  moyenne
                </dd>`
            : nothing
        }
        <dt>Horaires</dt>
        <dd>
          <ul class="plain">
            ${p.openingHours.map((h) => html`<li>${h.label} : ${h.hours}</li>`)}
          </ul>
        </dd>
        <dt>Caractéristiques</dt>
        <dd>
          ${
            (Object.keys(QUALITY_LABELS) as QualityKey[])
              .filter((k) => p.qualities[k])
              .map((k) => QUALITY_LABELS[k])
              .join(' · ') || '—'
          }
        </dd>
        ${
          p.website
            ? html`<dt>Site internet</dt>
                <dd><a href=${p.website} rel="noopener noreferrer">${p.website}</a></dd>`
            : nothing
        }
      </dl>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-myone-page': MyOnePage;
  }
}
