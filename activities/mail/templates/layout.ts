import { sealPersonalNumbers } from '../seal';

/**
 * What a message says, before it is dressed as HTML and text. Plain words, the person's name, one
 * clear next step with a link into the application, ONE's footer.
 */
export interface MailContent {
  subject: string;
  /** Paragraphs, in order; plain text (escaped in the HTML part). */
  paragraphs: string[];
  /** Optional list under the paragraphs, e.g. the tasks of a digest. */
  sections?: Array<{ heading: string; items: Array<{ text: string; path?: string }>; more?: string }>;
  /** The one next step: a button in HTML, a line with the address in text. */
  action?: { label: string; path: string };
  /** Why this person receives it; shown above the footer. */
  reason: string;
}

export interface RenderContext {
  /** The address people use (PUBLIC_URL), without a trailing slash. */
  publicUrl: string;
  /** The recipient's name, as greeted. */
  recipientName: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export const FOOTER_LINES = [
  'Office de la Naissance et de l’Enfance (ONE) — PRO.ONE',
  'Chaussée de Charleroi 95, 1060 Bruxelles',
  'Helpdesk PRO.ONE : 02/542.14.45 (du lundi au vendredi, de 9 h à 16 h) — pro@one.be',
  'Ce message est envoyé automatiquement : merci de ne pas y répondre.',
];

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function link(ctx: RenderContext, path: string): string {
  return `${ctx.publicUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * Dresses a message in ONE's layout, as HTML and as text. Every word that goes out passes
 * through `sealPersonalNumbers`: a national register number or an IBAN typed in free text by
 * someone never leaves in a mail.
 */
export function renderLayout(content: MailContent, ctx: RenderContext): RenderedMail {
  const seal = sealPersonalNumbers;
  const greeting = `Bonjour ${ctx.recipientName},`;
  const paragraphs = content.paragraphs.map(seal);
  const sections = (content.sections ?? []).map((s) => ({
    heading: seal(s.heading),
    more: s.more ? seal(s.more) : undefined,
    items: s.items.map((i) => ({ text: seal(i.text), url: i.path ? link(ctx, i.path) : undefined })),
  }));
  const action = content.action
    ? { label: seal(content.action.label), url: link(ctx, content.action.path) }
    : null;
  const subject = seal(content.subject);
  const reason = seal(content.reason);

  const text = [
    greeting,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    ...sections.flatMap((s) => [
      s.heading,
      ...s.items.map((i) => `- ${i.text}${i.url ? ` : ${i.url}` : ''}`),
      ...(s.more ? [s.more] : []),
      '',
    ]),
    ...(action ? [`${action.label} : ${action.url}`, ''] : []),
    'L’équipe PRO.ONE de l’ONE',
    '',
    '--',
    reason,
    ...FOOTER_LINES,
    '',
  ].join('\n');

  const p = (value: string) => `<p style="margin:0 0 16px 0">${escapeHtml(value)}</p>`;
  const html = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1d1d1b;font-size:16px;line-height:1.5">
<div style="max-width:600px;margin:0 auto;padding:24px 16px">
<div style="background:#ffffff;border-radius:8px;padding:24px">
<p style="margin:0 0 24px 0;font-weight:bold;color:#00587c;font-size:18px">ONE — PRO.ONE</p>
${p(greeting)}
${paragraphs.map(p).join('\n')}
${sections
  .map(
    (s) => `<h2 style="font-size:17px;margin:24px 0 8px 0">${escapeHtml(s.heading)}</h2>
<ul style="margin:0 0 16px 0;padding-left:20px">
${s.items
  .map(
    (i) =>
      `<li style="margin-bottom:6px">${i.url ? `<a href="${escapeHtml(i.url)}" style="color:#00587c">${escapeHtml(i.text)}</a>` : escapeHtml(i.text)}</li>`,
  )
  .join('\n')}
</ul>${s.more ? `\n${p(s.more)}` : ''}`,
  )
  .join('\n')}
${
  action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#00587c;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:4px;font-weight:bold">${escapeHtml(action.label)}</a></p>
<p style="margin:0 0 16px 0;font-size:14px;color:#555">Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur : ${escapeHtml(action.url)}</p>`
    : ''
}
${p('L’équipe PRO.ONE de l’ONE')}
</div>
<div style="padding:16px 8px;font-size:13px;color:#555">
<p style="margin:0 0 8px 0">${escapeHtml(reason)}</p>
${FOOTER_LINES.map((l) => `<p style="margin:0">${escapeHtml(l)}</p>`).join('\n')}
</div>
</div>
</body>
</html>
`;
  return { subject, text, html };
}
