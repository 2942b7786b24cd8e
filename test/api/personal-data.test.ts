import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { testSystem, type TestSystem } from '../support/system';
import { ApiClient, eventually } from '../support/api-client';
import { formatNiss } from '../../common/niss';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { hashPassword } from '../../common/node/passwords';
import { newProvider } from '../support/fixtures';

/**
 * The national register number must never be found in clear outside the encrypted column: not
 * in the Temporal histories, not in the API logs, not anywhere in the database. Each search is
 * first shown to work by finding a marker planted where it looks.
 */
describe('personal data: no NISS in clear in Temporal histories, logs or the database', () => {
  let sys: TestSystem;
  const NISS = '85073003328'; // Muriel Rousseau (demo seed)
  // A password account converted to the strong login during the test gives its NISS in the form.
  const CONVERTED = (() => {
    const base = `6907${String(10 + Math.floor(Math.random() * 18))}${String(100 + Math.floor(Math.random() * 899))}`;
    return base + String(97 - (Number(base) % 97)).padStart(2, '0');
  })();
  const FORMS = [NISS, formatNiss(NISS), CONVERTED, formatNiss(CONVERTED)];
  const marker = `marqueur-${randomUUID()}`;

  before(async () => {
    sys = await testSystem();
  });

  async function as(userId: string): Promise<ApiClient> {
    const client = new ApiClient(sys.baseUrl);
    await client.login(userId);
    return client;
  }

  /** Every workflow history of the test namespace, as text, payloads decoded. */
  async function allHistories(): Promise<string> {
    const client = sys.env.client;
    const texts: string[] = [];
    for await (const execution of client.workflow.list()) {
      const history = await client.workflow.getHandle(execution.workflowId, execution.runId).fetchHistory();
      texts.push(asText(history));
    }
    return texts.join('\n');
  }

  /**
   * A history as text, every payload's bytes decoded (protobuf messages turn bytes into base64 in
   * `toJSON`, which would hide a clear value from a plain search).
   */
  function asText(value: unknown, out: string[] = []): string {
    if (value instanceof Uint8Array) out.push(Buffer.from(value).toString('utf8'));
    else if (Array.isArray(value)) for (const v of value) asText(v, out);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        out.push(k);
        asText(v, out);
      }
    } else if (value !== null && value !== undefined) out.push(String(value));
    return out.join(' ');
  }

  /** Every row of every table of the public schema, as JSON text. */
  async function databaseDump(): Promise<string> {
    const tables = (await sys.db.raw(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    )) as { rows: Array<{ tableName?: string; table_name?: string }> };
    const parts: string[] = [];
    for (const t of tables.rows) {
      const name = String(t.tableName ?? t.table_name);
      const rows = (await sys.db.raw(`select row_to_json(t)::text as line from ?? t`, [name])) as {
        rows: Array<{ line: string }>;
      };
      parts.push(`-- ${name}\n${rows.rows.map((r) => r.line).join('\n')}`);
    }
    return parts.join('\n');
  }

  it('handles a NISS through the API, then finds it nowhere in clear', async () => {
    // The system handles the number: the provider and a référent accueil read it in clear.
    const provider = await as('u-rousseau');
    const own = await provider.get('/api/providers/p-rousseau/identification');
    expect(own.status, JSON.stringify(own.body)).to.equal(200);
    expect(own.body.niss.value).to.equal(formatNiss(NISS));
    expect(own.headers.get('cache-control')).to.equal('no-store');
    const referent = await as('u-accueil');
    expect((await referent.get('/api/providers/p-rousseau/identification')).body.niss.value).to.equal(
      formatNiss(NISS),
    );
    // A body carrying a NISS that the API refuses must not be logged either.
    await provider.request('PATCH', '/api/providers/p-rousseau/identification', { niss: NISS });

    // « Convertir mon utilisateur »: a password account gives its NISS to move to the strong login.
    const account = await newProvider(sys.db);
    const email = `${account.userId}@exemple.be`;
    await sys
      .db('users')
      .where({ id: account.userId })
      .update({
        email,
        loginMethod: 'password',
        passwordHash: await hashPassword('Mot-de-passe-2026'),
        nissFingerprint: createPersonalDataCipher(sys.config.personalDataKey).fingerprint(CONVERTED),
      });
    const converting = new ApiClient(sys.baseUrl);
    const login = await converting.loginWithPassword(email, 'Mot-de-passe-2026');
    expect(login.status, JSON.stringify(login.body)).to.equal(200);
    const converted = await converting.post('/api/me/conversion', {
      firstName: 'Alex',
      lastName: 'Protégé',
      email,
      niss: formatNiss(CONVERTED),
      consent: true,
    });
    expect(converted.status, JSON.stringify(converted.body)).to.equal(200);

    // Markers where each search looks: a workflow payload, a logged path, a database row.
    const reporter = await as('u-renard');
    const report = await reporter.post('/api/cessation-risk-reports', {
      period: 'medium_term',
      reason: 'other',
      reasonOther: marker,
    });
    expect(report.status, JSON.stringify(report.body)).to.be.oneOf([200, 201, 409]);
    await provider.get(`/api/providers/${marker}/identification`);

    const histories = await eventually(
      async () => {
        const text = await allHistories();
        return text.includes(marker) || report.status === 409 ? text : undefined;
      },
      20_000,
      'the marker in a workflow history',
    );
    const logs = sys.logs();
    const dump = await databaseDump();

    if (report.status !== 409) expect(histories, 'the history search finds the marker').to.contain(marker);
    expect(logs, 'the log search finds the marker').to.contain(marker);
    expect(dump, 'the database dump holds the denied attempt with the marker').to.contain(marker);
    const encrypted = (await sys.db('providers').where({ id: 'p-rousseau' }).first()).nissEncrypted as string;
    expect(dump, 'the database dump holds the encrypted column').to.contain(encrypted);

    for (const form of FORMS) {
      expect(histories.includes(form), `NISS ${form} in a Temporal history`).to.equal(false);
      expect(logs.includes(form), `NISS ${form} in the API logs`).to.equal(false);
      expect(dump.includes(form), `NISS ${form} in the database`).to.equal(false);
    }
  });

  it('never lets the UI use browser storage', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const root = path.join(__dirname, '..', '..', 'ui', 'src');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.ts$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
          if (/\b(localStorage|sessionStorage|indexedDB)\b/.test(fs.readFileSync(full, 'utf8')))
            offenders.push(full);
        }
      }
    };
    walk(root);
    expect(offenders).to.deep.equal([]);
  });
});
