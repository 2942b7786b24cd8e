import { css } from 'lit';

export const styles = css`
  .amount input {
    max-width: 12rem;
  }
`;
