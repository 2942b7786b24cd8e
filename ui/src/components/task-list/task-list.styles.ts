import { css } from 'lit';

export const styles = css`
  .row {
    gap: 0.5rem 1.5rem;
  }
  .title {
    font-size: 1.1rem;
    margin: 0 0 0.2rem;
  }
  .provider {
    margin: 0;
  }
  .meta {
    gap: 0.4rem;
  }
  .meta dd {
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  @container (min-width: 44rem) {
    .row {
      grid-template-columns: minmax(0, 1.4fr) minmax(0, 2fr);
      align-items: center;
    }
    .meta {
      grid-template-columns: 1.3fr 0.8fr 1fr;
      gap: 1rem;
    }
  }
`;
