import { css } from 'lit';

export const styles = css`
  .counter {
    display: block;
    font-size: 0.9rem;
    margin-top: 0.25rem;
  }
`;
