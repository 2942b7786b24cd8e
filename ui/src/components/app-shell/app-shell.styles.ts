import { css } from 'lit';
import { buttonLook } from '../../styles/shared.styles.js';

/** Adopted by the document (the shell renders in the light DOM), hence the `pro-app` prefixes. */
export const styles = css`
  pro-app {
    display: flex;
    flex-direction: column;
    min-height: 100vh;
  }
  pro-app .skip-link {
    position: absolute;
    left: 0.75rem;
    top: -4rem;
    z-index: 10;
    padding: 0.6rem 1rem;
    background: var(--c-surface);
    color: var(--c-link);
    font-weight: 600;
    border-radius: 0 0 0.3rem 0.3rem;
  }
  pro-app .skip-link:focus {
    top: 0;
    outline: 3px solid var(--c-focus);
    outline-offset: 0;
  }
  pro-app > main {
    flex: 1;
    width: 100%;
    max-width: 72rem;
    margin: 0 auto;
    padding: 1.5rem 1rem 3rem;
  }
  pro-app > main:focus {
    outline: none;
  }
  @media (min-width: 48rem) {
    pro-app > main {
      padding: 2rem 2rem 4rem;
    }
  }
  pro-app .site-footer {
    background: var(--c-surface);
    border-top: 1px solid var(--c-border);
    font-size: 0.95rem;
  }
  pro-app .footer-inner {
    max-width: 72rem;
    margin: 0 auto;
    padding: 1rem;
  }
  @media (min-width: 48rem) {
    pro-app .footer-inner {
      padding: 1rem 2rem;
    }
  }
  pro-app .footer-inner p {
    margin: 0.25rem 0;
  }
  pro-app a {
    color: var(--c-link);
  }
  pro-app a:focus-visible,
  pro-app button:focus-visible {
    outline: 3px solid var(--c-focus);
    outline-offset: 2px;
  }
  /* The « Réessayer » button shown by the shell when the service cannot be reached. */
  pro-app .button {
    ${buttonLook}
  }
`;
