import { css } from 'lit';

export const styles = css`
  :host {
    max-width: 40rem;
  }
`;
