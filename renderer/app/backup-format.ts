import type { BackupInfo } from '../../electron/shared/models.ts';

/** When a backup was made, as the restore screen says it (its size is shared/byte-size's). */
export function formatBackupDate(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Backups as the restore screen offers them: whole ones first, newest first within each group. */
export function backupsForRestore(backups: readonly BackupInfo[]): BackupInfo[] {
  return backups.toSorted((a, b) => Number(b.usable) - Number(a.usable) || b.createdAt.localeCompare(a.createdAt));
}
