import { css } from 'lit';

export const styles = css`
  .error-summary ul {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  .error-summary a {
    color: var(--c-danger-text);
    font-weight: 600;
  }
  .error-summary:focus {
    outline: 3px solid var(--c-focus);
    outline-offset: 2px;
  }
`;
