// Types for serve-fixtures.mjs, so the TypeScript e2e harness can share it with the plain-JS demo script.
import type { BrowserContext, BrowserType, Page } from '@playwright/test';

export const ROOT: string;
export const E2E_BUILD_DIR: string;

export interface StaticServer {
  origin: string;
  url(pathname: string): string;
  close(): Promise<void>;
}
export function startStaticServer(dir: string): Promise<StaticServer>;

export function copyBuild(dir?: string, waitMs?: number): Promise<string>;

export function chromiumArgs(extensionDir: string, lang?: string): string[];

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  downloadsDir: string;
  close(): Promise<void>;
}
export function launchWithExtension(options: {
  chromium: BrowserType;
  executablePath?: string;
  extensionDir?: string;
  profileDir?: string;
  lang?: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
}): Promise<LaunchedExtension>;

export function extensionIdOf(context: BrowserContext): Promise<string>;
export function tabIdOf(context: BrowserContext, extensionId: string, pageUrl: string): Promise<number>;
export function openPopupFor(context: BrowserContext, extensionId: string, tabId: number): Promise<Page>;
