import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { validateXML } from 'xmllint-wasm';
import { buildPain001, sepaText, type SepaBatch, type SepaTransfer } from '../../activities/sepa';

const XSD = readFileSync(join(__dirname, '..', 'fixtures', 'pain.001.001.03.xsd'), 'utf8');

function validate(xml: string) {
  return validateXML({
    xml: [{ fileName: 'payment.xml', contents: xml }],
    schema: [{ fileName: 'pain.001.001.03.xsd', contents: XSD }],
  });
}

function transfers(): SepaTransfer[] {
  return [
    {
      endToEndId: 'SUB-2026-11-0001',
      amountCents: 50000,
      creditorName: 'Anne-Sophie Lefèvre',
      iban: 'BE68539007547034',
      bic: 'GKCCBEBB',
      remittance: "Subside d'accueil novembre 2026 – dossier 0001",
    },
    {
      endToEndId: 'SUB-2026-11-0002',
      amountCents: 62500,
      creditorName: 'Émile Dubois & fils',
      iban: 'BE71096123456769',
      bic: null,
      remittance: 'Subside novembre 2026 <dossier 0002>',
    },
    {
      endToEndId: 'SUB-2026-11-0003',
      amountCents: 12345,
      creditorName: 'Françoise Nœl-Großmann',
      iban: 'BE62510007547061',
      bic: 'BBRUBEBB',
      remittance: 'Subside novembre 2026 dossier 0003',
    },
  ];
}

function batch(overrides: Partial<SepaBatch> = {}): SepaBatch {
  return {
    messageId: 'ONE-PAY-20261205-001',
    createdAt: '2026-12-05T10:00:00.123Z',
    executionDate: '2026-12-07',
    debtor: { name: "Office de la Naissance et de l'Enfance", iban: 'BE43068999999501', bic: 'GKCCBEBB' },
    transfers: transfers(),
    ...overrides,
  };
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe('SEPA pain.001.001.03', () => {
  describe('buildPain001', () => {
    const xml = buildPain001(batch());

    it('produces a document valid against the official XSD', async () => {
      const result = await validate(xml);
      expect(result.errors.map((e) => e.rawMessage)).to.deep.equal([]);
      expect(result.valid).to.equal(true);
    });

    it('the schema validation bites: a document without <MsgId> is rejected', async () => {
      const broken = xml.replace(/\s*<MsgId>[^<]*<\/MsgId>/, '');
      expect(broken).not.to.include('<MsgId>');
      const result = await validate(broken);
      expect(result.valid).to.equal(false);
      expect(result.errors.map((e) => e.message).join('\n')).to.match(/MsgId/);
    });

    it('the schema validation bites: an amount without currency is rejected', async () => {
      const result = await validate(xml.replace('<InstdAmt Ccy="EUR">', '<InstdAmt>'));
      expect(result.valid).to.equal(false);
      expect(result.errors.map((e) => e.message).join('\n')).to.match(/Ccy/);
    });

    it('declares UTF-8 and the pain.001.001.03 namespace', () => {
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).to.equal(true);
      expect(xml).to.include('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">');
    });

    it('writes the group header and payment information totals', () => {
      expect(count(xml, '<NbOfTxs>3</NbOfTxs>')).to.equal(2);
      expect(count(xml, '<CtrlSum>1248.45</CtrlSum>')).to.equal(2);
      expect(xml).to.include('<MsgId>ONE-PAY-20261205-001</MsgId>');
      expect(xml).to.include('<PmtInfId>ONE-PAY-20261205-001</PmtInfId>');
      expect(xml).to.include('<CreDtTm>2026-12-05T10:00:00</CreDtTm>');
      expect(xml).to.include('<ReqdExctnDt>2026-12-07</ReqdExctnDt>');
      expect(xml).to.include('<PmtMtd>TRF</PmtMtd>');
      expect(xml).to.include('<BtchBookg>true</BtchBookg>');
      expect(xml).to.include('<Cd>SEPA</Cd>');
      expect(xml).to.include('<ChrgBr>SLEV</ChrgBr>');
      expect(xml).to.include('<IBAN>BE43068999999501</IBAN>');
    });

    it('writes one CdtTrfTxInf per transfer, each EndToEndId once, amounts with 2 decimals', () => {
      expect(count(xml, '<CdtTrfTxInf>')).to.equal(3);
      for (const t of transfers()) expect(count(xml, `<EndToEndId>${t.endToEndId}</EndToEndId>`)).to.equal(1);
      expect(xml).to.include('<InstdAmt Ccy="EUR">500.00</InstdAmt>');
      expect(xml).to.include('<InstdAmt Ccy="EUR">625.00</InstdAmt>');
      expect(xml).to.include('<InstdAmt Ccy="EUR">123.45</InstdAmt>');
    });

    it('writes CdtrAgt only for transfers with a BIC', () => {
      expect(count(xml, '<CdtrAgt>')).to.equal(2);
      expect(xml).to.include('<BIC>BBRUBEBB</BIC>');
      const second = xml.split('<CdtTrfTxInf>')[2];
      expect(second).to.include('SUB-2026-11-0002');
      expect(second).not.to.include('<CdtrAgt>');
    });

    it('converts names and remittances to the SEPA character set and escapes XML', () => {
      expect(xml).to.include('<Nm>Anne-Sophie Lefevre</Nm>');
      // '&' is outside the SEPA set: it becomes '+' before escaping, so no raw '&' reaches the file.
      expect(xml).to.include('<Nm>Emile Dubois + fils</Nm>');
      expect(xml).to.include('<Nm>Francoise Noel-Grossmann</Nm>');
      expect(xml).to.include('<Ustrd>Subside d&apos;accueil novembre 2026 - dossier 0001</Ustrd>');
      expect(xml).to.include('<Nm>Office de la Naissance et de l&apos;Enfance</Nm>');
      expect(xml).to.include('<Ustrd>Subside novembre 2026 .dossier 0002.</Ustrd>');
      expect(xml).not.to.match(/&(?!amp;|lt;|gt;|quot;|apos;)/);
      // Only ASCII in the payload.
      expect(/^[\x20-\x7e\n]*$/.test(xml)).to.equal(true);
    });

    it('truncates creditor names to 70 and remittances to 140 characters', async () => {
      const [t] = transfers();
      const long = buildPain001(
        batch({ transfers: [{ ...t, creditorName: 'é'.repeat(100), remittance: 'Subside '.repeat(40) }] }),
      );
      expect(long).to.include(`<Nm>${'e'.repeat(70)}</Nm>`);
      const ustrd = /<Ustrd>([^<]*)<\/Ustrd>/.exec(long)?.[1] ?? '';
      expect(ustrd.length).to.be.at.most(140);
      expect((await validate(long)).valid).to.equal(true);
    });

    it('computes totals with integer arithmetic (no floating-point drift)', () => {
      const [t] = transfers();
      const many = Array.from({ length: 10 }, (_, i) => ({ ...t, endToEndId: `E2E-${i}`, amountCents: 10 }));
      const out = buildPain001(
        batch({ transfers: [...many, { ...t, endToEndId: 'E2E-X', amountCents: 20 }] }),
      );
      // 0.1 * 10 + 0.2 in floating point is 1.2000000000000002.
      expect(out).to.include('<CtrlSum>1.20</CtrlSum>');
      expect(out).to.include('<InstdAmt Ccy="EUR">0.10</InstdAmt>');
      const big = buildPain001(batch({ transfers: [{ ...t, amountCents: 99_999_999_999 }] }));
      expect(big).to.include('<InstdAmt Ccy="EUR">999999999.99</InstdAmt>');
    });

    it('rejects invalid input', () => {
      const [a, b] = transfers();
      expect(() => buildPain001(batch({ transfers: [] }))).to.throw(Error, /at least one transfer/);
      expect(() => buildPain001(batch({ transfers: [a, { ...b, endToEndId: a.endToEndId }] }))).to.throw(
        Error,
        /duplicate endToEndId/,
      );
      expect(() => buildPain001(batch({ transfers: [{ ...a, amountCents: 0 }] }))).to.throw(
        Error,
        /amountCents/,
      );
      expect(() => buildPain001(batch({ transfers: [{ ...a, amountCents: 12.5 }] }))).to.throw(
        Error,
        /amountCents/,
      );
      expect(() => buildPain001(batch({ transfers: [{ ...a, amountCents: -100 }] }))).to.throw(
        Error,
        /amountCents/,
      );
      expect(() => buildPain001(batch({ transfers: [{ ...a, amountCents: 100_000_000_000 }] }))).to.throw(
        Error,
        /maximum/,
      );
      expect(() => buildPain001(batch({ transfers: [{ ...a, endToEndId: 'X'.repeat(36) }] }))).to.throw(
        Error,
        /endToEndId/,
      );
      expect(() => buildPain001(batch({ transfers: [{ ...a, endToEndId: 'SUB/2026 1' }] }))).to.throw(
        Error,
        /endToEndId/,
      );
      expect(() => buildPain001(batch({ transfers: [{ ...a, endToEndId: '' }] }))).to.throw(
        Error,
        /endToEndId/,
      );
      expect(() => buildPain001(batch({ transfers: [{ ...a, iban: 'BE68539007547035' }] }))).to.throw(
        Error,
        /IBAN/,
      );
      expect(() => buildPain001(batch({ transfers: [{ ...a, iban: 'BE68 5390 0754 7034' }] }))).to.throw(
        Error,
        /IBAN/,
      );
      expect(() => buildPain001(batch({ transfers: [{ ...a, bic: 'gkccbebb' }] }))).to.throw(Error, /BIC/);
      expect(() => buildPain001(batch({ transfers: [{ ...a, creditorName: '  ' }] }))).to.throw(
        Error,
        /creditorName/,
      );
      expect(() => buildPain001(batch({ messageId: 'M'.repeat(36) }))).to.throw(Error, /messageId/);
      expect(() => buildPain001(batch({ createdAt: 'yesterday' }))).to.throw(Error, /createdAt/);
      expect(() => buildPain001(batch({ executionDate: '2026-02-30' }))).to.throw(Error, /executionDate/);
    });
  });

  describe('sepaText', () => {
    it('keeps the SEPA character set as is', () => {
      const allowed = "abcxyz ABCXYZ 0123456789 / - ? : ( ) . , ' +";
      expect(sepaText(allowed)).to.equal(allowed);
    });

    it('maps other characters to the nearest ASCII', () => {
      expect(sepaText('Anne-Sophie Lefèvre')).to.equal('Anne-Sophie Lefevre');
      expect(sepaText('Émile Dubois & fils')).to.equal('Emile Dubois + fils');
      expect(sepaText('Ça coûte 5 €')).to.equal('Ca coute 5 .');
      expect(sepaText('l’école « Ô ma Maïté »')).to.equal("l'ecole ' O ma Maite '");
      expect(sepaText('Straße Œuvre Æther Øster Łódź')).to.equal('Strasse OEuvre AEther Oster Lodz');
      expect(sepaText('a\tb\n c  d — e_f <g>')).to.equal('a b c d - e-f .g.');
    });
  });
});
