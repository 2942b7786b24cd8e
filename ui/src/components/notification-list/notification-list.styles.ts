import { css } from 'lit';

export const styles = css`
  .list {
    margin-bottom: 1rem;
  }
  .list li {
    padding: 0.6rem 0;
    border-top: 1px solid var(--c-border);
  }
  .list li:first-child {
    border-top: 0;
    padding-top: 0;
  }
  time {
    display: block;
    font-size: 0.9rem;
    color: var(--c-muted);
  }
  .list p {
    margin: 0;
  }
`;
