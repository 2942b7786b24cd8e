import { css } from 'lit';

export const styles = css`
  .identity {
    margin-bottom: 1.5rem;
  }
  .provider-name {
    font-size: 1.2rem;
    font-weight: 700;
    margin-bottom: 0.1rem;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .badges .badge {
    white-space: normal;
    border-radius: 0.75rem;
    font-size: 0.95rem;
    padding: 0.25rem 0.75rem;
  }
  .shortcuts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-bottom: 1.5rem;
  }
  .status {
    border-left: 5px solid var(--c-primary);
  }
  .next-step {
    font-weight: 600;
  }
`;
