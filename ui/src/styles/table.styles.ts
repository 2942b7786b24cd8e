import { css } from 'lit';

/** A data table that stays readable on a phone: it scrolls sideways inside its own box. */
export const tableStyles = css`
  .table-wrap {
    overflow-x: auto;
    margin: 0 0 1.25rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    min-width: 36rem;
    background: var(--c-surface);
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0 0 0.5rem;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.6rem 0.75rem;
    border-bottom: 1px solid var(--c-border);
  }
  thead th {
    border-bottom: 2px solid var(--c-text);
  }
`;
