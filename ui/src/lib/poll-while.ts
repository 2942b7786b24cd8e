import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Work that goes on on the server (a campaign opening, a Flash accueil being sent): while `pending`
 * says so, `refresh` is called again every `intervalMs`, and never once the page is left. A lost
 * refresh is not an error to show: the next one will tell.
 */
export class PollWhile implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly intervalMs: number,
    private readonly pending: () => boolean,
    private readonly refresh: () => Promise<void>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  /** Call after each load: schedules the next refresh if the work is still pending. */
  check(): void {
    this.stop();
    if (!this.connected || !this.pending()) return;
    this.timer = setTimeout(async () => {
      this.timer = null;
      try {
        await this.refresh();
      } catch {
        // the next refresh will tell
      }
      this.check();
    }, this.intervalMs);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
