import { css } from 'lit';

export const styles = css`
  .request-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    margin-bottom: 0.75rem;
  }
  .request-head .badge {
    white-space: normal;
    max-width: 100%;
  }
  .request-head h2 {
    margin: 0;
    font-size: 1.2rem;
  }
  .next-step {
    font-weight: 600;
  }
  .next-step .muted {
    font-weight: 400;
  }
  .documents-heading {
    font-size: 1rem;
    margin: 0.75rem 0 0.35rem;
  }
  .documents a {
    overflow-wrap: anywhere;
  }
  .result {
    border-top: 1px solid var(--c-border);
    padding-top: 0.75rem;
  }
  .result h3 {
    font-size: 1rem;
    margin-bottom: 0.35rem;
  }
  .result .muted {
    font-weight: 400;
  }
`;
