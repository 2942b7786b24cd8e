import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { ApiError, closeSession, getSession, onUnauthenticated } from '../../api/api.js';
import type { SessionUser } from '../../api/types.js';
import { matchRoute, type Route } from '../../lib/routes.js';
import { loadProcedures } from '../../procedures.js';
import { homePathFor } from '../../lib/roles.js';
import type { NavigateDetail } from '../../lib/navigation.js';
import { styles } from './app-shell.styles.js';
import '../site-header/site-header.js';
import '../../pages/login-page/login-page.js';
import '../../pages/forgot-password-page/forgot-password-page.js';
import '../../pages/new-password-page/new-password-page.js';
import '../../pages/home-page/home-page.js';
import '../../pages/my-cases-page/my-cases-page.js';
import '../../pages/tasks-page/tasks-page.js';
import '../../pages/task-page/task-page.js';
import '../../pages/cases-page/cases-page.js';
import '../../pages/case-page/case-page.js';
import '../../pages/message-page/message-page.js';
import '../../pages/signaletique-page/signaletique-page.js';
import '../../pages/preferences-page/preferences-page.js';
import '../../pages/agent-preferences-page/agent-preferences-page.js';
import '../../pages/undeliverable-mails-page/undeliverable-mails-page.js';
import '../../pages/authorisation-page/authorisation-page.js';
import '../../pages/myone-page/myone-page.js';
import '../../pages/contacts-page/contacts-page.js';
import '../../pages/audit-page/audit-page.js';
import '../../pages/providers-page/providers-page.js';
import '../../pages/my-user-page/my-user-page.js';
import '../../pages/campaigns-page/campaigns-page.js';
import '../../pages/flash-page/flash-page.js';
import '../../pages/flash-issue-page/flash-issue-page.js';
import '../../pages/my-flash-page/my-flash-page.js';
import '../../pages/subsidies-page/subsidies-page.js';
import '../../pages/payments-page/payments-page.js';

const SITE_NAME = 'PRO.ONE';

/**
 * The application: checks the session, routes with the History API, guards pages by role, and
 * lays out the skip link, header, main content and footer. Pages are rendered inside <main>.
 *
 * The shell alone renders in the light DOM: a skip link must point at an element of the document
 * itself (`#contenu`), which a shadow root would hide. Every other component uses a shadow root.
 */
@customElement('pro-app')
export class AppShell extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    adoptDocumentStyles();
    return this;
  }

  @state() private user: SessionUser | null = null;
  @state() private sessionChecked = false;
  @state() private sessionError: ApiError | null = null;
  @state() private route: Route = matchRoute(location.pathname, location.search);
  @state() private pageTitle: string | null = null;

  @query('main') private main!: HTMLElement;

  /** Where a signed-out visitor wanted to go, kept in memory only, to continue after login. */
  private returnPath: string | null = null;
  /** Focus moves to the page's <h1> after an in-app navigation, not on the first load. */
  private focusPending = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    this.addEventListener('click', this.onLinkClick);
    this.addEventListener('pro-navigate', this.onNavigate);
    this.addEventListener('pro-session-opened', this.onSessionOpened);
    this.addEventListener('pro-logout', this.onLogout);
    this.addEventListener('pro-page-title', this.onPageTitle);
    onUnauthenticated(() => {
      if (!this.user) return;
      this.user = null;
      this.returnPath = this.route.path + location.search;
      this.go('/connexion', true);
    });
    void this.checkSession();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('popstate', this.onPopState);
    super.disconnectedCallback();
  }

  /** The procedures' elements, defined once before the first page. */
  private readonly proceduresLoaded = loadProcedures();

  private async checkSession(): Promise<void> {
    this.sessionError = null;
    try {
      const [session] = await Promise.all([getSession(), this.proceduresLoaded]);
      this.user = session.user;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this.user = null;
      else this.sessionError = error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', String(error));
    }
    this.sessionChecked = true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.sessionChecked || this.sessionError) return;
    // Redirects happen here, before rendering, so a guarded page never flashes.
    const { route, user } = this;
    if (route.path === '/') {
      this.replaceRoute(user ? homePathFor(user) : '/connexion');
    } else if (!route.public && !user) {
      this.returnPath = route.path + location.search;
      this.replaceRoute('/connexion');
    }
    if (changed.has('route') || changed.has('user')) this.pageTitle = null;
  }

  protected override updated(): void {
    document.title = `${this.pageTitle ?? this.currentTitle()} — ${SITE_NAME}`;
    if (this.focusPending && this.sessionChecked) {
      this.focusPending = false;
      void this.focusPageHeading();
    }
  }

  private currentTitle(): string {
    if (this.sessionError) return 'Service indisponible';
    if (this.user && !this.route.allows(this.user)) return 'Accès non autorisé';
    return this.route.title;
  }

  private async focusPageHeading(): Promise<void> {
    const page = this.main?.firstElementChild as LitElement | null;
    if (page && 'updateComplete' in page) await page.updateComplete;
    const heading = page?.shadowRoot?.querySelector<HTMLElement>('h1') ?? null;
    const target = heading ?? this.main;
    target.setAttribute('tabindex', '-1');
    target.focus();
  }

  private replaceRoute(path: string): void {
    history.replaceState(null, '', path);
    this.route = matchRoute(location.pathname, location.search);
  }

  private go(path: string, replace = false): void {
    const url = new URL(path, location.origin);
    // A new page takes the focus to its title; a new filter on the same page keeps it where it is.
    const samePage = url.pathname === location.pathname;
    if (url.pathname + url.search !== location.pathname + location.search) {
      if (replace) history.replaceState(null, '', url.pathname + url.search);
      else history.pushState(null, '', url.pathname + url.search);
    }
    this.route = matchRoute(location.pathname, location.search);
    if (!samePage) {
      this.focusPending = true;
      window.scrollTo(0, 0);
    }
  }

  private onPopState = (): void => {
    this.route = matchRoute(location.pathname, location.search);
    this.focusPending = true;
  };

  private onNavigate = (event: CustomEvent<NavigateDetail>): void => {
    event.stopPropagation();
    this.go(event.detail.path, event.detail.replace);
  };

  /** In-app links (<a href="/…">) change the page without reloading it. */
  private onLinkClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || !anchor.hasAttribute('href') || anchor.hasAttribute('download')) return;
    if ((anchor.getAttribute('href') ?? '').startsWith('#')) return;
    if (anchor.target && anchor.target !== '_self') return;
    const url = new URL(anchor.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    event.preventDefault();
    this.go(url.pathname + url.search);
  };

  private onSessionOpened = (event: CustomEvent<{ user: SessionUser }>): void => {
    const user = event.detail.user;
    this.user = user;
    const wanted = this.returnPath ? matchRoute(...splitPath(this.returnPath)) : null;
    const target = wanted && !wanted.public && wanted.allows(user) ? this.returnPath! : homePathFor(user);
    this.returnPath = null;
    this.go(target);
  };

  private onLogout = async (): Promise<void> => {
    try {
      await closeSession();
    } catch {
      // The session is gone either way from the user's point of view.
    }
    this.user = null;
    this.returnPath = null;
    this.go('/connexion');
  };

  private onPageTitle = (event: CustomEvent<{ title: string }>): void => {
    this.pageTitle = event.detail.title;
  };

  private skipToContent(event: Event): void {
    event.preventDefault();
    void this.focusPageHeading();
  }

  override render(): TemplateResult {
    return html`
      <header>
        <a class="skip-link" href="#contenu" @click=${this.skipToContent}>Aller au contenu principal</a>
        <pro-site-header .user=${this.user} .currentPath=${this.route.path}></pro-site-header>
      </header>
      <main id="contenu" tabindex="-1">${this.renderPage()}</main>
      <footer class="site-footer">
        <div class="footer-inner">
          <p>
            <strong>Besoin d'aide ?</strong> Helpdesk PRO.ONE : 02/542.14.45 (de 9 h à 16 h) ·
            <a href="mailto:pro@one.be">pro@one.be</a>
          </p>
          <p><a href="/myone">MY.ONE — trouver un milieu d'accueil</a></p>
          <p>Office de la Naissance et de l'Enfance</p>
        </div>
      </footer>
    `;
  }

  private renderPage(): TemplateResult {
    if (!this.sessionChecked) {
      return html`<pro-message-page heading="PRO.ONE" loading></pro-message-page>`;
    }
    if (this.sessionError) {
      return html`<pro-message-page heading="Service indisponible" .message=${this.sessionError.message}>
        <button class="button" @click=${() => this.checkSession()}>Réessayer</button>
      </pro-message-page>`;
    }
    const { route, user } = this;
    if (user && !route.allows(user)) {
      return html`<pro-message-page
        heading="Accès non autorisé"
        message="Cette page n'est pas accessible avec votre profil."
        .linkHref=${homePathFor(user)}
        linkLabel="Retour à votre page d'accueil"
      ></pro-message-page>`;
    }
    return route.render(user, this.returnPath);
  }
}

let documentStylesAdopted = false;

/** Light DOM gets no `static styles`: give the shell's own rules to the document, once. */
function adoptDocumentStyles(): void {
  if (documentStylesAdopted) return;
  documentStylesAdopted = true;
  const sheet = styles.styleSheet;
  if (sheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function splitPath(path: string): [string, string] {
  const index = path.indexOf('?');
  return index === -1 ? [path, ''] : [path.slice(0, index), path.slice(index)];
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-app': AppShell;
  }
  interface HTMLElementEventMap {
    'pro-session-opened': CustomEvent<{ user: SessionUser }>;
    'pro-logout': CustomEvent<void>;
    'pro-page-title': CustomEvent<{ title: string }>;
  }
}
