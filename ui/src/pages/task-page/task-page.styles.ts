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
  .free-text,
  .question {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .question {
    margin: 1rem 0 0;
    padding: 0.75rem 1rem;
    border-left: 4px solid var(--c-primary);
    background: var(--c-neutral-bg);
  }
  dd .badge {
    margin-left: 0.5rem;
  }

  .side-by-side {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
    gap: 1.5rem;
  }
  .statement,
  .submitted-photo {
    display: block;
    width: 100%;
    max-width: 40rem;
    border: 1px solid var(--c-border);
    border-radius: 0.3rem;
  }
  object.statement {
    height: 32rem;
  }
`;
