import { loadConfig } from '../common/node/config';
import { ensureTemporalCli } from './temporal-cli';

// `npm run provision`: fetch or build the Temporal CLI ahead of the first `npm start`.
async function main(): Promise<void> {
  const config = loadConfig();
  const cliPath = await ensureTemporalCli({
    cacheDir: config.cacheDir,
    explicitPath: config.temporal.cliPath,
  });
  console.log(cliPath);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
