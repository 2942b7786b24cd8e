import { css } from 'lit';

export const styles = css`
  .provider-line {
    font-size: 1.1rem;
    font-weight: 600;
  }
  .notice:empty {
    margin: 0;
  }
  .notice {
    font-weight: 600;
    color: var(--c-success-text);
  }
  .done {
    border-left: 5px solid var(--c-success);
  }
  #completed:focus {
    outline: none;
  }
  #completed:focus-visible {
    outline: 3px solid var(--c-focus);
    outline-offset: 2px;
  }
  dd .badge {
    margin-left: 0.5rem;
  }
`;
