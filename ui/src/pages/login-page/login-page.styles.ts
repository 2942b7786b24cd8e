import { css } from 'lit';

export const styles = css`
  .accounts {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
  }
  .account {
    display: flex;
    flex-direction: column;
    margin: 0;
  }
  .account h2 {
    font-size: 1.15rem;
    margin-bottom: 0.25rem;
  }
  .account .roles {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .account .button {
    margin-top: auto;
    align-self: flex-start;
  }
`;
