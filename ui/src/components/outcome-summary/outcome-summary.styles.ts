import { css } from 'lit';

export const styles = css`
  .decision {
    font-weight: 700;
    font-size: 1.1rem;
    margin: 0 0 0.25rem;
  }
  .comment {
    margin: 0;
    white-space: pre-line;
  }
  .label {
    font-weight: 600;
  }
`;
