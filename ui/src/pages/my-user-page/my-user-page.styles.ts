import { css } from 'lit';

export const styles = css`
  .ways {
    margin: 0 0 1rem;
  }
`;
