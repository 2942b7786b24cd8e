/**
 * `npm run build:workflows`: bundles the workflow code once into `dist/workflow-bundle.js`, so a
 * production worker (WORKFLOW_BUNDLE_PATH) starts without bundling: about 0.6 s from create to
 * first poll instead of 3 s (docs/BENCHMARKS.md, item 4). The image builds it; a development
 * worker bundles the current code itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflows } from '../worker/create-worker';

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'dist', 'workflow-bundle.js'));
  const bundle = await bundleWorkflows();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bundle.code);
  console.log(
    `Workflows bundled into ${path.relative(process.cwd(), out)} (${Math.round(bundle.code.length / 1024)} kB)`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
