import { renderLayout, type RenderContext, type RenderedMail } from './layout';
import type { MailTemplate, TemplateHelpers } from './types';
import { noticeTemplate } from './notice';
import { digestTemplate } from './digest';
import { passwordResetTemplate } from './password-reset';
import { flashTemplate } from './flash';
import { helpdeskTemplate } from './helpdesk';

/**
 * Every kind of message the system sends, by name. A message row names its template and holds
 * its parameters; it is rendered here when it is sent, and by `npm run mail:preview` with demo data.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const TEMPLATES: Record<string, MailTemplate<any>> = {
  [noticeTemplate.name]: noticeTemplate,
  [digestTemplate.name]: digestTemplate,
  [passwordResetTemplate.name]: passwordResetTemplate,
  [flashTemplate.name]: flashTemplate,
  [helpdeskTemplate.name]: helpdeskTemplate,
};

export function renderMessage(
  template: string,
  params: unknown,
  ctx: RenderContext,
  helpers: TemplateHelpers,
): RenderedMail {
  const t = TEMPLATES[template];
  if (!t) throw new Error(`Unknown mail template: ${template}`);
  return renderLayout(t.render(params, helpers), ctx);
}

export type { MailTemplate, TemplateHelpers } from './types';
export type { RenderContext, RenderedMail } from './layout';
