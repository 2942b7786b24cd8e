import { css } from 'lit';

export const styles = css`
  .views ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0 1.25rem;
  }
  .views a {
    display: inline-block;
    min-height: 2.75rem;
    padding: 0.55rem 1rem;
    border: 2px solid var(--c-primary);
    border-radius: 999px;
    background: var(--c-surface);
    color: var(--c-primary);
    font-weight: 600;
    text-decoration: none;
  }
  .views a:hover {
    background: var(--c-primary-light);
  }
  .views a[aria-current='page'] {
    background: var(--c-primary);
    color: var(--c-on-primary);
  }
  .views a[aria-current='page']::before {
    content: '✓ ' / '';
  }
  .count {
    margin-top: -0.5rem;
  }
`;
