import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiError } from '../api/api.js';
import { loadErrorTemplate, loadingTemplate } from './feedback.js';

/**
 * What a page fetches each time it is shown: the data once it has come, or the error that stopped
 * it. `render` shows « Chargement… », the error with « Réessayer », or the data.
 */
export class PageLoad<T> implements ReactiveController {
  value: T | null = null;
  error: ApiError | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetch: () => Promise<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.error = null;
    this.host.requestUpdate();
    try {
      this.value = await this.fetch();
    } catch (error) {
      this.error = error as ApiError;
    }
    this.host.requestUpdate();
  }

  render(ready: (value: T) => unknown, loadingLabel?: string): unknown {
    if (this.error) return loadErrorTemplate(this.error, () => void this.load());
    return this.value === null ? loadingTemplate(loadingLabel) : ready(this.value);
  }
}
