import { css } from 'lit';

export const styles = css`
  form {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem;
    margin-top: 0.5rem;
  }
  .field {
    margin: 0;
    flex: 1 1 14rem;
  }
  select {
    width: 100%;
  }
`;
