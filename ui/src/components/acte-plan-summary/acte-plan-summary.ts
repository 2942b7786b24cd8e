import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ACTE_DIAGNOSIS, DIAGNOSIS_SCALE, type ActeAxisId } from '../../../../common/acte-content.js';
import type { ActePlanContent } from '../../api/types.js';
import { actionTitle, axisLabel } from '../../lib/acte.js';
import { sharedStyles } from '../../styles/shared.styles.js';

const answerLabel = (v: string | undefined) =>
  DIAGNOSIS_SCALE.find((c) => c.value === v)?.label ?? 'Sans réponse';

/** An ecological action plan as the ACTE team reads it: state of play, themes, diagnosis, actions. */
@customElement('pro-acte-plan-summary')
export class ActePlanSummary extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      dl {
        margin: 0 0 1rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0 0 0.5rem 0;
      }
      .state {
        white-space: pre-line;
      }
    `,
  ];

  @property({ attribute: false }) plan: ActePlanContent | null = null;

  override render() {
    const p = this.plan;
    if (!p) return nothing;
    return html`<h3>État des lieux</h3>
      <p class="state">${p.stateOfPlay || 'Non renseigné.'}</p>
      ${(p.themes as ActeAxisId[]).map(
        (axis) =>
          html`<h3>${axisLabel(axis)}</h3>
            <dl>
              ${ACTE_DIAGNOSIS[axis].map(
                (q) =>
                  html`<dt>${q.text}</dt>
                    <dd>${answerLabel(p.diagnosis[q.id])}</dd>`,
              )}
            </dl>`,
      )}
      <h3>Actions choisies</h3>
      ${
        p.actions.length
          ? html`<ul data-testid="plan-actions">
              ${p.actions.map((id) => html`<li>${actionTitle(id)}</li>`)}
            </ul>`
          : html`<p>Aucune action choisie.</p>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pro-acte-plan-summary': ActePlanSummary;
  }
}
