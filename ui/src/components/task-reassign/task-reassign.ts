import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, getTaskCandidates, reassignTask } from '../../api/api.js';
import type { Task } from '../../api/types.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './task-reassign.styles.js';

export interface TaskReassignedDetail {
  task: Task;
}

/**
 * The coordination gives an open task to another member of its team. Fires `task-reassigned`
 * (bubbling, composed) once the server has recorded it.
 */
@customElement('pro-task-reassign')
export class TaskReassign extends LitElement {
  static override styles = [sharedStyles, styles];

  @property({ attribute: false }) task: Task | null = null;

  @state() private people: Array<{ id: string; displayName: string }> | null = null;
  @state() private chosen = '';
  @state() private sending = false;
  @state() private error: string | null = null;
  @state() private done: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    if (!this.task) return;
    try {
      this.people = (await getTaskCandidates(this.task.id)).people;
    } catch (error) {
      this.error =
        error instanceof ApiError ? error.message : 'Impossible de charger les personnes de l’équipe.';
    }
  }

  override render() {
    const task = this.task;
    if (!task || task.status !== 'open') return nothing;
    const id = `reassign-${task.id.replace(/[^a-zA-Z0-9-]/g, '-')}`;
    const others = (this.people ?? []).filter((p) => p.id !== task.assignee?.id);
    return html`
      <form @submit=${this.submit} data-testid="task-reassign" aria-label="Réattribuer « ${task.title} »">
        <div class="field">
          <label for=${id}>Attribuer « ${task.title} » à</label>
          <select
            id=${id}
            .value=${this.chosen}
            @change=${(e: Event) => (this.chosen = (e.target as HTMLSelectElement).value)}
            ?disabled=${this.people === null}
          >
            <option value="">Choisissez une personne</option>
            ${others.map((p) => html`<option value=${p.id}>${p.displayName}</option>`)}
          </select>
        </div>
        <button class="button secondary" type="submit" ?disabled=${this.sending || !this.chosen}>
          Réattribuer
        </button>
      </form>
      <div aria-live="polite">
        ${this.error ? html`<p class="alert error" role="alert">${this.error}</p>` : nothing}
        ${this.done ? html`<p class="alert success" data-testid="reassign-done">${this.done}</p>` : nothing}
      </div>
    `;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.task || !this.chosen) return;
    this.sending = true;
    this.error = null;
    try {
      const { task } = await reassignTask(this.task.id, this.chosen);
      this.done = `La tâche est maintenant attribuée à ${task.assignee?.displayName ?? ''}.`;
      this.chosen = '';
      this.dispatchEvent(
        new CustomEvent<TaskReassignedDetail>('task-reassigned', {
          detail: { task },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      this.error = error instanceof ApiError ? error.message : 'La réattribution a échoué. Réessayez.';
    } finally {
      this.sending = false;
    }
  }
}
