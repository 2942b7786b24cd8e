import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import {
  ACTE_ACTIONS,
  ACTE_DIAGNOSIS,
  DIAGNOSIS_SCALE,
  type ActeAxisId,
} from '../../../../common/acte-content.js';
import type { ActePlanContent } from '../../api/types.js';
import { actionTitle, axisLabel } from '../../lib/acte.js';
import { sharedStyles } from '../../styles/shared.styles.js';

const answerLabel = (v: string | undefined) =>
  DIAGNOSIS_SCALE.find((c) => c.value === v)?.label ?? 'Sans réponse';

const axisOf = (actionId: string) => ACTE_ACTIONS.find((a) => a.id === actionId)?.axis;

/**
 * An ecological action plan as it is read: the state of play, then each chosen theme with its
 * self-diagnosis answers and the actions chosen in it. Its headings start at h3 (inside a card).
 */
@customElement('pro-acte-plan-summary')
export class ActePlanSummary extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .theme {
        border-left: 4px solid var(--c-border);
        padding-left: 0.9rem;
        margin: 0 0 1.25rem;
      }
      h4 {
        margin: 0 0 0.5rem;
        font-size: 1.05rem;
      }
      .sub {
        font-weight: 600;
        margin: 0.75rem 0 0.25rem;
      }
      dl {
        margin: 0;
      }
      dt {
        font-weight: 400;
      }
      dd {
        margin: 0 0 0.5rem 0;
        font-weight: 600;
      }
      ul {
        margin: 0;
        padding-left: 1.25rem;
      }
      .state {
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) plan: ActePlanContent | null = null;

  override render() {
    const p = this.plan;
    if (!p) return html`<p>Aucun plan d’action pour le moment.</p>`;
    const themes = p.themes as ActeAxisId[];
    // Actions outside the chosen themes should not exist; if they do, they are still shown.
    const elsewhere = p.actions.filter((id) => !themes.includes(axisOf(id) as ActeAxisId));
    return html`<h3>État des lieux</h3>
      <p class="state" data-testid="plan-state-of-play">${p.stateOfPlay || 'Non renseigné.'}</p>
      <h3>Thématiques choisies</h3>
      ${themes.length ? nothing : html`<p>Aucune thématique choisie.</p>`}
      ${themes.map((axis) => {
        const actions = p.actions.filter((id) => axisOf(id) === axis);
        return html`<section class="theme" aria-labelledby="theme-${axis}" data-testid="plan-theme">
          <h4 id="theme-${axis}">${axisLabel(axis)}</h4>
          <p class="sub">Auto-diagnostic</p>
          <dl>
            ${(ACTE_DIAGNOSIS[axis] ?? []).map(
              (q) =>
                html`<dt>${q.text}</dt>
                  <dd>${answerLabel(p.diagnosis[q.id])}</dd>`,
            )}
          </dl>
          <p class="sub">Actions choisies</p>
          ${
            actions.length
              ? html`<ul data-testid="plan-actions">
                  ${actions.map((id) => html`<li>${actionTitle(id)}</li>`)}
                </ul>`
              : html`<p>Aucune action choisie dans cette thématique.</p>`
          }
        </section>`;
      })}
      ${
        elsewhere.length
          ? html`<h3>Autres actions choisies</h3>
              <ul data-testid="plan-actions">
                ${elsewhere.map((id) => html`<li>${actionTitle(id)}</li>`)}
              </ul>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-acte-plan-summary': ActePlanSummary;
  }
}
