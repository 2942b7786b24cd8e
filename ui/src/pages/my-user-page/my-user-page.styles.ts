import { css } from 'lit';

export const styles = css`
  input[type='email'] {
    display: block;
    width: 100%;
    max-width: 32rem;
    min-height: 2.75rem;
    margin-top: 0.35rem;
    padding: 0.5rem 0.65rem;
    border: 2px solid var(--c-field-border);
    border-radius: 0.3rem;
    background: var(--c-surface);
    color: var(--c-text);
    font: inherit;
  }
  .ways {
    margin: 0 0 1rem;
  }
`;
