import { css } from 'lit';

export const styles = css`
  :host {
    max-width: 48rem;
  }
  .intro {
    margin-bottom: 1.5rem;
  }
  #confirmation:focus {
    outline: 3px solid var(--c-focus);
    outline-offset: 2px;
  }
  .after {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem 1.5rem;
  }
`;
