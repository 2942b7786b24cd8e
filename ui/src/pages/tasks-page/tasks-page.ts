import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, getNotifications, getTaskCounts, getTasks } from '../../api/api.js';
import type { Task, TaskCounts, TaskView } from '../../api/types.js';
import { loadErrorTemplate, loadingTemplate } from '../../lib/feedback.js';
import { countLabel } from '../../lib/format.js';
import { PageLoad } from '../../lib/page-load.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './tasks-page.styles.js';
import '../../components/notification-list/notification-list.js';
import '../../components/task-list/task-list.js';

interface ViewDefinition {
  /** Value of `?vue=` in the address. */
  slug: string;
  view: TaskView;
  label: string;
  empty: string;
}

const VIEWS: ViewDefinition[] = [
  {
    slug: 'a-faire',
    view: 'todo',
    label: 'À faire',
    empty: 'Rien à faire pour le moment : aucune tâche ne vous attend, ni votre équipe.',
  },
  {
    slug: 'a-prendre',
    view: 'available',
    label: 'À prendre',
    empty: "Aucune tâche n'attend d'être prise en charge.",
  },
  { slug: 'mes-taches', view: 'mine', label: 'Mes tâches', empty: "Vous n'avez aucune tâche en cours." },
  { slug: 'toutes', view: 'all', label: 'Toutes', empty: 'Aucune tâche.' },
];

/** The agents' inbox: tasks to pick up, their own tasks, all tasks; the service's notifications. */
@customElement('pro-tasks-page')
export class TasksPage extends LitElement {
  static override styles = [sharedStyles, styles];

  /** The `?vue=` value from the address (« a-faire » when empty or unknown). */
  @property() view = '';

  @state() private tasks: Task[] | null = null;
  /** How many tasks each tab holds; the tabs show no number until they are known. */
  @state() private counts: TaskCounts | null = null;
  @state() private tasksError: ApiError | null = null;
  private readonly notifications = new PageLoad(this, async () => (await getNotifications()).notifications);

  private get current(): ViewDefinition {
    return VIEWS.find((definition) => definition.slug === this.view) ?? VIEWS[0];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view')) void this.loadTasks();
  }

  private async loadTasks(): Promise<void> {
    const requested = this.current.view;
    this.tasks = null;
    this.tasksError = null;
    try {
      const [{ tasks }, counts] = await Promise.all([getTasks(requested), getTaskCounts()]);
      this.counts = counts;
      if (requested === this.current.view) this.tasks = tasks;
    } catch (error) {
      if (requested === this.current.view) this.tasksError = error as ApiError;
    }
  }

  override render() {
    const current = this.current;
    return html`
      <h1>Tâches</h1>
      ${this.notifications.render(
        (notifications) =>
          html`<pro-notification-list .notifications=${notifications} limit="3"></pro-notification-list>`,
        'Chargement des notifications…',
      )}

      <nav class="views" aria-label="Filtrer les tâches">
        <ul class="plain">
          ${VIEWS.map(
            (definition) =>
              html`<li>
                <a
                  href="/taches?vue=${definition.slug}"
                  aria-current=${definition.slug === current.slug ? 'page' : 'false'}
                  data-testid="view-${definition.view}"
                  >${definition.label}${
                    this.counts
                      ? html` <span class="tab-count" data-testid="count-${definition.view}"
                          >(${this.counts[definition.view]})</span
                        >`
                      : ''
                  }</a
                >
              </li>`,
          )}
        </ul>
      </nav>

      <section aria-labelledby="list-heading">
        <h2 id="list-heading">${current.label}</h2>
        <p class="muted count" role="status">
          ${this.tasks ? countLabel(this.tasks.length, 'tâche', 'tâches') : ''}
        </p>
        ${
          this.tasksError
            ? loadErrorTemplate(this.tasksError, () => void this.loadTasks())
            : this.tasks
              ? html`<pro-task-list .tasks=${this.tasks} empty-message=${current.empty}></pro-task-list>`
              : loadingTemplate('Chargement des tâches…')
        }
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-tasks-page': TasksPage;
  }
}
