// Types for check-chromium.mjs (used by the TypeScript e2e harness and Playwright config).
export function findChromium(env?: Record<string, string | undefined>): string | null;
export function howToGetChromium(env?: Record<string, string | undefined>): string;
