/**
 * SEPA credit transfer file (ISO 20022 pain.001.001.03, EPC SEPA Credit Transfer rules, the version
 * Belgian banks accept). Pure module: no I/O, deterministic output for a given batch.
 *
 * Amounts are handled in integer cents end to end (BigInt for sums and formatting): a payment file
 * must never carry a floating-point rounding artefact.
 */
import { isValidIBAN } from 'ibantools';

export interface SepaTransfer {
  /** Unique per payment, ≤ 35 chars [A-Za-z0-9-]: the payment's idempotency key; the bank refuses a duplicate. */
  endToEndId: string;
  /** Integer > 0. */
  amountCents: number;
  /** Truncated to 70 characters (after conversion to the SEPA character set). */
  creditorName: string;
  /** Electronic format, no spaces. */
  iban: string;
  /** Optional (IBAN-only is allowed in SEPA). */
  bic: string | null;
  /** Unstructured remittance information, truncated to 140 characters. */
  remittance: string;
}

export interface SepaBatch {
  /** ≤ 35 chars, unique per file. Also used as PmtInfId. */
  messageId: string;
  /** ISO instant; written as CreDtTm in UTC without milliseconds nor zone designator. */
  createdAt: string;
  /** YYYY-MM-DD → ReqdExctnDt. */
  executionDate: string;
  debtor: { name: string; iban: string; bic: string };
  /** At least one. */
  transfers: SepaTransfer[];
}

export const PAIN_001_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03';

/** EPC rule: maximum amount of a single SEPA credit transfer is 999 999 999.99 EUR. */
const MAX_AMOUNT_CENTS = 99_999_999_999;
const END_TO_END_ID = /^[A-Za-z0-9-]{1,35}$/;
/** SEPA character set minus the space; EPC: identifiers must not start with '/' nor contain '//'. */
const SEPA_IDENTIFIER = /^[A-Za-z0-9/\-?:().,'+]{1,35}$/;
/** BICIdentifier pattern of the schema. */
const BIC = /^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Characters the EPC basic Latin character set does not contain, with their conventional ASCII substitute. */
const SUBSTITUTIONS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
  '&': '+',
  '’': "'",
  '‘': "'",
  '‚': "'",
  '‛': "'",
  '`': "'",
  '´': "'",
  '"': "'",
  '“': "'",
  '”': "'",
  '„': "'",
  '«': "'",
  '»': "'",
  '‹': "'",
  '›': "'",
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
  _: '-',
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
  ';': ',',
  '…': '...',
};

const SEPA_CHAR = /[A-Za-z0-9/\-?:().,'+ ]/;

/**
 * Restricts a text to the SEPA (EPC basic Latin) character set: a-z A-Z 0-9 / - ? : ( ) . , ' + space.
 * Accented letters lose their accent (NFD, combining marks stripped: é→e, ç→c), a few letters and
 * punctuation get their conventional substitute (ß→ss, œ→oe, ’→', «»→', &→+, –→-), whitespace
 * becomes a space, anything else becomes '.'. Runs of spaces are collapsed and the result is trimmed.
 */
export function sepaText(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFD').replace(/\p{M}/gu, '')) {
    if (SEPA_CHAR.test(ch)) out += ch;
    else if (ch in SUBSTITUTIONS) out += SUBSTITUTIONS[ch];
    else if (/\s/u.test(ch)) out += ' ';
    else out += '.';
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** SEPA text truncated to `max` characters (after conversion, which may lengthen it: ß→ss). */
function sepaField(s: string, max: number): string {
  return sepaText(s).slice(0, max).trimEnd();
}

/** Integer cents → "1234.56", with integer arithmetic only. */
function formatCents(cents: bigint): string {
  const euros = cents / 100n;
  const rest = cents % 100n;
  return `${euros}.${rest.toString().padStart(2, '0')}`;
}

function fail(message: string): never {
  throw new Error(`SEPA pain.001: ${message}`);
}

function checkIdentifier(label: string, value: string): void {
  if (
    typeof value !== 'string' ||
    !SEPA_IDENTIFIER.test(value) ||
    value.startsWith('/') ||
    value.includes('//')
  ) {
    fail(
      `${label} must be 1 to 35 SEPA characters without spaces, not starting with '/' nor containing '//' (got ${JSON.stringify(value)})`,
    );
  }
}

function checkIban(label: string, iban: string): void {
  if (typeof iban !== 'string' || !/^[A-Z]{2}[0-9]{2}[A-Za-z0-9]{1,30}$/.test(iban) || !isValidIBAN(iban)) {
    fail(`${label} is not a valid IBAN in electronic format (got ${JSON.stringify(iban)})`);
  }
}

function checkBic(label: string, bic: string): void {
  if (typeof bic !== 'string' || !BIC.test(bic))
    fail(`${label} is not a valid BIC (got ${JSON.stringify(bic)})`);
}

function checkName(label: string, raw: string, max: number): string {
  const name = typeof raw === 'string' ? sepaField(raw, max) : '';
  if (!name) fail(`${label} is empty`);
  return name;
}

function creationDateTime(createdAt: string): string {
  const t = typeof createdAt === 'string' ? Date.parse(createdAt) : NaN;
  if (Number.isNaN(t)) fail(`createdAt is not an ISO instant (got ${JSON.stringify(createdAt)})`);
  return new Date(t).toISOString().slice(0, 19);
}

function checkExecutionDate(date: string): void {
  const m = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== date) {
    fail(`executionDate must be a calendar date YYYY-MM-DD (got ${JSON.stringify(date)})`);
  }
}

/** Builds the pain.001.001.03 document (UTF-8) for one batch: one PmtInf, one CdtTrfTxInf per transfer. */
export function buildPain001(batch: SepaBatch): string {
  checkIdentifier('messageId', batch.messageId);
  const creDtTm = creationDateTime(batch.createdAt);
  checkExecutionDate(batch.executionDate);
  const debtorName = checkName('debtor.name', batch.debtor?.name, 70);
  checkIban('debtor.iban', batch.debtor.iban);
  checkBic('debtor.bic', batch.debtor.bic);

  const transfers = batch.transfers;
  if (!Array.isArray(transfers) || transfers.length === 0) fail('a batch needs at least one transfer');

  const seen = new Set<string>();
  let total = 0n;
  const txs = transfers.map((t, i) => {
    const where = `transfers[${i}]`;
    if (typeof t.endToEndId !== 'string' || !END_TO_END_ID.test(t.endToEndId)) {
      fail(
        `${where}.endToEndId must be 1 to 35 characters [A-Za-z0-9-] (got ${JSON.stringify(t.endToEndId)})`,
      );
    }
    if (seen.has(t.endToEndId)) fail(`duplicate endToEndId ${JSON.stringify(t.endToEndId)}`);
    seen.add(t.endToEndId);
    if (!Number.isSafeInteger(t.amountCents) || t.amountCents <= 0) {
      fail(`${where}.amountCents must be a positive integer number of cents (got ${String(t.amountCents)})`);
    }
    if (t.amountCents > MAX_AMOUNT_CENTS)
      fail(`${where}.amountCents exceeds the SEPA maximum of 999999999.99 EUR`);
    const creditorName = checkName(`${where}.creditorName`, t.creditorName, 70);
    checkIban(`${where}.iban`, t.iban);
    if (t.bic !== null && t.bic !== undefined) checkBic(`${where}.bic`, t.bic);
    const remittance = typeof t.remittance === 'string' ? sepaField(t.remittance, 140) : '';
    const cents = BigInt(t.amountCents);
    total += cents;
    return { ...t, creditorName, remittance, amount: formatCents(cents) };
  });

  const nbOfTxs = String(txs.length);
  const ctrlSum = formatCents(total);
  const x = escapeXml;
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Document xmlns="${PAIN_001_NAMESPACE}">`,
    '  <CstmrCdtTrfInitn>',
    '    <GrpHdr>',
    `      <MsgId>${x(batch.messageId)}</MsgId>`,
    `      <CreDtTm>${creDtTm}</CreDtTm>`,
    `      <NbOfTxs>${nbOfTxs}</NbOfTxs>`,
    `      <CtrlSum>${ctrlSum}</CtrlSum>`,
    '      <InitgPty>',
    `        <Nm>${x(debtorName)}</Nm>`,
    '      </InitgPty>',
    '    </GrpHdr>',
    '    <PmtInf>',
    `      <PmtInfId>${x(batch.messageId)}</PmtInfId>`,
    '      <PmtMtd>TRF</PmtMtd>',
    '      <BtchBookg>true</BtchBookg>',
    `      <NbOfTxs>${nbOfTxs}</NbOfTxs>`,
    `      <CtrlSum>${ctrlSum}</CtrlSum>`,
    '      <PmtTpInf>',
    '        <SvcLvl>',
    '          <Cd>SEPA</Cd>',
    '        </SvcLvl>',
    '      </PmtTpInf>',
    `      <ReqdExctnDt>${batch.executionDate}</ReqdExctnDt>`,
    '      <Dbtr>',
    `        <Nm>${x(debtorName)}</Nm>`,
    '      </Dbtr>',
    '      <DbtrAcct>',
    '        <Id>',
    `          <IBAN>${batch.debtor.iban}</IBAN>`,
    '        </Id>',
    '      </DbtrAcct>',
    '      <DbtrAgt>',
    '        <FinInstnId>',
    `          <BIC>${batch.debtor.bic}</BIC>`,
    '        </FinInstnId>',
    '      </DbtrAgt>',
    '      <ChrgBr>SLEV</ChrgBr>',
  ];
  for (const t of txs) {
    lines.push(
      '      <CdtTrfTxInf>',
      '        <PmtId>',
      `          <EndToEndId>${t.endToEndId}</EndToEndId>`,
      '        </PmtId>',
      '        <Amt>',
      `          <InstdAmt Ccy="EUR">${t.amount}</InstdAmt>`,
      '        </Amt>',
    );
    if (t.bic) {
      lines.push(
        '        <CdtrAgt>',
        '          <FinInstnId>',
        `            <BIC>${t.bic}</BIC>`,
        '          </FinInstnId>',
        '        </CdtrAgt>',
      );
    }
    lines.push(
      '        <Cdtr>',
      `          <Nm>${x(t.creditorName)}</Nm>`,
      '        </Cdtr>',
      '        <CdtrAcct>',
      '          <Id>',
      `            <IBAN>${t.iban}</IBAN>`,
      '          </Id>',
      '        </CdtrAcct>',
    );
    if (t.remittance) {
      lines.push('        <RmtInf>', `          <Ustrd>${x(t.remittance)}</Ustrd>`, '        </RmtInf>');
    }
    lines.push('      </CdtTrfTxInf>');
  }
  lines.push('    </PmtInf>', '  </CstmrCdtTrfInitn>', '</Document>', '');
  return lines.join('\n');
}
