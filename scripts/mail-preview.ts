/**
 * `npm run mail:preview`: renders every message template with its demo data, as HTML and as text,
 * into a folder with an index page to open in a browser (default `.data/mail-preview`; or the
 * folder given as argument). What a childminder, an agent or the coordination would receive.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../common/node/config';
import { resetToken } from '../common/node/password-reset-token';
import { TEMPLATES, renderMessage } from '../activities/mail/templates';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function main(): void {
  const config = loadConfig();
  const out = path.resolve(process.argv[2] || path.join(config.dataDir, 'mail-preview'));
  fs.mkdirSync(out, { recursive: true });
  const entries: string[] = [];
  for (const template of Object.values(TEMPLATES)) {
    template.demos.forEach((demo, i) => {
      const rendered = renderMessage(
        template.name,
        demo.params,
        { publicUrl: config.http.publicUrl, recipientName: demo.recipientName },
        { resetToken: (id) => resetToken(config.personalDataKey, id) },
      );
      const base = `${template.name}-${i + 1}`;
      fs.writeFileSync(path.join(out, `${base}.html`), rendered.html);
      fs.writeFileSync(path.join(out, `${base}.txt`), `Objet : ${rendered.subject}\n\n${rendered.text}`);
      entries.push(
        `<li><strong>${escape(demo.title)}</strong> — « ${escape(rendered.subject)} » : <a href="${base}.html">HTML</a>, <a href="${base}.txt">texte</a></li>`,
      );
      console.log(`${base.padEnd(20)} ${rendered.subject}`);
    });
  }
  fs.writeFileSync(
    path.join(out, 'index.html'),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Aperçu des e-mails de PRO.ONE</title></head>
<body style="font-family:Arial,sans-serif;max-width:800px;margin:2em auto"><h1>Aperçu des e-mails de PRO.ONE</h1>
<p>Chaque modèle, avec des données de démonstration.</p><ul>${entries.join('\n')}</ul></body></html>\n`,
  );
  console.log(`\n${entries.length} messages rendered: ${path.join(out, 'index.html')}`);
}

main();
