/** `npm run migrate`: applies pending migrations (and the demo data with SEED_DEMO=true). */
import { createPersonalDataCipher } from '../common/node/personal-data';
import { loadConfig } from '../common/node/config';
import { createDb, migrateLatest } from './index';
import { seedDemo } from './seeds/demo';

async function main() {
  const config = loadConfig();
  if (!config.database.url) throw new Error('DATABASE_URL is required');
  const db = createDb(config.database.url);
  try {
    const applied = await migrateLatest(db);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Schema up to date');
    if (process.env.SEED_DEMO === 'true')
      await seedDemo(db, createPersonalDataCipher(config.personalDataKey));
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
