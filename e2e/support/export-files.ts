/**
 * Other apps' exports, written the way those apps write them, for the moving-in journeys: a Wallabag JSON
 * export (articles with their text and highlights), a browser's bookmarks file (links only) and Pocket's zip
 * (links, with highlights that wait for the text).
 */
import yazl from 'yazl';

interface WallabagEntry {
  title: string;
  url: string;
  tags?: string[];
  quotes?: { quote: string; note?: string }[];
}

/** A Wallabag JSON export: snake_case keys, the article's HTML in `content`, dates with a +0200 offset. */
export function wallabagExport(entries: WallabagEntry[]): string {
  return JSON.stringify(
    entries.map((entry, i) => ({
      is_archived: 0,
      is_starred: i === 0,
      tags: entry.tags ?? [],
      is_public: false,
      id: 1000 + i,
      title: entry.title,
      url: entry.url,
      given_url: entry.url,
      content: `<h1>${entry.title}</h1><p>${entry.title} begins on a quiet morning by the water.</p><p>Reading slowly is a way of paying attention; it rewards patience, and the harbour rewards it most.</p><p>Entry ${i + 1} of the export ends here.</p>`,
      created_at: `2024-0${1 + (i % 9)}-1${i % 10}T09:30:00+0200`,
      updated_at: '2024-10-01T09:30:00+0200',
      published_at: null,
      published_by: [],
      annotations: (entry.quotes ?? []).map((q, n) => ({ id: n + 1, quote: q.quote, text: q.note ?? '', ranges: [], created_at: '2024-10-02T10:00:00+0200' })),
      mimetype: 'text/html',
      language: 'en',
      reading_time: 1,
      domain_name: new URL(entry.url).hostname,
      preview_picture: null,
      http_status: '200',
      headers: null,
    })),
    null,
    2,
  );
}

/** A long Wallabag export of generated articles, for watching an import make progress. */
export function manyWallabagEntries(count: number, host: string): WallabagEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    title: `Harbour notes, part ${i + 1}`,
    url: `https://${host}/harbour/${i + 1}`,
    tags: i % 3 === 0 ? ['harbour', 'essays'] : ['harbour'],
    quotes: i % 5 === 0 ? [{ quote: 'Reading slowly is a way of paying attention', note: 'Keep this.' }] : [],
  }));
}

/** A browser's bookmarks file: the Netscape doctype, folders as <H3>, one <A> per link. */
export function bookmarksHtml(folder: string, links: { url: string; title: string }[]): string {
  const items = links.map((link) => `        <DT><A HREF="${link.url}" ADD_DATE="1700000000">${link.title}</A>`).join('\n');
  return `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<!-- This is an automatically generated file. -->
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks</H1>
<DL><p>
    <DT><H3 ADD_DATE="1700000000">${folder}</H3>
    <DL><p>
${items}
    </DL><p>
</DL><p>
`;
}

/** Pocket's 2024–25 export: `part_000000.csv` of saves and `annotations/part_000000.json` of their highlights. */
export async function pocketZip(saves: { url: string; title: string; quotes?: string[] }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const rows = saves.map((save) => `"${save.title.replace(/"/g, '""')}",${save.url},1700000000,reading,unread`);
  zip.addBuffer(Buffer.from(['title,url,time_added,tags,status', ...rows].join('\n') + '\n'), 'part_000000.csv');
  const annotations = saves
    .filter((save) => save.quotes?.length)
    .map((save) => ({ url: save.url, title: save.title, highlights: save.quotes!.map((quote) => ({ quote, created_at: 1700000100 })) }));
  zip.addBuffer(Buffer.from(JSON.stringify(annotations)), 'annotations/part_000000.json');
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
