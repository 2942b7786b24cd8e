/**
 * Components ask the application to change page by firing `pro-navigate`; the application shell
 * owns the history. Plain links (<a href="/…">) are intercepted by the shell as well.
 */
export interface NavigateDetail {
  path: string;
  replace?: boolean;
}

export function navigateEvent(path: string, replace = false): CustomEvent<NavigateDetail> {
  return new CustomEvent<NavigateDetail>('pro-navigate', {
    detail: { path, replace },
    bubbles: true,
    composed: true,
  });
}

declare global {
  interface HTMLElementEventMap {
    'pro-navigate': CustomEvent<NavigateDetail>;
  }
}
