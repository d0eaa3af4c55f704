export function fileFor(root: string, urlPath: string): string | undefined;
export function serveStatic(root: string, port?: number): Promise<{ url: string; close: () => Promise<void> }>;
