import { defaultSettings } from '../../shared/default-settings.ts';
import type { Handlers } from '../dispatch.ts';
import { listBackups } from '../library/backups.ts';
import type { LibrarySession } from './library-session.ts';

/**
 * Maps every contract method to the part of the open library that does the work, one line each.
 * The services tell front ends what changed themselves (library.changed, progress.changed, …).
 */
export function createHandlers(session: LibrarySession): Handlers {
  const open = () => session.require();
  return {
    'library.status': () => session.currentState(),
    'library.listBackups': () => listBackups(session.dataDir),
    'library.restoreBackup': ({ backupId }) => session.restore(backupId),
    'library.takeOver': () => session.takeOver(),
    'library.rebuild': ({ dryRun }) => session.rebuild(dryRun ?? false),

    'articles.list': ({ offset, limit, sort, filter, query, typing }) => open().search.list({ offset, limit, sort, filter, query: query ?? '', typing: typing ?? true }),
    'articles.get': ({ id }) => open().library.get(id),
    'articles.importFile': ({ name, dataBase64, sourcePath }) => open().imports.importFile(name, dataBase64, sourcePath),
    'articles.importPaths': ({ paths }) => open().imports.importPaths(paths),
    'articles.importText': ({ text, format, title }) => open().imports.importText(text, format, title),
    'articles.update': ({ id, patch }) => open().library.update(id, patch),
    'articles.delete': ({ id }) => open().deletions.delete(id),
    'articles.undoDelete': ({ id }) => open().deletions.undo(id),
    'articles.export': ({ id, format, withBody }) => open().exportArticle(id, format, withBody),

    'articles.addUrls': ({ urls, wholePage }) => open().captures.addUrls(urls, { wholePage }),
    'pending.list': () => open().captures.listPending(),
    'pending.retry': ({ id, wholePage }) => open().captures.retry({ id, wholePage }),
    'pending.remove': ({ id }) => open().captures.remove(id),

    'progress.save': ({ id, fraction, anchor }) => open().library.saveProgress(id, fraction, anchor),
    'notes.save': ({ id, note }) => open().library.saveNote(id, note),

    'highlights.list': ({ articleId }) => open().highlights.list(articleId),
    'highlights.create': (input) => open().highlights.create(input),
    'highlights.update': (input) => open().highlights.update(input),
    'highlights.delete': ({ id }) => open().highlights.delete(id),
    'highlights.undoDelete': ({ id }) => open().highlights.undoDelete(id),
    'notebook.list': (input) => open().highlights.notebook(input),

    'tags.list': () => open().tags.list(),
    'tags.rename': ({ from, to }) => open().tags.rename(from, to),
    'tags.merge': ({ from, into }) => open().tags.merge(from, into),
    'tags.delete': ({ name }) => open().tags.delete(name),
    'tags.undoDelete': ({ name }) => open().tags.undoDelete(name),
    'tags.setColor': ({ name, color }) => open().tags.setColor(name, color),
    'articles.tag': ({ ids, tags }) => open().tags.tagArticles(ids, tags),
    'articles.untag': ({ ids, tags }) => open().tags.untagArticles(ids, tags),
    'articles.updateMany': ({ ids, patch }) => open().library.updateMany(ids, patch),
    'articles.deleteMany': ({ ids }) => open().deletions.deleteMany(ids),
    'articles.undoDeleteMany': ({ ids }) => open().deletions.undoMany(ids),

    'savedSearches.list': () => open().savedSearches.list(),
    'savedSearches.save': ({ name, query }) => open().savedSearches.save(name, query),
    'savedSearches.update': ({ id, name, query }) => open().savedSearches.update(id, { name, query }),
    'savedSearches.reorder': ({ ids }) => open().savedSearches.reorder(ids),
    'savedSearches.delete': ({ id }) => open().savedSearches.delete(id),

    'search.status': () => open().search.status(),
    'articles.matchingIds': ({ filter, query }) => open().search.matchingIds({ filter, query: query ?? '' }),

    'migration.preview': ({ name, dataBase64 }) => open().migration.previewUpload(name, dataBase64),
    'migration.previewPath': ({ path, show }) => open().migration.previewPath(path, { show: show ?? false }),
    'migration.run': ({ importId, fetch }) => open().migration.run(importId, { fetch: fetch ?? true }),
    'migration.discard': ({ importId }) => open().migration.discard(importId),
    'migration.undo': ({ importId }) => open().migration.undo(importId),
    'migration.lastReport': () => open().migration.lastReport(),
    'migration.reportFile': ({ importId }) => open().migration.reportFile(importId),

    'downloads.status': () => open().downloads.status(),
    'downloads.pause': () => open().downloads.pause(),
    'downloads.resume': () => open().downloads.resume(),
    'downloads.retry': ({ ids }) => open().downloads.retry(ids),
    'downloads.runUntilIdle': async () => {
      await open().downloads.queueHeld();
      return open().downloads.runUntilIdle();
    },

    'library.exportArchive': () => open().archive.exportForWindow(),
    'library.exportArchiveTo': ({ path }) => open().archive.exportTo(path),

    'connection.status': () => open().connection.status(),
    'connection.enable': () => open().connection.enable(),
    'connection.disable': () => open().connection.disable(),
    'pairing.accept': ({ requestId }) => open().connection.accept(requestId),
    'pairing.deny': ({ requestId }) => open().connection.deny(requestId),
    'browsers.list': () => open().connection.listBrowsers(),
    'browsers.revoke': ({ id }) => open().connection.revoke(id),
    'articles.addFromSaveLink': ({ link }) => open().connection.saveFromLink(link),

    // Settings stay readable while the library is damaged, so the error screen still wears the user's theme.
    'settings.get': () => session.current?.library.settings() ?? defaultSettings,
    'settings.update': (patch) => open().library.updateSettings(patch),
  };
}
