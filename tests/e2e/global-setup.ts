import { rmSync } from 'node:fs';
import { copyBuild } from '../../scripts/serve-fixtures.mjs';

// The tests load a private copy of the e2e build (see copyBuild): the working tree is shared, and a rebuild of
// .output while the suite runs would otherwise pull files from under Chromium. Workers inherit E2E_EXTENSION_DIR.
export default async function globalSetup(): Promise<() => void> {
  const copy = await copyBuild();
  process.env.E2E_EXTENSION_DIR = copy;
  return () => rmSync(copy, { recursive: true, force: true });
}
