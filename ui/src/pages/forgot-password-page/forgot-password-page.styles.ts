import { css } from 'lit';

export const styles = css`
  .card {
    max-width: 36rem;
  }
`;
