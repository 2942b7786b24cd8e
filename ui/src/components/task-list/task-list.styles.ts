import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .tasks {
    display: grid;
    gap: 0.75rem;
  }
  .task {
    background: var(--c-surface);
    border: 1px solid var(--c-border);
    border-left: 5px solid var(--c-primary);
    border-radius: 0.5rem;
    padding: 0.9rem 1rem;
    display: grid;
    gap: 0.5rem 1.5rem;
  }
  .task.overdue {
    border-left-color: var(--c-danger);
  }
  .title {
    font-size: 1.1rem;
    margin: 0 0 0.2rem;
  }
  .provider {
    margin: 0;
  }
  .meta {
    margin: 0;
    display: grid;
    gap: 0.4rem;
  }
  .meta dt {
    font-size: 0.85rem;
    color: var(--c-muted);
    font-weight: 600;
  }
  .meta dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  @container (min-width: 44rem) {
    .task {
      grid-template-columns: minmax(0, 1.4fr) minmax(0, 2fr);
      align-items: center;
    }
    .meta {
      grid-template-columns: 1.3fr 0.8fr 1fr;
      gap: 1rem;
    }
  }
  .empty {
    padding: 1rem;
    background: var(--c-surface);
    border: 1px dashed var(--c-field-border);
    border-radius: 0.5rem;
  }
`;
