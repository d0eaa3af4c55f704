/*
 * A folder the user picked (File System Access API, Chromium on computers) as a SiteFolder:
 * files read and written at paths relative to it, sub-folders made as needed. Each file is
 * written whole through a writable stream, which the browser swaps in only once closed.
 */
import type { SiteFolder } from './publish-folder.ts';

export function directoryFolder(root: FileSystemDirectoryHandle): SiteFolder {
  const parent = async (path: string, create: boolean) => {
    const parts = path.split('/');
    let dir = root;
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create });
    return { dir, name: parts.at(-1)! };
  };
  return {
    async read(path) {
      try {
        const { dir, name } = await parent(path, false);
        return await (await (await dir.getFileHandle(name)).getFile()).text();
      } catch (error) {
        if ((error as { name?: unknown } | null)?.name === 'NotFoundError') return undefined;
        throw error;
      }
    },
    async has(path) {
      try {
        const { dir, name } = await parent(path, false);
        await dir.getFileHandle(name);
        return true;
      } catch (error) {
        if ((error as { name?: unknown } | null)?.name === 'NotFoundError') return false;
        throw error;
      }
    },
    async write(path, bytes) {
      const { dir, name } = await parent(path, true);
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
      try {
        await writable.write(bytes as Uint8Array<ArrayBuffer>);
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => undefined);
        throw error;
      }
    },
  };
}
