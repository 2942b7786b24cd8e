import { css } from 'lit';

export const styles = css`
  .free-text {
    white-space: pre-line;
  }
`;
