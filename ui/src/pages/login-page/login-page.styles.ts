import { css } from 'lit';

export const styles = css`
  .ways {
    display: grid;
    gap: 1.25rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
    align-items: start;
  }
  .way {
    margin: 0;
  }
  .strong .button {
    margin: 0.5rem 0 1rem;
  }
  input[type='email'],
  input[type='password'] {
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
`;
