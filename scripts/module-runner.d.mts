/** The modules the runner loads are the app's own: typed where they are used. */
export function withModuleRunner<T>(use: (load: (path: string) => Promise<Record<string, unknown>>) => Promise<T>): Promise<T>;
