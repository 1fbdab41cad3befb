import { defaultSettings } from '../../shared/default-settings.ts';
import type { Handlers } from '../dispatch.ts';
import { listBackups } from '../library/backups.ts';
import type { LibrarySession } from './library-session.ts';
import { CoreError } from '../core-error.ts';
import { ErrorCode } from '../../shared/errors.ts';

// TEMPORARY (issue 8 in progress): removed when the last stub above is replaced.
function notBuilt(method: string): never {
  throw new CoreError(ErrorCode.internal, `${method} is not built yet.`);
}

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

    'articles.list': ({ offset, limit, sort, filter, query }) => open().library.list({ offset, limit, sort: sort === 'relevance' ? 'saved' : sort, filter, query: query ?? '' }),
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

    // TEMPORARY while issue 8 is being built: each engineer replaces these with the one-line mapping.
    'tags.list': () => notBuilt('tags.list'),
    'tags.rename': () => notBuilt('tags.rename'),
    'tags.merge': () => notBuilt('tags.merge'),
    'tags.delete': () => notBuilt('tags.delete'),
    'tags.undoDelete': () => notBuilt('tags.undoDelete'),
    'tags.setColor': () => notBuilt('tags.setColor'),
    'articles.tag': () => notBuilt('articles.tag'),
    'articles.untag': () => notBuilt('articles.untag'),
    'articles.updateMany': () => notBuilt('articles.updateMany'),
    'articles.deleteMany': () => notBuilt('articles.deleteMany'),
    'articles.undoDeleteMany': () => notBuilt('articles.undoDeleteMany'),
    'search.status': () => notBuilt('search.status'),
    'articles.matchingIds': () => notBuilt('articles.matchingIds'),
    'savedSearches.list': () => notBuilt('savedSearches.list'),
    'savedSearches.save': () => notBuilt('savedSearches.save'),
    'savedSearches.update': () => notBuilt('savedSearches.update'),
    'savedSearches.reorder': () => notBuilt('savedSearches.reorder'),
    'savedSearches.delete': () => notBuilt('savedSearches.delete'),

    // Settings stay readable while the library is damaged, so the error screen still wears the user's theme.
    'settings.get': () => session.current?.library.settings() ?? defaultSettings,
    'settings.update': (patch) => open().library.updateSettings(patch),
  };
}
