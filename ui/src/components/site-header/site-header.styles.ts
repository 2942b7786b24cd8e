import { css } from 'lit';

export const styles = css`
  .banner {
    background: var(--c-header-bg);
    color: var(--c-header-text);
  }
  .bar {
    max-width: 72rem;
    margin: 0 auto;
    padding: 0.75rem 1rem;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1.5rem;
  }
  @media (min-width: 48rem) {
    .bar {
      padding: 0.9rem 2rem;
    }
  }
  a:focus-visible,
  button:focus-visible {
    outline-color: var(--c-header-focus);
  }
  .brand {
    color: var(--c-header-text);
    font-size: 1.5rem;
    font-weight: 800;
    letter-spacing: 0.02em;
    text-decoration: none;
  }
  .brand:hover {
    color: var(--c-header-text);
    text-decoration: underline;
  }
  .account {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .who {
    margin: 0;
    display: flex;
    flex-direction: column;
    line-height: 1.3;
  }
  .name {
    font-weight: 700;
  }
  .role {
    font-size: 0.9rem;
  }
  .logout {
    min-height: 2.75rem;
    padding: 0.4rem 0.9rem;
    border: 2px solid var(--c-header-text);
    border-radius: 0.4rem;
    background: transparent;
    color: var(--c-header-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .logout:hover {
    background: var(--c-header-text);
    color: var(--c-header-bg);
  }
  nav {
    background: var(--c-surface);
    border-bottom: 1px solid var(--c-border);
  }
  nav ul {
    max-width: 72rem;
    margin: 0 auto;
    padding: 0 0.4rem;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
  }
  @media (min-width: 48rem) {
    nav ul {
      padding: 0 1.4rem;
    }
  }
  nav a {
    display: block;
    padding: 0.75rem 0.6rem;
    color: var(--c-link);
    font-weight: 600;
    text-decoration: none;
    border-bottom: 4px solid transparent;
  }
  nav a:hover {
    text-decoration: underline;
  }
  nav a[aria-current='page'] {
    color: var(--c-heading);
    border-bottom-color: var(--c-primary);
  }
  nav a:focus-visible {
    outline-color: var(--c-focus);
    outline-offset: -3px;
  }
  .end {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.5rem 1.5rem;
  }
  /* Links for everyone, on the banner's dark background. */
  nav.header-links {
    background: transparent;
    border: 0;
  }
  .header-links ul {
    margin: 0;
    padding: 0;
    gap: 0 0.5rem;
  }
  .header-links a,
  .header-links a[aria-current='page'] {
    display: flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0 0.4rem;
    color: var(--c-header-text);
    border-bottom: 0;
    text-decoration: underline;
  }
  .header-links a:focus-visible {
    outline-color: var(--c-header-focus);
  }
`;
