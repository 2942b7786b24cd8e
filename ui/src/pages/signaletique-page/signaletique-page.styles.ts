import { css } from 'lit';

export const styles = css`
  .masked-note {
    font-size: 0.9rem;
  }
  input[type='url'],
  input[type='date'],
  input[type='time'] {
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
  fieldset.card {
    padding-top: 1rem;
  }
  fieldset.card > legend {
    font-size: 1.25rem;
    margin-bottom: 0.75rem;
  }
  .row-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    align-items: flex-end;
  }
  .row-fields .field.short {
    flex: 0 1 10rem;
  }
  .row-fields .field.wide {
    flex: 1 1 16rem;
  }
  .row-fields.period {
    align-items: center;
  }
  .day-row {
    border-top: 1px solid var(--c-border, #d0d0d0);
    padding: 0.5rem 0;
  }
  .day-name {
    font-weight: 600;
    margin: 0;
  }
  .subheading {
    font-size: 1.05rem;
    margin: 1.25rem 0 0.25rem;
  }
  dl.hours {
    grid-template-columns: minmax(7rem, max-content) 1fr;
  }
  .sticky-actions {
    position: sticky;
    bottom: 0;
    background: var(--c-surface, #fff);
    padding: 0.75rem 0;
    border-top: 1px solid var(--c-border, #d0d0d0);
  }
  @media (max-width: 40rem) {
    dl.hours {
      grid-template-columns: 7rem 1fr;
    }
  }
`;
