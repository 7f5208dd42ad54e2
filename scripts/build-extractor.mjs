// Bundles lib/extract for a browser page as one IIFE string that defines `globalThis.LeadExtract`
// ({ extractPage, toContractLead }). Uses the esbuild that vite/wxt already ship, in memory, no files written.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildExtractor() {
  const out = await build({
    entryPoints: [path.join(root, 'lib/extract/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'LeadExtract',
    platform: 'browser',
    target: 'chrome110',
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  // Indirect eval inside page.evaluate does not always leave a top-level var on the page's global: assign it.
  return `${out.outputFiles[0].text};globalThis.LeadExtract = LeadExtract;`;
}
