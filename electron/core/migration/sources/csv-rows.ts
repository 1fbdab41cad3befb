/**
 * CSV exports read as a stream of rows keyed by header name. Every service's export changed its columns
 * over the years (Pocket with and without `cursor`, Instapaper's 4 and 6 columns), so readers look
 * columns up by name, case-insensitively, never by position.
 */
import { parse, CsvError } from 'csv-parse';
import type { BundleFile } from './import-bundle.ts';
import { ImportFormatError } from './import-format-error.ts';
import { firstLine, textChunks } from './text-stream.ts';

export interface CsvRow {
  /** The line the row starts on, counting the header as line 1. */
  line: number;
  /** Values by lower-cased, trimmed header name; a missing cell is ''. */
  values: Record<string, string>;
}

/** Lower-cased, trimmed column name: how readers name columns. */
function columnKey(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase();
}

/** A CSV header split into column keys (quotes honoured), with its delimiter: ';' when it has more of them than ','. */
export function parseHeader(line: string): { columns: string[]; delimiter: ',' | ';' } {
  const delimiter = (line.match(/;/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0) ? ';' : ',';
  const columns: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      columns.push(columnKey(cell));
      cell = '';
    } else cell += char;
  }
  columns.push(columnKey(cell));
  return { columns, delimiter };
}

/** The file's header as column keys, or null when it does not look like a CSV header. */
export async function csvColumns(file: BundleFile): Promise<string[] | null> {
  const line = await firstLine(file);
  if (!line || line.startsWith('<') || line.startsWith('{') || line.startsWith('[')) return null;
  const { columns } = parseHeader(line);
  return columns.length >= 2 ? columns : null;
}

/** True when the header has every one of these columns. */
export function hasColumns(columns: readonly string[] | null, required: readonly string[]): boolean {
  return columns !== null && required.every((name) => columns.includes(name));
}

/**
 * Every data row of the file, streamed. Quotes inside unquoted cells are tolerated (real exports have
 * them); a quote left open, or a file that is not CSV, ends in an ImportFormatError naming the line.
 */
export async function* csvRows(file: BundleFile, bundleName: string): AsyncIterable<CsvRow> {
  const header = parseHeader(await firstLine(file));
  const parser = parse({
    columns: (names: string[]) => names.map(columnKey),
    delimiter: header.delimiter,
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  });
  const feed = (async () => {
    try {
      for await (const chunk of textChunks(file)) {
        if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  const where = file.path === bundleName ? bundleName : `${bundleName}: ${file.path}`;
  let previousEnd = 1; // the header
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string | undefined>; info: { lines: number } }>) {
      const values: Record<string, string> = {};
      for (const key of header.columns) values[key] = record[key] ?? '';
      // info.lines is the line the record ends on (a quoted line break makes it later than its start),
      // so a row starts on the line after the previous one ended.
      yield { line: previousEnd + 1, values };
      previousEnd = info.lines;
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new ImportFormatError(`${where} could not be read as CSV${line ? ` at line ${line}` : ''}: ${readableCsvError(error)}`);
    }
    throw error;
  } finally {
    await feed;
  }
}

function readableCsvError(error: CsvError): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted value is never closed. Check that the file is complete.';
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE') return 'a quote is closed in the middle of a value.';
  return error.message.replace(/^Invalid \w+:\s*/, '');
}
