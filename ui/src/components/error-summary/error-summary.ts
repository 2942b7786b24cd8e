import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { FieldErrors, FormError } from '../../lib/field-errors.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './error-summary.styles.js';

export interface FocusFieldDetail {
  field: string;
}

/**
 * The summary a form shows above its fields when it cannot be sent: the message, a link per field
 * in error (in the order of `fieldLabels`), the messages tied to no field, and an optional link.
 * Activating a field's link fires `pro-focus-field`: the form owns its fields and focuses the one
 * named. `focus()` focuses the summary itself.
 */
@customElement('pro-error-summary')
export class ErrorSummary extends LitElement {
  static override styles = [sharedStyles, styles];

  @property() message = '';
  @property({ attribute: false }) fieldErrors: FieldErrors = {};
  /** The label of each field of the form, in the order the form shows them. */
  @property({ attribute: false }) fieldLabels: Record<string, string> = {};
  /** Messages about no field of the form. */
  @property({ attribute: false }) others: string[] = [];
  @property({ attribute: false }) link: { href: string; label: string } | null = null;

  @query('.error-summary') private summary?: HTMLElement;

  /** Focuses the summary once it shows its latest content. */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => this.summary?.focus(options));
  }

  private selectField(event: Event, field: string): void {
    event.preventDefault();
    this.dispatchEvent(
      new CustomEvent<FocusFieldDetail>('pro-focus-field', {
        detail: { field },
        bubbles: true,
        composed: true,
      }),
    );
  }

  override render() {
    const fields = Object.keys(this.fieldLabels).filter((field) => field in this.fieldErrors);
    return html`<div class="alert error error-summary" role="alert" tabindex="-1" data-testid="form-error">
      <p><strong>${this.message}</strong></p>
      ${
        fields.length || this.others.length
          ? html`<ul>
              ${fields.map(
                (field) =>
                  html`<li>
                    <a href="#${field}" @click=${(event: Event) => this.selectField(event, field)}
                      >${this.fieldLabels[field]} : ${this.fieldErrors[field]}</a
                    >
                  </li>`,
              )}
              ${this.others.map((message) => html`<li>${message}</li>`)}
            </ul>`
          : nothing
      }
      ${this.link ? html`<p><a href=${this.link.href}>${this.link.label}</a></p>` : nothing}
    </div>`;
  }
}

export interface SummaryOptions {
  /** A link under the list, e.g. to « Mes demandes » when the request already exists. */
  link?: { href: string; label: string } | null;
  /** The id of a field's element when it is not the field's name. */
  idFor?: (field: string) => string;
  /** Focuses a field the default way cannot find. */
  focusField?: (field: string) => void;
}

/**
 * The field a summary's link names: the element with its id, or else the checked choice of the
 * radio group of that name, or its first choice when none is checked.
 */
export function focusFieldIn(root: ParentNode, field: string, id = field): void {
  const name = CSS.escape(field);
  const target =
    root.querySelector<HTMLElement>(`#${CSS.escape(id)}`) ??
    root.querySelector<HTMLElement>(`input[name="${name}"]:checked`) ??
    root.querySelector<HTMLElement>(`input[name="${name}"]`);
  target?.focus();
}

/**
 * A form's error summary, or nothing when the form has no error. Its links focus the field they
 * name in the form's own tree.
 */
export function errorSummaryTemplate(
  error: Pick<FormError, 'message' | 'others'> | null | undefined,
  fieldErrors: FieldErrors,
  fieldLabels: Record<string, string>,
  options: SummaryOptions = {},
): TemplateResult | typeof nothing {
  if (!error) return nothing;
  const onFocusField = (event: CustomEvent<FocusFieldDetail>) => {
    event.stopPropagation();
    const { field } = event.detail;
    if (options.focusField) options.focusField(field);
    else
      focusFieldIn(
        (event.currentTarget as Element).getRootNode() as ParentNode,
        field,
        options.idFor?.(field) ?? field,
      );
  };
  return html`<pro-error-summary
    .message=${error.message}
    .fieldErrors=${fieldErrors}
    .fieldLabels=${fieldLabels}
    .others=${error.others}
    .link=${options.link ?? null}
    @pro-focus-field=${onFocusField}
  ></pro-error-summary>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-error-summary': ErrorSummary;
  }
  interface HTMLElementEventMap {
    'pro-focus-field': CustomEvent<FocusFieldDetail>;
  }
}
