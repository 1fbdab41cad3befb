/** Sizes as people read them: "812 bytes", "14 KB", "1.5 MB", "61 MB". */

const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

/** One decimal where it tells something ("1.5 MB"), none where it is zero ("50 MB"). */
function withUnit(value: number, unit: string): string {
  return `${value.toFixed(1).replace(/\.0$/, '')} ${unit}`;
}

/** A byte count in the largest unit under which it stays at least 1 (binary units, as file managers show them). */
export function formatByteSize(bytes: number): string {
  if (bytes < KB) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  if (bytes < MB) return `${Math.min(1023, Math.round(bytes / KB))} KB`;
  if (bytes < GB) return withUnit(bytes / MB, 'MB');
  return withUnit(bytes / GB, 'GB');
}
