import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, removePhoto, uploadPhoto, uploadProject } from '../../api/api.js';
import type { Signaletique } from '../../api/types.js';
import { formatDate } from '../../lib/format.js';
import { newIdempotencyKey } from '../../lib/idempotency.js';
import { FILE_MAX_BYTES, readAsBase64 } from '../../lib/files.js';
import { sharedStyles } from '../../styles/shared.styles.js';

type Busy = 'photo' | 'project' | `remove:${string}` | null;

const BADGE: Record<string, string> = { pending: 'warning', approved: 'success', rejected: 'danger' };

/**
 * « Photos » and « Projet pédagogique »: each photo waits for the agent conseil's approval before
 * it is shown on MY.ONE; a refused photo shows its reason; removing a photo is immediate. The
 * pedagogical project is a PDF the provider deposits.
 */
@customElement('pro-photos-card')
export class PhotosCard extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .photos {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
        gap: 1rem;
        list-style: none;
        padding: 0;
        margin: 0 0 1rem;
      }
      .photos li {
        border: 1px solid var(--c-border);
        border-radius: 0.4rem;
        padding: 0.5rem;
      }
      .photos img {
        display: block;
        width: 100%;
        aspect-ratio: 4 / 3;
        object-fit: cover;
        border-radius: 0.25rem;
        background: var(--c-neutral-bg);
      }
      .photos p {
        margin: 0.4rem 0;
      }
      .photos .badge {
        white-space: normal;
      }
      input[type='file'] {
        display: block;
        max-width: 100%;
        margin-top: 0.35rem;
        font: inherit;
      }
    `,
  ];

  @property({ attribute: false }) signaletique: Signaletique | null = null;
  @property({ type: Boolean }) own = false;

  @state() private busy: Busy = null;
  @state() private error: { where: 'photo' | 'project'; message: string } | null = null;
  @state() private notice = '';

  private changed(signaletique: Signaletique): void {
    this.dispatchEvent(
      new CustomEvent('pro-signaletique-changed', {
        detail: { signaletique },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private async send(where: 'photo' | 'project', input: HTMLInputElement): Promise<void> {
    const s = this.signaletique;
    const file = input.files?.[0];
    if (!s || this.busy) return;
    this.error = null;
    this.notice = '';
    if (!file) {
      this.error = {
        where,
        message: where === 'photo' ? 'Choisissez une photo.' : 'Choisissez un fichier PDF.',
      };
      return;
    }
    if (file.size > FILE_MAX_BYTES) {
      this.error = { where, message: 'Le fichier est trop lourd : 5 Mo au maximum.' };
      return;
    }
    this.busy = where;
    try {
      const upload = { name: file.name, contentBase64: await readAsBase64(file) };
      const fresh =
        where === 'photo'
          ? await uploadPhoto(s.providerId, upload, newIdempotencyKey())
          : await uploadProject(s.providerId, upload);
      input.value = '';
      this.notice =
        where === 'photo'
          ? 'Votre photo a été envoyée : elle sera visible sur MY.ONE dès que votre agent conseil l’aura validée.'
          : 'Votre projet pédagogique a été enregistré.';
      this.changed(fresh);
    } catch (error) {
      this.error = {
        where,
        message: (error as ApiError).details?.[0]?.message ?? (error as ApiError).message,
      };
    } finally {
      this.busy = null;
    }
  }

  private async withdrawPhoto(photoId: string, index: number): Promise<void> {
    const s = this.signaletique;
    if (!s || this.busy) return;
    this.busy = `remove:${photoId}`;
    this.error = null;
    try {
      const fresh = await removePhoto(s.providerId, photoId);
      this.notice = `La photo ${index} a été retirée.`;
      this.changed(fresh);
    } catch (error) {
      this.error = { where: 'photo', message: (error as ApiError).message };
    } finally {
      this.busy = null;
    }
  }

  override render() {
    const s = this.signaletique;
    if (!s) return nothing;
    const canEdit = this.own && s.editable;
    return html`
      <section class="card" aria-labelledby="photos-heading" data-testid="photos">
        <h2 id="photos-heading">Photos du lieu d'accueil</h2>
        <p class="muted">
          Les photos sont publiées sur MY.ONE après validation par l'agent conseil. Évitez d'y montrer des
          enfants reconnaissables.
        </p>
        <p role="status" data-testid="photos-notice">${this.notice}</p>
        ${
          s.photos.length
            ? html`<ul class="photos">
                ${s.photos.map(
                  (p, i) =>
                    html`<li data-testid="photo" data-status=${p.status.code}>
                      <img src=${p.url} alt=${`Photo ${i + 1} du lieu d'accueil`} loading="lazy" />
                      <p>
                        <span class="badge ${BADGE[p.status.code] ?? 'neutral'}">${p.status.label}</span>
                      </p>
                      ${p.reason && p.status.code === 'rejected' ? html`<p>Motif : ${p.reason}</p>` : nothing}
                      <p class="muted">Envoyée le ${formatDate(p.uploadedAt)}</p>
                      ${
                        canEdit
                          ? html`<button
                              class="button secondary"
                              type="button"
                              ?disabled=${this.busy !== null}
                              @click=${() => this.withdrawPhoto(p.id, i + 1)}
                            >
                              Retirer la photo ${i + 1}
                            </button>`
                          : nothing
                      }
                    </li>`,
                )}
              </ul>`
            : html`<p>Aucune photo pour le moment.</p>`
        }
        ${canEdit ? this.renderUpload('photo') : nothing}
      </section>

      <section class="card" aria-labelledby="project-heading" data-testid="project">
        <h2 id="project-heading">Projet pédagogique</h2>
        ${
          s.project
            ? html`<p>
                <a href=${s.project.url} download>${s.project.name}</a>
                <span class="muted">(déposé le ${formatDate(s.project.uploadedAt)})</span>
              </p>`
            : html`<p>Aucun projet pédagogique déposé.</p>`
        }
        ${canEdit ? this.renderUpload('project') : nothing}
      </section>
    `;
  }

  private renderUpload(where: 'photo' | 'project') {
    const id = `upload-${where}`;
    const error = this.error?.where === where ? this.error.message : null;
    const label = where === 'photo' ? 'Ajouter une photo' : projectLabel(this.signaletique);
    const hint = where === 'photo' ? 'JPEG ou PNG, 5 Mo au maximum.' : 'PDF, 5 Mo au maximum.';
    return html`<form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.send(where, this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)!);
      }}
    >
      <div class="field ${error ? 'has-error' : ''}">
        <label for=${id}>${label}</label>
        <p class="hint" id=${`${id}-hint`}>${hint}</p>
        ${error ? html`<p class="field-error" id=${`${id}-error`} role="alert">${error}</p>` : nothing}
        <input
          id=${id}
          type="file"
          accept=${where === 'photo' ? 'image/jpeg,image/png' : 'application/pdf'}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
      </div>
      <p class="actions">
        <button class="button secondary" type="submit" ?disabled=${this.busy !== null}>
          ${where === 'photo' ? 'Envoyer la photo' : 'Déposer le projet'}
        </button>
        <span class="muted" role="status">${this.busy === where ? 'Envoi en cours…' : ''}</span>
      </p>
    </form>`;
  }
}

function projectLabel(s: Signaletique | null): string {
  return s?.project ? 'Remplacer le projet pédagogique' : 'Déposer le projet pédagogique';
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-photos-card': PhotosCard;
  }
}
