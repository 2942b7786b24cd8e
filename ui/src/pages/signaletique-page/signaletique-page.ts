import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ApiError, getSignaletique, submitSignaletique } from '../../api/api.js';
import type { DayCode, Signaletique } from '../../api/types.js';
import { loadErrorTemplate, loadingTemplate, pageTitleEvent } from '../../lib/feedback.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import {
  AVAILABILITY_OPTIONS,
  DAYS,
  DAY_LABELS,
  QUALITY_LABELS,
  agesLabel,
  errorsByPath,
  fieldId,
  fieldLabels,
  formFrom,
  hoursLabel,
  inputFrom,
  type FormValues,
  type QualityKey,
} from '../../lib/signaletique.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { type ErrorSummary, errorSummaryTemplate } from '../../components/error-summary/error-summary.js';
import '../../components/error-summary/error-summary.js';
import '../../components/bank-details-card/bank-details-card.js';
import '../../components/photos-card/photos-card.js';
import { styles } from './signaletique-page.styles.js';

/**
 * « Signalétique » (seed chapter 7): every section of the provider's record. The provider reads
 * theirs and changes it as a whole (« Modifier » → « Annuler » / « Soumettre »): an incomplete or
 * wrong page is refused with a message per field, and nothing is saved. Bank details and photos
 * count only once an agent has validated them; they are sent from their own cards. An agent or a
 * supervisor reads the page, with the personal numbers masked unless their role needs them. Every
 * display is recorded in the audit trail by the server.
 */
@customElement('pro-signaletique-page')
export class SignaletiquePage extends LitElement {
  static override styles = [sharedStyles, styles];

  @property() providerId = '';
  /** True on the provider's own page (« Ma signalétique »). */
  @property({ type: Boolean }) own = false;

  @state() private data: Signaletique | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private editing = false;
  @state() private saving = false;
  @state() private values: FormValues | null = null;
  @state() private fieldErrors: Record<string, string> = {};
  @state() private formError: { message: string; others: string[] } | null = null;
  @state() private saved = false;

  @query('pro-error-summary') private summary?: ErrorSummary;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('providerId') && this.providerId) void this.load();
  }

  private async load(): Promise<void> {
    this.loadError = null;
    this.data = null;
    try {
      this.data = await getSignaletique(this.providerId);
      if (!this.own) this.dispatchEvent(pageTitleEvent(`Signalétique — ${this.fullName(this.data)}`));
    } catch (error) {
      this.loadError = error as ApiError;
    }
  }

  private fullName(d: Signaletique): string {
    return `${d.identification.firstName} ${d.identification.lastName}`;
  }

  private startEditing(): void {
    if (!this.data) return;
    this.values = formFrom(this.data);
    this.fieldErrors = {};
    this.formError = null;
    this.saved = false;
    this.editing = true;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>(`#${fieldId('identification.email')}`)?.focus(),
    );
  }

  private cancel(): void {
    this.editing = false;
    this.fieldErrors = {};
    this.formError = null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#edit')?.focus());
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.data || !this.values || this.saving) return;
    this.saving = true;
    try {
      this.data = await submitSignaletique(this.data.providerId, inputFrom(this.values));
      this.editing = false;
      this.saved = true;
      this.fieldErrors = {};
      this.formError = null;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#saved')?.focus();
    } catch (error) {
      const e = error as ApiError;
      const { fields, others } = errorsByPath(e.details ?? [], fieldLabels(this.values.periods.length));
      this.fieldErrors = fields;
      this.formError = { message: e.message, others };
      await this.updateComplete;
      this.summary?.focus();
    } finally {
      this.saving = false;
    }
  }

  private setText(path: string, value: string): void {
    if (!this.values) return;
    this.values = { ...this.values, text: { ...this.values.text, [path]: value } };
    if (path in this.fieldErrors) {
      const rest = { ...this.fieldErrors };
      delete rest[path];
      this.fieldErrors = rest;
    }
  }

  private patch(change: Partial<FormValues>): void {
    if (this.values) this.values = { ...this.values, ...change };
  }

  private onChanged(event: CustomEvent<{ signaletique: Signaletique }>): void {
    this.data = event.detail.signaletique;
  }

  override render() {
    const heading = this.own
      ? 'Ma signalétique'
      : this.data
        ? `Signalétique — ${this.fullName(this.data)}`
        : 'Signalétique';
    return html`
      <h1>${heading}</h1>
      ${
        this.loadError
          ? loadErrorTemplate(this.loadError, () => void this.load())
          : this.data
            ? this.renderData(this.data)
            : loadingTemplate()
      }
    `;
  }

  private renderData(d: Signaletique) {
    return html`
      <div id="saved" tabindex="-1" role="status" class=${this.saved ? 'alert success' : ''}>
        ${
          this.saved
            ? html`<p>Vos modifications ont été enregistrées.</p>
                ${d.visibleOnMyOne ? html`<p>Elles sont déjà visibles des parents sur MY.ONE.</p>` : nothing}`
            : nothing
        }
      </div>
      ${
        this.own
          ? nothing
          : html`<p>
              <a
                href="/accueillants/${encodeURIComponent(this.providerId)}/autorisation"
                data-testid="provider-authorisation-link"
                >Voir l'autorisation et les demandes d'adaptation</a
              >
              ·
              <a
                href="/accueillants/${encodeURIComponent(this.providerId)}/acte"
                data-testid="provider-acte-link"
                >Voir l’accueil en transition écologique (ACTE)</a
              >
            </p>`
      }
      ${
        this.own || !d.auditVisible
          ? nothing
          : html`<p>
              <a
                href="/accueillants/${encodeURIComponent(this.providerId)}/historique"
                data-testid="provider-audit-link"
                >Voir l'historique des consultations et modifications</a
              >
            </p>`
      }
      ${
        this.own && !d.submittedAt && !this.editing
          ? html`<div class="alert warning" data-testid="incomplete">
              <p>
                <strong>Votre signalétique n'est pas encore complète.</strong> Complétez-la : les parents vous
                trouvent sur MY.ONE grâce à elle.
              </p>
            </div>`
          : nothing
      }
      ${
        d.editable && !this.editing
          ? html`<p class="actions">
              <button id="edit" class="button" type="button" @click=${this.startEditing}>Modifier</button>
              ${
                d.submittedAt
                  ? html`<span class="muted">Dernière mise à jour le ${formatDateTime(d.submittedAt)}</span>`
                  : nothing
              }
            </p>`
          : nothing
      }
      ${this.editing && this.values ? this.renderForm(d, this.values) : this.renderSections(d)}
      <pro-bank-details-card
        .signaletique=${d}
        ?own=${this.own}
        @pro-signaletique-changed=${this.onChanged}
      ></pro-bank-details-card>
      <pro-photos-card
        .signaletique=${d}
        ?own=${this.own}
        @pro-signaletique-changed=${this.onChanged}
      ></pro-photos-card>
    `;
  }

  // Reading

  private renderSections(d: Signaletique) {
    const id = d.identification;
    const none = 'Non renseigné';
    const place = d.placeAddress;
    const postal = d.postalAddress;
    const co = d.coAccueil;
    return html`
      <section class="card" aria-labelledby="identification-heading" data-testid="identification">
        <h2 id="identification-heading">Identification</h2>
        <dl class="facts">
          <dt>Prénom</dt>
          <dd data-testid="first-name">${id.firstName}</dd>
          <dt>Nom</dt>
          <dd data-testid="last-name">${id.lastName}</dd>
          <dt>Numéro de registre national</dt>
          <dd data-testid="niss">
            ${id.niss.value ?? none}${this.maskedNote(id.niss.masked, id.niss.value)}
          </dd>
          <dt>Numéro d'entreprise (BCE)</dt>
          <dd data-testid="bce">${id.bce.value ?? none}${this.maskedNote(id.bce.masked, id.bce.value)}</dd>
          <dt>Adresse e-mail</dt>
          <dd data-testid="email">${id.email ?? 'Non renseignée'}</dd>
          <dt>GSM</dt>
          <dd data-testid="mobile">${id.mobile ?? none}</dd>
          <dt>Site internet</dt>
          <dd>
            ${id.website ? html`<a href=${id.website} rel="noopener noreferrer">${id.website}</a>` : none}
          </dd>
          <dt>Page Facebook</dt>
          <dd>
            ${id.facebook ? html`<a href=${id.facebook} rel="noopener noreferrer">${id.facebook}</a>` : none}
          </dd>
          <dt>Sous-région</dt>
          <dd>${d.subregion.name}</dd>
        </dl>
        <p class="muted">
          Le numéro de registre national et le numéro d'entreprise ne sont jamais publiés sur MY.ONE.
          ${this.own ? 'Chaque consultation de vos données est enregistrée.' : 'Cette consultation est enregistrée.'}
        </p>
      </section>

      <section class="card" aria-labelledby="myone-heading">
        <h2 id="myone-heading">Visible sur MY.ONE</h2>
        <p data-testid="visible-on-myone">
          ${
            d.visibleOnMyOne
              ? 'Oui : les parents trouvent ce lieu d’accueil sur MY.ONE (adresse, horaires, disponibilité, caractéristiques et photos validées).'
              : 'Non : ce lieu d’accueil n’apparaît pas sur MY.ONE.'
          }
        </p>
      </section>

      <section class="card" aria-labelledby="addresses-heading">
        <h2 id="addresses-heading">Adresses et contact d'urgence</h2>
        <dl class="facts">
          <dt>Adresse du lieu d'accueil</dt>
          <dd data-testid="place-address">
            ${
              place.street
                ? html`${place.street} ${place.number}${place.box ? ` bte ${place.box}` : ''}<br />${place.postcode}
                    ${place.city}, ${place.country}`
                : none
            }
          </dd>
          <dt>Adresse postale</dt>
          <dd>
            ${
              !postal
                ? none
                : postal.sameAsPlace
                  ? "Identique à l'adresse du lieu d'accueil"
                  : html`${postal.street} ${postal.number}${postal.box ? ` bte ${postal.box}` : ''}<br />${postal.postcode}
                      ${postal.city}`
            }
          </dd>
          <dt>GSM en cas d'urgence</dt>
          <dd data-testid="emergency-mobile">${d.emergencyMobile ?? none}</dd>
        </dl>
      </section>

      <section class="card" aria-labelledby="coaccueil-heading">
        <h2 id="coaccueil-heading">Co-accueil</h2>
        ${
          co?.enabled
            ? html`<dl class="facts">
                <dt>Nom du co-accueil</dt>
                <dd>${co.name}</dd>
                <dt>Co-accueillant·e</dt>
                <dd>${co.firstName} ${co.lastName}</dd>
                <dt>Numéro de registre national</dt>
                <dd>
                  ${co.niss?.value ?? none}${this.maskedNote(co.niss?.masked ?? false, co.niss?.value ?? null)}
                </dd>
              </dl>`
            : html`<p>${co ? 'Pas de co-accueil.' : none}</p>`
        }
      </section>

      <section class="card" aria-labelledby="hours-heading">
        <h2 id="hours-heading">Horaires d'ouverture</h2>
        ${
          d.openingHours
            ? html`<dl class="facts hours" data-testid="opening-hours">
                ${DAYS.map(
                  (day) =>
                    html`<dt>${DAY_LABELS[day]}</dt>
                      <dd>${hoursLabel(d.openingHours?.[day])}</dd>`,
                )}
              </dl>`
            : html`<p>${none}</p>`
        }
      </section>

      <section class="card" aria-labelledby="places-heading">
        <h2 id="places-heading">Places</h2>
        <dl class="facts">
          <dt>Capacité autorisée</dt>
          <dd>${d.capacity === null ? none : `${d.capacity} places`}</dd>
          <dt>Disponibilité</dt>
          <dd data-testid="availability">
            ${d.availability.label ?? none}${
              d.availability.status === 'from_date' && d.availability.fromDate
                ? ` : à partir du ${formatDate(d.availability.fromDate)}`
                : ''
            }
          </dd>
          <dt>Périodes d'indisponibilité</dt>
          <dd>
            ${
              d.unavailabilityPeriods.length
                ? html`<ul class="plain">
                    ${d.unavailabilityPeriods.map(
                      (p) => html`<li>Du ${formatDate(p.from)} au ${formatDate(p.to)}</li>`,
                    )}
                  </ul>`
                : 'Aucune'
            }
          </dd>
        </dl>
      </section>

      <section class="card" aria-labelledby="qualities-heading">
        <h2 id="qualities-heading">Caractéristiques et groupes</h2>
        <dl class="facts">
          ${(Object.keys(QUALITY_LABELS) as QualityKey[]).map(
            (k) =>
              html`<dt>${QUALITY_LABELS[k]}</dt>
                <dd>${d.qualities ? (d.qualities[k] ? 'Oui' : 'Non') : none}</dd>`,
          )}
          <dt>Nombre moyen d'enfants accueillis</dt>
          <dd>${d.groups?.averageChildren ?? none}</dd>
          <dt>Âges des enfants accueillis</dt>
          <dd>${agesLabel(d.groups?.ageFromMonths, d.groups?.ageToMonths)}</dd>
        </dl>
      </section>
    `;
  }

  private maskedNote(masked: boolean, value: string | null) {
    return masked && value
      ? html` <span class="muted masked-note">(masqué : votre rôle ne donne pas accès à ce numéro)</span>`
      : nothing;
  }

  // Changing

  private input(
    path: string,
    label: string,
    opts: { type?: string; hint?: string; autocomplete?: string; required?: boolean; width?: string } = {},
  ): TemplateResult {
    const id = fieldId(path);
    const error = this.fieldErrors[path];
    const describedBy = [opts.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'has-error' : ''} ${opts.width ?? ''}">
      <label for=${id}
        >${label}${opts.required === false ? html` <span class="muted">(facultatif)</span>` : nothing}</label
      >
      ${opts.hint ? html`<p class="hint" id=${`${id}-hint`}>${opts.hint}</p>` : nothing}
      ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
      <input
        id=${id}
        name=${path}
        type=${opts.type ?? 'text'}
        autocomplete=${opts.autocomplete ?? 'off'}
        .value=${this.values?.text[path] ?? ''}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${(e: Event) => this.setText(path, (e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  private checkbox(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void) {
    return html`<div class="choice">
      <input
        type="checkbox"
        id=${id}
        .checked=${checked}
        @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${label}</label>
    </div>`;
  }

  private renderForm(d: Signaletique, v: FormValues) {
    const labels = fieldLabels(v.periods.length);
    return html`<form
      novalidate
      class="signaletique-form"
      @submit=${this.submit}
      data-testid="signaletique-form"
    >
      ${errorSummaryTemplate(this.formError, this.fieldErrors, labels, { idFor: fieldId })}
      <p class="muted">
        Toutes les rubriques sont requises sauf mention « facultatif ». Rien n'est enregistré tant que la page
        n'est pas complète.
      </p>

      <fieldset class="card">
        <legend>Identification</legend>
        <p class="muted">
          ${d.identification.firstName} ${d.identification.lastName} — numéro de registre national
          ${d.identification.niss.value ?? 'non renseigné'} (modifiable uniquement par l'ONE).
        </p>
        ${this.input('identification.email', 'Adresse e-mail', { type: 'email', autocomplete: 'email' })}
        ${this.input('identification.mobile', 'GSM', {
          type: 'tel',
          autocomplete: 'tel',
          hint: 'Par exemple : 0470 12 34 56',
        })}
        ${this.input('identification.bce', "Numéro d'entreprise (BCE)", { hint: 'Par exemple : 0403.170.701' })}
        ${this.input('identification.website', 'Site internet', {
          type: 'url',
          required: false,
          hint: 'Adresse complète, par exemple https://www.exemple.be',
        })}
        ${this.input('identification.facebook', 'Page Facebook', { type: 'url', required: false })}
      </fieldset>

      <fieldset class="card">
        <legend>Visible sur MY.ONE</legend>
        ${this.checkbox(
          'f-visibleOnMyOne',
          'Les parents peuvent trouver mon lieu d’accueil sur MY.ONE',
          v.visibleOnMyOne,
          (c) => this.patch({ visibleOnMyOne: c }),
        )}
        <p class="hint">
          Sur MY.ONE n'apparaissent que l'adresse, les horaires, la disponibilité, les caractéristiques et les
          photos validées ; jamais vos numéros ni vos coordonnées bancaires.
        </p>
      </fieldset>

      <fieldset class="card">
        <legend>Adresse du lieu d'accueil</legend>
        <div class="row-fields">
          ${this.input('placeAddress.street', 'Rue', { autocomplete: 'address-line1', width: 'wide' })}
          ${this.input('placeAddress.number', 'Numéro', { width: 'short' })}
          ${this.input('placeAddress.box', 'Boîte', { required: false, width: 'short' })}
        </div>
        <div class="row-fields">
          ${this.input('placeAddress.postcode', 'Code postal', {
            autocomplete: 'postal-code',
            width: 'short',
            hint: '4 chiffres',
          })}
          ${this.input('placeAddress.city', 'Localité', { autocomplete: 'address-level2', width: 'wide' })}
        </div>
      </fieldset>

      <fieldset class="card">
        <legend>Adresse postale</legend>
        ${this.checkbox(
          'f-postalSameAsPlace',
          "Identique à l'adresse du lieu d'accueil",
          v.postalSameAsPlace,
          (c) => this.patch({ postalSameAsPlace: c }),
        )}
        ${
          v.postalSameAsPlace
            ? nothing
            : html`<div class="row-fields">
                  ${this.input('postalAddress.street', 'Rue', { width: 'wide' })}
                  ${this.input('postalAddress.number', 'Numéro', { width: 'short' })}
                  ${this.input('postalAddress.box', 'Boîte', { required: false, width: 'short' })}
                </div>
                <div class="row-fields">
                  ${this.input('postalAddress.postcode', 'Code postal', { width: 'short' })}
                  ${this.input('postalAddress.city', 'Localité', { width: 'wide' })}
                </div>`
        }
      </fieldset>

      <fieldset class="card">
        <legend>Contact en cas d'urgence</legend>
        ${this.input('emergencyMobile', "GSM en cas d'urgence", {
          type: 'tel',
          hint: 'Un numéro joignable pendant les heures d’accueil, par exemple 0475 11 22 33',
        })}
      </fieldset>

      <fieldset class="card">
        <legend>Co-accueil</legend>
        ${this.checkbox('f-coAccueil', "J'accueille en co-accueil", v.coAccueil, (c) =>
          this.patch({ coAccueil: c }),
        )}
        ${
          v.coAccueil
            ? html`${this.input('coAccueil.name', 'Nom du co-accueil')}
              ${this.input('coAccueil.firstName', 'Prénom de la co-accueillante ou du co-accueillant')}
              ${this.input('coAccueil.lastName', 'Nom de la co-accueillante ou du co-accueillant')}
              ${this.input('coAccueil.niss', 'Son numéro de registre national', {
                hint: '11 chiffres, par exemple 85.07.30-033.28',
              })}`
            : nothing
        }
      </fieldset>

      <fieldset class="card">
        <legend>Horaires d'ouverture</legend>
        <p class="hint">Heures au format 07:30.</p>
        ${DAYS.map((day) => this.renderDay(day, v))}
      </fieldset>

      <fieldset class="card">
        <legend>Disponibilité des places</legend>
        <div role="radiogroup" aria-label="Disponibilité des places">
          ${AVAILABILITY_OPTIONS.map(
            (o) =>
              html`<div class="choice">
                <input
                  type="radio"
                  name="availability"
                  id=${`f-availability-${o.value}`}
                  .checked=${v.availability === o.value}
                  @change=${() => this.patch({ availability: o.value })}
                />
                <label for=${`f-availability-${o.value}`}>${o.label}</label>
              </div>`,
          )}
        </div>
        ${
          v.availability === 'from_date'
            ? this.input('availability.fromDate', 'Place disponible à partir du', { type: 'date' })
            : nothing
        }
        <h3 class="subheading">Périodes d'indisponibilité</h3>
        <p class="hint">Vacances, formation… Les parents les voient sur MY.ONE.</p>
        ${v.periods.map((p, i) => this.renderPeriod(p, i))}
        <p>
          <button
            class="button secondary"
            type="button"
            @click=${() => this.patch({ periods: [...v.periods, { from: '', to: '' }] })}
          >
            Ajouter une période
          </button>
        </p>
      </fieldset>

      <fieldset class="card">
        <legend>Caractéristiques qualitatives</legend>
        ${(Object.keys(QUALITY_LABELS) as QualityKey[]).map((k) =>
          this.checkbox(`f-qualities-${k}`, QUALITY_LABELS[k], v.qualities[k], (c) =>
            this.patch({ qualities: { ...v.qualities, [k]: c } }),
          ),
        )}
      </fieldset>

      <fieldset class="card">
        <legend>Groupes</legend>
        <div class="row-fields">
          ${this.input('groups.averageChildren', "Nombre moyen d'enfants accueillis", {
            width: 'short',
            hint: 'De 1 à 12',
          })}
          ${this.input('groups.ageFromMonths', 'Âge minimum (en mois)', { width: 'short' })}
          ${this.input('groups.ageToMonths', 'Âge maximum (en mois)', { width: 'short' })}
        </div>
      </fieldset>

      <p class="actions sticky-actions">
        <button class="button secondary" type="button" @click=${this.cancel}>Annuler</button>
        <button class="button" type="submit" ?disabled=${this.saving}>Soumettre</button>
        <span class="muted" role="status">${this.saving ? 'Enregistrement en cours…' : ''}</span>
      </p>
    </form>`;
  }

  private renderDay(day: DayCode, v: FormValues) {
    const closed = v.closed[day];
    return html`<div class="day-row" role="group" aria-labelledby=${`f-day-${day}`}>
      <p class="day-name" id=${`f-day-${day}`}>${DAY_LABELS[day]}</p>
      ${this.checkbox(`f-closed-${day}`, `Fermé le ${day}`, closed, (c) =>
        this.patch({ closed: { ...v.closed, [day]: c } }),
      )}
      ${
        closed
          ? nothing
          : html`<div class="row-fields">
              ${this.input(`openingHours.${day}.from`, `Ouverture (${day})`, { type: 'time', width: 'short' })}
              ${this.input(`openingHours.${day}.to`, `Fermeture (${day})`, { type: 'time', width: 'short' })}
            </div>`
      }
    </div>`;
  }

  private renderPeriod(p: { from: string; to: string }, i: number) {
    const set = (key: 'from' | 'to', value: string) => {
      if (!this.values) return;
      const periods = this.values.periods.map((q, j) => (j === i ? { ...q, [key]: value } : q));
      this.patch({ periods });
    };
    const field = (key: 'from' | 'to', label: string) => {
      const path = `unavailabilityPeriods.${i}.${key}`;
      const id = fieldId(path);
      const error = this.fieldErrors[path];
      return html`<div class="field short ${error ? 'has-error' : ''}">
        <label for=${id}>${label}</label>
        ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
        <input
          id=${id}
          type="date"
          .value=${p[key]}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
          @input=${(e: Event) => set(key, (e.target as HTMLInputElement).value)}
        />
      </div>`;
    };
    return html`<div
      class="row-fields period"
      role="group"
      aria-label=${`Période d'indisponibilité ${i + 1}`}
    >
      ${field('from', 'Du')} ${field('to', 'Au')}
      <button
        class="button secondary"
        type="button"
        @click=${() => this.patch({ periods: this.values!.periods.filter((_, j) => j !== i) })}
      >
        Retirer la période ${i + 1}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-signaletique-page': SignaletiquePage;
  }
  interface HTMLElementEventMap {
    'pro-signaletique-changed': CustomEvent<{ signaletique: Signaletique }>;
  }
}
