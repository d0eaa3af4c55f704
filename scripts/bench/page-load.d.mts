import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Request } from './requests.mjs';

export const PHONE: { width: number; height: number };
export const COLD_NETWORK: { offline: boolean; latency: number; downloadThroughput: number; uploadThroughput: number };
export const CHROMIUM: string;
export const FLAGS: string[];
export const QUORUM_USABLE: string;
export type Phone = {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  sent: { url: string; at: number; worker: boolean }[];
  throttleCpu: () => Promise<unknown>;
  emulateNetwork: (conditions?: typeof COLD_NETWORK) => Promise<void>;
  close: () => Promise<void>;
};
export function launchPhone(options?: { locale?: string; selector?: string; serviceWorkers?: 'allow' | 'block' }): Promise<Phone>;
export function usableMark(page: Page, timeout?: number): Promise<{ usable: number; origin: number; fcp: number | undefined }>;
export function coldLoad(
  url: string,
  options?: { locale?: string; selector?: string },
): Promise<{
  usable: number;
  fcp: number | undefined;
  requests: Request[];
  rounds: number;
  jsFiles: number;
  jsBytes: number;
  browserOwn: string[];
  unlisted: string[];
  foreign: string[];
}>;
export function waitForWorker(page: Page): Promise<void>;
export function warmLoads(
  url: string,
  options: { locale?: string; selector?: string; runs: number },
): Promise<{ usable: number[]; fcp: (number | undefined)[] }>;
