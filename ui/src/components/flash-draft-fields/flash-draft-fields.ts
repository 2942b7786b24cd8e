import { html, nothing, type TemplateResult } from 'lit';
import type { FieldErrors } from '../../lib/field-errors.js';
import { FLASH_BODY_MAX, FLASH_TITLE_MAX } from '../../lib/flash.js';

export const FLASH_FIELDS = ['title', 'body'] as const;
export type FlashField = (typeof FLASH_FIELDS)[number];
export const FLASH_FIELD_LABELS: Record<FlashField, string> = { title: 'Titre', body: 'Texte' };

export interface FlashDraftFields {
  draft: Record<FlashField, string>;
  fieldErrors: FieldErrors;
  onInput: (field: FlashField, value: string) => void;
  titleHint?: string;
  bodyHint: string;
}

/** The title and text of an issue of the Flash accueil, each with its hint and its error. */
export function flashDraftFieldsTemplate({
  draft,
  fieldErrors,
  onInput,
  titleHint,
  bodyHint,
}: FlashDraftFields): TemplateResult {
  const described = (id: FlashField, hint: boolean) =>
    [hint ? `${id}-hint` : '', fieldErrors[id] ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
  const error = (id: FlashField) =>
    fieldErrors[id] ? html`<span class="field-error" id="${id}-error">${fieldErrors[id]}</span>` : nothing;
  const set = (field: FlashField) => (event: Event) =>
    onInput(field, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`
    <div class="field ${fieldErrors.title ? 'has-error' : ''}">
      <label for="title">Titre <span class="required" aria-hidden="true">*</span></label>
      ${titleHint ? html`<span class="hint" id="title-hint">${titleHint}</span>` : nothing} ${error('title')}
      <input
        type="text"
        id="title"
        maxlength=${FLASH_TITLE_MAX}
        required
        aria-invalid=${fieldErrors.title ? 'true' : 'false'}
        aria-describedby=${described('title', Boolean(titleHint))}
        .value=${draft.title}
        @input=${set('title')}
      />
    </div>
    <div class="field ${fieldErrors.body ? 'has-error' : ''}">
      <label for="body">Texte <span class="required" aria-hidden="true">*</span></label>
      <span class="hint" id="body-hint">${bodyHint}</span>
      ${error('body')}
      <textarea
        id="body"
        rows="12"
        maxlength=${FLASH_BODY_MAX}
        required
        aria-invalid=${fieldErrors.body ? 'true' : 'false'}
        aria-describedby=${described('body', true)}
        .value=${draft.body}
        @input=${set('body')}
      ></textarea>
    </div>
  `;
}
