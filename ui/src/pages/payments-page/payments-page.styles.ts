import { css } from 'lit';

export const styles = css`
  .payments {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .payment {
    border: 1px solid var(--c-border);
    border-left: 5px solid var(--c-primary);
    border-radius: 0.4rem;
    padding: 0.6rem 0.9rem;
  }
  .payment > :last-child {
    margin-bottom: 0;
  }
  .payment.overdue {
    border-left-color: var(--c-danger);
  }
  .payment .who {
    margin: 0 0 0.35rem;
    overflow-wrap: anywhere;
  }
  .payment dl {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 1.75rem;
  }
  .payment dt {
    font-size: 0.85rem;
    font-weight: 600;
    color: var(--c-muted);
  }
  .payment dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem;
  }
  .total {
    font-weight: 600;
  }
  .result:focus,
  .result:focus-visible {
    outline: 3px solid var(--c-focus);
    outline-offset: 2px;
  }
  .release input[type='date'] {
    display: block;
    width: 100%;
    max-width: 16rem;
    min-height: 2.75rem;
    margin-top: 0.35rem;
    padding: 0.5rem 0.65rem;
    border: 2px solid var(--c-field-border);
    border-radius: 0.3rem;
    background: var(--c-surface);
    color: var(--c-text);
    font: inherit;
  }
  .release input[aria-invalid='true'] {
    border-color: var(--c-danger);
  }
`;
