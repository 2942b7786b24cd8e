import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Task } from '../../api/types.js';
import { overdueBadge } from '../../lib/badges.js';
import { formatDate } from '../../lib/format.js';
import { recordListStyles, sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './task-list.styles.js';

/** Tasks as rows on a laptop and as cards on a phone. */
@customElement('pro-task-list')
export class TaskList extends LitElement {
  static override styles = [sharedStyles, recordListStyles, styles];

  @property({ attribute: false }) tasks: Task[] = [];
  @property({ attribute: 'empty-message' }) emptyMessage = 'Aucune tâche.';
  /** Level of each task's title, under the heading of the section holding the list. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  override render() {
    if (this.tasks.length === 0)
      return html`<p class="empty" data-testid="no-tasks">${this.emptyMessage}</p>`;
    return html`<ul class="plain rows">
      ${this.tasks.map((task) => this.renderTask(task))}
    </ul>`;
  }

  private renderTask(task: Task) {
    const title = html`<a href="/taches/${encodeURIComponent(task.id)}">${task.title}</a>`;
    return html`<li
      class="row ${task.overdue ? 'overdue' : ''}"
      data-testid="task-row"
      data-task-id=${task.id}
      data-status=${task.status}
    >
      <div class="summary">
        ${this.headingLevel === 2 ? html`<h2 class="title">${title}</h2>` : html`<h3 class="title">${title}</h3>`}
        <p class="provider">
          <span data-testid="task-provider">${task.concerns.displayName}</span>
          ${task.concerns.detail ? html`<span class="muted">· ${task.concerns.detail}</span>` : nothing}
        </p>
      </div>
      <dl class="meta">
        <div>
          <dt>À traiter avant le</dt>
          <dd>
            <time datetime=${task.dueAt} class=${task.overdue && task.status === 'open' ? 'overdue-date' : ''}
              >${formatDate(task.dueAt)}</time
            >
            ${task.overdue && task.status === 'open' ? overdueBadge() : nothing}
          </dd>
        </div>
        <div>
          <dt>État</dt>
          <dd data-testid="task-status">${task.statusLabel}</dd>
        </div>
        <div>
          <dt>Prise en charge par</dt>
          <dd data-testid="task-assignee">
            ${task.assignee ? task.assignee.displayName : 'Personne pour le moment'}
          </dd>
        </div>
      </dl>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-task-list': TaskList;
  }
}
