import { css } from 'lit';

export const styles = css`
  .count {
    margin-top: -0.5rem;
  }
`;
