import { css } from 'lit';

export const styles = css`
  .filters {
    display: grid;
    gap: 0 1.25rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    align-items: end;
    background: var(--c-surface);
    border: 1px solid var(--c-border);
    border-radius: 0.5rem;
    padding: 1rem 1.25rem 0;
    margin-bottom: 1.5rem;
  }
  .field {
    margin-bottom: 1rem;
  }
  .overdue {
    align-self: center;
    margin-bottom: 1rem;
  }
  .overdue label {
    font-weight: 600;
  }
  .actions {
    grid-column: 1 / -1;
    margin: 0 0 1rem;
  }
`;
