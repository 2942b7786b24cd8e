import type { Knex } from 'knex';
import PDFDocument from 'pdfkit';
import { FLASH_BY_POST } from '../common/flash';

/**
 * The Flash accueil by post: the childminders who chose « Par courrier postal » (or both), with
 * the address their signalétique gives for mail — the postal address when she gave one, else the
 * address of her childcare place. Read when the coordination downloads the list, so it is always
 * the current one; as a CSV for Excel (UTF-8 with BOM, `;`) and as A4 sheets of address labels.
 * Postal addresses are personal data: the route that serves them records every download.
 */
export interface PostalRecipient {
  providerId: string;
  firstName: string;
  lastName: string;
  street: string | null;
  number: string | null;
  box: string | null;
  postcode: string | null;
  city: string | null;
  /** Her own postal address, or the address of the childcare place. */
  source: 'postal' | 'place';
  /** Street, number, postcode and city all known: a label can be printed. */
  complete: boolean;
}

/** The address each childminder receives mail at, resolved in SQL (one rule for list and count). */
function resolvedAddresses(db: Knex): Knex.QueryBuilder {
  const own = `(p.postal_address->>'sameAsPlace') = 'false'`;
  const pick = (postalKey: string, placeColumn: string) =>
    db.raw(
      `nullif(trim(case when ${own} then p.postal_address->>'${postalKey}' else p.${placeColumn} end), '')`,
    );
  return db('providers as p')
    .whereIn('p.flash_accueil', FLASH_BY_POST)
    .select({
      providerId: 'p.id',
      firstName: 'p.first_name',
      lastName: 'p.last_name',
      street: pick('street', 'street'),
      number: pick('number', 'street_number'),
      box: pick('box', 'box'),
      postcode: pick('postcode', 'postcode'),
      city: pick('city', 'city'),
      ownPostal: db.raw(own),
    });
}

const COMPLETE =
  'r.street is not null and r.number is not null and r.postcode is not null and r.city is not null';

export async function postalRecipients(db: Knex): Promise<PostalRecipient[]> {
  const rows = (await db
    .from(resolvedAddresses(db).as('r'))
    .orderBy([
      { column: 'r.postcode', order: 'asc', nulls: 'last' },
      { column: 'r.last_name' },
      { column: 'r.first_name' },
      { column: 'r.provider_id' },
    ])
    .select('r.*', db.raw(`(${COMPLETE}) as complete`))) as Array<
    Omit<PostalRecipient, 'source'> & { ownPostal: boolean | null }
  >;
  return rows.map(({ ownPostal, ...r }) => ({ ...r, source: ownPostal ? 'postal' : 'place' }));
}

/** How many receive it by post, and how many of their addresses are too incomplete for a label. */
export async function postalCounts(db: Knex): Promise<{ recipients: number; incomplete: number }> {
  const row = (await db
    .from(resolvedAddresses(db).as('r'))
    .first(
      db.raw('count(*) as recipients'),
      db.raw(`count(*) filter (where not (${COMPLETE})) as incomplete`),
    )) as {
    recipients: string;
    incomplete: string;
  };
  return { recipients: Number(row.recipients), incomplete: Number(row.incomplete) };
}

/** « Rue du Parc 12 bte 3 »: the Belgian way, number after the street. */
export function streetLine(r: Pick<PostalRecipient, 'street' | 'number' | 'box'>): string {
  return [r.street, r.number, r.box ? `bte ${r.box}` : null].filter(Boolean).join(' ');
}

const CSV_HEADER = [
  'Nom',
  'Prénom',
  'Rue',
  'Numéro',
  'Boîte',
  'Code postal',
  'Localité',
  'Adresse utilisée',
  'Remarque',
];

/**
 * One CSV field: quoted when it holds the separator, a quote or a line break; a value that a
 * spreadsheet would take for a formula is prefixed so that it stays text.
 */
function csvField(value: string | null): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The list for Excel in Belgium: UTF-8 with a byte order mark, `;` between fields, CRLF. */
export function postalListCsv(rows: PostalRecipient[]): Buffer {
  const lines = [
    CSV_HEADER,
    ...rows.map((r) => [
      r.lastName,
      r.firstName,
      r.street,
      r.number,
      r.box,
      r.postcode,
      r.city,
      r.source === 'postal' ? 'Adresse postale' : 'Adresse du lieu d’accueil',
      r.complete ? '' : 'Adresse incomplète : à compléter dans la signalétique',
    ]),
  ].map((fields) => fields.map(csvField).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

const MM = 72 / 25.4;
/** An A4 sheet of 3 × 8 labels of 70 × 37,125 mm, edge to edge (the common « 24 par page »). */
export const LABELS = { columns: 3, rows: 8, width: 70 * MM, height: 37.125 * MM, padding: 5 * MM };

/**
 * Address labels as a PDF: name, street and number, postcode and locality; a line too long for
 * the label is set smaller rather than cut. Only complete addresses make a label (the CSV says
 * which ones are missing). Streams are left uncompressed, like every document the system makes,
 * so their words can be checked.
 */
export function postalLabelsPdf(rows: PostalRecipient[], title: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      autoFirstPage: false,
      compress: false,
      info: {
        Title: `Flash accueil — étiquettes : ${title}`,
        Author: 'Office de la Naissance et de l’Enfance',
      },
      lang: 'fr-BE',
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const printable = rows.filter((r) => r.complete);
    const perPage = LABELS.columns * LABELS.rows;
    if (printable.length === 0) {
      doc.addPage();
      doc
        .font('Helvetica')
        .fontSize(12)
        .text(
          'Aucune adresse à imprimer : aucun·e accueillant·e n’a choisi le Flash accueil par courrier postal, ou leurs adresses sont incomplètes.',
          56,
          56,
          { width: 480 },
        );
    }
    const inner = LABELS.width - 2 * LABELS.padding;
    const fit = (text: string, font: string, size: number) => {
      let s = size;
      while (s > 6 && doc.font(font).fontSize(s).widthOfString(text) > inner) s -= 0.5;
      return s;
    };
    for (const [i, r] of printable.entries()) {
      if (i % perPage === 0) doc.addPage();
      const slot = i % perPage;
      const x = (slot % LABELS.columns) * LABELS.width + LABELS.padding;
      const top = Math.floor(slot / LABELS.columns) * LABELS.height;
      const lines: Array<[string, string]> = [
        [`${r.firstName} ${r.lastName}`, 'Helvetica-Bold'],
        [streetLine(r), 'Helvetica'],
        [`${r.postcode} ${r.city}`, 'Helvetica'],
      ];
      const lineHeight = 13;
      let y = top + (LABELS.height - lines.length * lineHeight) / 2;
      for (const [text, font] of lines) {
        doc
          .font(font)
          .fontSize(fit(text, font, 10))
          .text(text, x, y, { width: inner, lineBreak: false });
        y += lineHeight;
      }
    }
    doc.end();
  });
}
