import { css } from 'lit';

export const styles = css`
  .ways {
    display: grid;
    gap: 1.25rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
    align-items: start;
  }
  .way {
    margin: 0;
  }
  .strong .button {
    margin: 0.5rem 0 1rem;
  }
  .forgot {
    margin-top: 1rem;
  }
`;
