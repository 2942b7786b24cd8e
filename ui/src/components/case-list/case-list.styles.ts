import { css } from 'lit';

export const styles = css`
  .row {
    gap: 0.35rem 1.5rem;
  }
  /* An edge of colour repeats what the badges say in words; late wins over at risk. */
  .row.at-risk {
    border-left-color: var(--c-warning);
  }
  .row.overdue {
    border-left-color: var(--c-danger);
  }
  h3 {
    margin: 0;
    font-size: 1.1rem;
  }
  .who p,
  .procedure p {
    margin: 0;
  }
  .procedure p + p {
    overflow-wrap: anywhere;
  }
  .meta {
    grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr);
    gap: 0.4rem 1.5rem;
  }
  .meta dd {
    gap: 0.35rem;
  }
  @container (min-width: 44rem) {
    .row {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1.2fr);
      align-items: center;
    }
  }
`;
