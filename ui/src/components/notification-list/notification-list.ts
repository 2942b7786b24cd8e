import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Notification } from '../../api/types.js';
import { formatDateTime } from '../../lib/format.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './notification-list.styles.js';

/** Notifications, newest first; long lists show the latest few with a button to see them all. */
@customElement('pro-notification-list')
export class NotificationList extends LitElement {
  static override styles = [sharedStyles, styles];

  @property({ attribute: false }) notifications: Notification[] = [];
  @property() heading = 'Notifications';
  /** How many to show before « Afficher toutes les notifications ». */
  @property({ type: Number }) limit = 5;

  @state() private expanded = false;

  override render() {
    const sorted = [...this.notifications].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const shown = this.expanded ? sorted : sorted.slice(0, this.limit);
    return html`<section class="card" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">${this.heading}</h2>
      ${
        sorted.length === 0
          ? html`<p class="muted" data-testid="no-notifications">Aucune notification pour le moment.</p>`
          : html`<ul class="plain list" id="notification-items">
              ${shown.map(
                (notification) =>
                  html`<li data-testid="notification">
                    <time datetime=${notification.createdAt}>${formatDateTime(notification.createdAt)}</time>
                    <p>${notification.message}</p>
                  </li>`,
              )}
            </ul>`
      }
      ${
        sorted.length > this.limit
          ? html`<button
              class="button secondary"
              type="button"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              aria-controls="notification-items"
              @click=${() => (this.expanded = !this.expanded)}
            >
              ${this.expanded ? 'Afficher moins de notifications' : `Afficher les ${sorted.length} notifications`}
            </button>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-notification-list': NotificationList;
  }
}
