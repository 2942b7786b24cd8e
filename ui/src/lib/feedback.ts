import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../api/api.js';

/** « Chargement… », announced politely. */
export function loadingTemplate(label = 'Chargement…'): TemplateResult {
  return html`<p class="muted" role="status" data-testid="loading">${label}</p>`;
}

/** A failed load: the server's French message and, when useful, a « Réessayer » button. */
export function loadErrorTemplate(error: ApiError, retry?: () => void): TemplateResult {
  return html`<div class="alert error" role="alert" data-testid="load-error">
    <p>${error.message}</p>
    ${
      retry
        ? html`<p><button class="button secondary" type="button" @click=${retry}>Réessayer</button></p>`
        : nothing
    }
  </div>`;
}

/** Lets a page give the browser tab a more precise title once its data is known. */
export function pageTitleEvent(title: string): CustomEvent<{ title: string }> {
  return new CustomEvent('pro-page-title', { detail: { title }, bubbles: true, composed: true });
}
