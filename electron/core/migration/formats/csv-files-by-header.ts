/**
 * Finding a format's CSV files by their header. A CSV export may arrive as the file itself or inside a zip
 * next to other files (Readwise's two CSVs, a backup with a README), so readers look at every CSV header
 * rather than at file names, which people rename.
 */
import type { BundleFile, ImportBundle } from '../sources/import-bundle.ts';
import { csvColumns } from '../sources/csv-rows.ts';

/** A CSV file of the bundle with its header's column keys. */
interface HeaderedCsv {
  file: BundleFile;
  columns: string[];
}

/** The bundle's CSV files whose header passes the test, in bundle order; a single file is tried whatever its name. */
export async function csvFilesByHeader(bundle: ImportBundle, test: (columns: readonly string[]) => boolean): Promise<HeaderedCsv[]> {
  // In a zip only *.csv entries are opened: a zip may hold hundreds of HTML or image files.
  const candidates = bundle.isZip ? bundle.files.filter((file) => /\.csv$/i.test(file.path) && !file.path.startsWith('__MACOSX/')) : bundle.files;
  const matches: HeaderedCsv[] = [];
  for (const file of candidates) {
    const columns = await csvColumns(file);
    if (columns && test(columns)) matches.push({ file, columns });
  }
  return matches;
}

/** True when a CSV file of the bundle has a header that passes the test (a reader's detect). */
export async function hasCsvWithHeader(bundle: ImportBundle, test: (columns: readonly string[]) => boolean): Promise<boolean> {
  return (await csvFilesByHeader(bundle, test)).length > 0;
}
