/**
 * Pieces the procedures' task panels share. They render inside the task page, whose styles they
 * use, and need <pro-case-details>, which the task page defines.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { loadErrorTemplate, loadingTemplate } from '../lib/feedback.js';
import type { Loaded, TaskPanelHost } from './contract.js';

/** The case beside « La tâche », under `heading`, with what the task adds below its details. */
export function caseCard(
  host: TaskPanelHost,
  heading: string,
  options: { showAtRisk?: boolean; extra?: TemplateResult } = {},
): TemplateResult {
  return html`<section class="card" aria-labelledby="case-heading">
    <h2 id="case-heading">${heading}</h2>
    <pro-case-details
      .caseSummary=${host.caseSummary}
      show-provider
      ?show-at-risk=${options.showAtRisk ?? false}
    ></pro-case-details>
    ${options.extra ?? nothing}
  </section>`;
}

/** A panel's data: the error with « Réessayer », « Chargement… », or the panel. */
export function whenLoaded<T>(
  host: TaskPanelHost,
  loaded: Loaded<T>,
  render: (value: T) => TemplateResult | typeof nothing,
): TemplateResult | typeof nothing {
  if (loaded.error) return loadErrorTemplate(loaded.error, () => host.reload());
  if (loaded.value === null) return loadingTemplate();
  return render(loaded.value);
}
