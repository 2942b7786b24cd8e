import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .cases {
    display: grid;
    gap: 0.75rem;
  }
  .case {
    background: var(--c-surface);
    border: 1px solid var(--c-border);
    border-left: 5px solid var(--c-primary);
    border-radius: 0.5rem;
    padding: 0.9rem 1rem;
    display: grid;
    gap: 0.35rem 1.5rem;
  }
  .case.overdue {
    border-left-color: var(--c-danger);
  }
  h3 {
    margin: 0;
    font-size: 1.1rem;
  }
  .who p,
  .procedure {
    margin: 0;
  }
  .meta {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr);
    gap: 0.4rem 1.5rem;
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
    gap: 0.35rem;
  }
  @container (min-width: 44rem) {
    .case {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1.2fr);
      align-items: center;
    }
  }
  .empty {
    padding: 1rem;
    background: var(--c-surface);
    border: 1px dashed var(--c-field-border);
    border-radius: 0.5rem;
  }
`;
