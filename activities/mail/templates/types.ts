import type { MailContent } from './layout';

/** What a template may need beyond its parameters, computed when the message is sent. */
export interface TemplateHelpers {
  /** The secret of a password-reset link, derived from the reset's id (never stored). */
  resetToken(resetId: string): string;
}

/** A kind of message: what it says from its parameters, and demo data for its preview. */
export interface MailTemplate<P> {
  name: string;
  description: string;
  render(params: P, helpers: TemplateHelpers): MailContent;
  /** Rendered by `npm run mail:preview`, one file each. */
  demos: Array<{ title: string; recipientName: string; params: P }>;
}
