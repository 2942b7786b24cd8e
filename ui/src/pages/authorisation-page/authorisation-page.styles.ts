import { css } from 'lit';

export const styles = css`
  .status-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-bottom: 1rem;
  }
  .status-line .badge {
    font-size: 1rem;
  }
  .history li {
    border-left: 4px solid var(--c-border);
    padding: 0.25rem 0 0.25rem 0.75rem;
    margin-bottom: 0.6rem;
  }
  .history p {
    margin: 0;
  }
  .documents li {
    margin-bottom: 0.4rem;
  }
  .documents a {
    overflow-wrap: anywhere;
  }
  .requests > * {
    min-width: 0;
  }
  #requested:focus {
    outline: 3px solid var(--c-focus);
    outline-offset: 2px;
  }
`;
