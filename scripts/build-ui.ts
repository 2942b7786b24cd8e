import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const uiDir = path.resolve(__dirname, '..', 'ui');

export interface BuildUiOptions {
  /** Minify the bundle (for production). Default: false. */
  minify?: boolean;
  /** Where to write the site. Default: ui/dist. */
  outDir?: string;
}

/**
 * Builds the web interface: bundles ui/src/main.ts into app.js (with its source map) and copies
 * index.html and the static files of ui/public (app.css, favicon) next to it. The API server serves the result,
 * answering index.html for every page address (the interface routes with the History API).
 */
export async function buildUi(opts: BuildUiOptions = {}): Promise<void> {
  const outDir = path.resolve(opts.outDir ?? path.join(uiDir, 'dist'));
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: [path.join(uiDir, 'src', 'main.ts')],
    outfile: path.join(outDir, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    // ui/tsconfig.json holds the decorator settings Lit's decorators need.
    tsconfig: path.join(uiDir, 'tsconfig.json'),
    sourcemap: true,
    minify: opts.minify ?? false,
    logLevel: 'warning',
  });
  await cp(path.join(uiDir, 'public'), outDir, { recursive: true });
  await writeIndexHtml(outDir);
}

/**
 * index.html with `?v=<content hash>` on the script and style sheet addresses, so that a browser
 * holding yesterday's app.js in its cache fetches the new one after a deployment.
 */
async function writeIndexHtml(outDir: string): Promise<void> {
  let html = await readFile(path.join(uiDir, 'index.html'), 'utf8');
  for (const asset of ['app.js', 'app.css']) {
    const hash = createHash('sha256')
      .update(await readFile(path.join(outDir, asset)))
      .digest('hex')
      .slice(0, 12);
    html = html.replaceAll(`"/${asset}"`, `"/${asset}?v=${hash}"`);
  }
  await writeFile(path.join(outDir, 'index.html'), html);
}

if (require.main === module) {
  const minify = process.argv.includes('--minify') || process.env.NODE_ENV === 'production';
  buildUi({ minify }).then(
    () =>
      console.log(
        `Interface construite dans ${path.relative(process.cwd(), path.join(uiDir, 'dist')) || '.'}`,
      ),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
