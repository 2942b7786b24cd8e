import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { TimelineEntry } from '../../api/types.js';
import { formatDateTime } from '../../lib/format.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './case-timeline.styles.js';

/** The history of a case, oldest first. Missed deadlines are marked « Alerte » in words. */
@customElement('pro-case-timeline')
export class CaseTimeline extends LitElement {
  static override styles = [sharedStyles, styles];

  @property({ attribute: false }) entries: TimelineEntry[] = [];

  override render() {
    if (this.entries.length === 0) return html`<p class="muted">Aucun événement pour le moment.</p>`;
    return html`<ol class="timeline" data-testid="timeline">
      ${this.entries.map((entry) => {
        const alert = entry.kind === 'deadline_passed' || entry.tone === 'warning';
        const showActor = entry.actor && !entry.title.includes(entry.actor.displayName);
        return html`<li
          class="entry tone-${entry.tone} ${alert ? 'alert-entry' : ''}"
          data-testid="timeline-entry"
          data-kind=${entry.kind}
          data-tone=${entry.tone}
        >
          <time datetime=${entry.at}>${formatDateTime(entry.at)}</time>
          <p class="title">
            ${
              alert
                ? html`<span class="alert-label" data-testid="timeline-alert"
                    ><span aria-hidden="true">⚠</span> Alerte :</span
                  >`
                : nothing
            }
            ${entry.title}
          </p>
          ${entry.detail ? html`<p class="detail">${entry.detail}</p>` : nothing}
          ${showActor ? html`<p class="actor muted">Par ${entry.actor!.displayName}</p>` : nothing}
        </li>`;
      })}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-case-timeline': CaseTimeline;
  }
}
