export const USAGE = `lectern — your Lectern library from the command line

Usage:
  lectern add URL|FILE... | - [--whole-page]
                                     save web pages (http/https links) and add .html, .md or .txt files
                                     (or standard input); prints the new ids. A link that cannot be saved
                                     is kept as pending; --whole-page keeps pages that have no article
  lectern pending                    links waiting to be saved: why the last try failed, when the next is
  lectern retry [ID] [--whole-page]  try one pending link (or all) again now
  lectern extract [--url URL] [--format json|markdown|html] FILE... | -
                                     print what Lectern would keep from saved web pages, without adding
                                     them (several files: one JSON object per line); --url resolves
                                     relative links and images
  lectern list [--filter F] [--sort S] [--query Q]
                                     list articles (F: all, unread, in-progress, finished, archived, favorites;
                                     S: saved, title, progress, length)
  lectern export ID... | --all [--format markdown|json|annotations] [--with-body] [--out DIR]
                                     export articles; with --out, one file per article.
                                     markdown: front matter, your notes and highlights (--with-body adds
                                     the article text); json: everything; annotations: the highlights as
                                     W3C Web Annotations (JSON-LD)
  lectern highlights ID [--json]     an article's highlights in reading order: color, quote, note, tags
  lectern backups                    list database backups
  lectern restore BACKUP | --latest  restore a backup (the current files are kept aside)
  lectern help                       show this help

Options:
  --json             machine-readable output (add, list, highlights, backups, pending, retry)
  --data-dir DIR     the library folder (default: $LECTERN_DATA_DIR, else the app's own library)

Exit codes: 0 ok, 1 something went wrong (message on stderr), 2 wrong usage.`;
