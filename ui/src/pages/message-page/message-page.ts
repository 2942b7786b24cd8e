import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { loadingTemplate } from '../../lib/feedback.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './message-page.styles.js';

/** A page that only says something: loading, not found, not allowed, service unavailable. */
@customElement('pro-message-page')
export class MessagePage extends LitElement {
  static override styles = [sharedStyles, styles];

  @property() heading = '';
  @property() message = '';
  @property({ type: Boolean }) loading = false;
  @property() linkHref = '';
  @property() linkLabel = '';

  override render() {
    return html`
      <h1>${this.heading}</h1>
      ${this.loading ? loadingTemplate() : nothing} ${this.message ? html`<p>${this.message}</p>` : nothing}
      ${this.linkHref ? html`<p><a href=${this.linkHref}>${this.linkLabel}</a></p>` : nothing}
      <slot></slot>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-message-page': MessagePage;
  }
}
