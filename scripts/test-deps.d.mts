export type TestDep = { pkg: string; file: string; env?: string; why: string };
export const TEST_DEPS: readonly TestDep[];
export function fileOf(dep: TestDep, env?: Record<string, string | undefined>, arch?: string): string;
export function missing(exists: (file: string) => boolean, env?: Record<string, string | undefined>, deps?: readonly TestDep[], arch?: string): string[];
export function installSteps(
  packages: readonly string[],
  machine: { isRoot: boolean; canSudo: boolean; hasAptGet: boolean },
): { commands: string[][]; message?: undefined } | { message: string; commands?: undefined };
