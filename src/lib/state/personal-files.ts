/*
 * The personal backup as the interface runs it (plan-files/personal.ts, loaded on first use):
 * save every mark and note to a file (share sheet or download), read a file and preview it
 * (writes nothing), restore it in one transaction.
 */
import { db } from '../db/db.ts';
import { handOffJson, type HandOffResult } from '../plan-files/hand-off.ts';
import type { PersonalFile, PersonalPreview } from '../plan-files/personal.ts';
import type { FileProblem } from '../plan-files/problems.ts';

let personalModule: Promise<typeof import('../plan-files/personal.ts')> | undefined;

/** Starts loading the module, so a later tap finds it ready (sharing needs a fresh tap). */
export function loadPersonal() {
  personalModule ??= import('../plan-files/personal.ts');
  return personalModule;
}

export type PersonalExport = { result: HandOffResult | 'empty'; fileName: string };

export async function exportPersonalFile(now = new Date()): Promise<PersonalExport> {
  const out = await (await loadPersonal()).exportPersonal(db, now);
  if (!out.marks && !out.notes) return { result: 'empty', fileName: out.fileName };
  return { result: await handOffJson(out.text, out.fileName), fileName: out.fileName };
}

export type OpenedPersonal = { ok: true; file: PersonalFile; preview: PersonalPreview } | { ok: false; problems: FileProblem[] };

export async function openPersonalFile(blob: Blob): Promise<OpenedPersonal> {
  const personal = await loadPersonal();
  const read = await personal.readPersonalFile(blob);
  return read.ok ? { ok: true, file: read.file, preview: await personal.previewPersonal(db, read.file) } : read;
}

export async function restorePersonalFile(file: PersonalFile): Promise<{ marks: number; notes: number }> {
  return (await loadPersonal()).restorePersonal(db, file);
}
