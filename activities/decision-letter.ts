import PDFDocument from 'pdfkit';

/** Gathers a document's bytes as it is written. */
function collect(doc: PDFKit.PDFDocument, resolve: (b: Buffer) => void, reject: (e: Error) => void): void {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  doc.on('end', () => resolve(Buffer.concat(chunks)));
  doc.on('error', reject);
}

/** What a decision letter says: who, what, from when, why. */
export interface DecisionLetter {
  title: string;
  reference: string;
  provider: { displayName: string; address: string | null };
  /** « 5 décembre 2026 » */
  date: string;
  paragraphs: string[];
  signedBy: string;
}

/**
 * A decision letter as a PDF (pdfkit, standard fonts: no file to ship). Streams are left
 * uncompressed so that the words of the letter can be checked in tests and indexed by archives.
 */
export function renderDecisionLetter(letter: DecisionLetter, createdAt: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      compress: false,
      info: {
        Title: letter.title,
        Author: 'Office de la Naissance et de l’Enfance',
        Subject: letter.reference,
        CreationDate: createdAt,
      },
      lang: 'fr-BE',
    });
    collect(doc, resolve, reject);

    doc.font('Helvetica-Bold').fontSize(14).text('Office de la Naissance et de l’Enfance');
    doc.font('Helvetica').fontSize(10).text('Chaussée de Charleroi 95 · 1060 Bruxelles · www.one.be');
    doc.moveDown(2);
    doc.fontSize(11).text(letter.provider.displayName);
    if (letter.provider.address) doc.text(letter.provider.address);
    doc.moveDown();
    doc.text(`Le ${letter.date}`, { align: 'right' });
    doc.text(`Référence : ${letter.reference}`, { align: 'right' });
    doc.moveDown(2);
    doc.font('Helvetica-Bold').fontSize(13).text(letter.title);
    doc.moveDown();
    doc.font('Helvetica').fontSize(11);
    for (const p of letter.paragraphs) {
      doc.text(p, { align: 'justify' });
      doc.moveDown();
    }
    doc.moveDown();
    doc.text(letter.signedBy);
    doc.text('Pour l’Office de la Naissance et de l’Enfance');
    doc.end();
  });
}

/** A document of headings and paragraphs (the ACTE explanatory document), as a PDF. */
export function renderTextDocument(text: {
  title: string;
  sections: Array<{ heading: string; paragraphs: string[] }>;
}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      compress: false,
      info: { Title: text.title, Author: 'Office de la Naissance et de l’Enfance' },
      lang: 'fr-BE',
    });
    collect(doc, resolve, reject);
    doc.font('Helvetica-Bold').fontSize(14).text('Office de la Naissance et de l’Enfance');
    doc.moveDown(2);
    doc.font('Helvetica-Bold').fontSize(16).text(text.title);
    for (const section of text.sections) {
      doc.moveDown();
      doc.font('Helvetica-Bold').fontSize(12).text(section.heading);
      doc.moveDown(0.5);
      doc.font('Helvetica').fontSize(11);
      for (const p of section.paragraphs) {
        doc.text(p, { align: 'justify' });
        doc.moveDown(0.5);
      }
    }
    doc.end();
  });
}
