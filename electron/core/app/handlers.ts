import { ErrorCode } from '../../shared/errors.ts';
import { HighlightService } from '../annotations/highlight-service.ts';
import { CoreError } from '../core-error.ts';
import type { Handlers } from '../dispatch.ts';
import type { EventBus } from '../event-bus.ts';
import { exportArticle } from '../export/article-export.ts';
import { listBackups } from '../library/backups.ts';
import { defaultSettings } from '../../shared/default-settings.ts';
import type { CaptureRuntime } from './capture-runtime.ts';
import type { DeletionScheduler } from './deletion-scheduler.ts';
import { ImportService } from './import-service.ts';
import type { LibrarySession } from './library-session.ts';

function decodeBase64(data: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data.replace(/\s+/g, ''))) {
    throw new CoreError(ErrorCode.invalidInput, 'The file data could not be read (it is not valid base64).');
  }
  return Buffer.from(data, 'base64');
}

export interface HandlerServices {
  session: LibrarySession;
  events: EventBus;
  deletions: DeletionScheduler;
  capture: CaptureRuntime;
  undoWindowMs?: number;
}

/** Maps every contract method to the service that does the work. */
export function createHandlers({ session, events, deletions, capture, undoWindowMs }: HandlerServices): Handlers {
  const imports = () => new ImportService(session.require(), events);
  const changed = (ids: string[]) => events.emit('library.changed', { ids });
  const highlights = new HighlightService({ library: () => session.require(), changed, undoWindowMs });

  return {
    'library.status': () => session.currentState(),
    'library.listBackups': () => listBackups(session.dataDir),
    'library.restoreBackup': async ({ backupId }) => {
      const state = await session.restore(backupId);
      changed([]);
      return state;
    },

    'articles.list': ({ offset, limit, sort, filter, query }) => session.require().list({ offset, limit, sort, filter, query: query ?? '' }),
    'articles.get': ({ id }) => session.require().get(id),
    'articles.importFile': ({ name, dataBase64, sourcePath }) =>
      imports().importBytes(name, decodeBase64(dataBase64), { kind: 'file', value: sourcePath ?? name }),
    'articles.importPaths': ({ paths }) => imports().importPaths(paths),
    'articles.importText': ({ text, format, title }) => imports().importText(text, format, title),
    'articles.update': async ({ id, patch }) => {
      const summary = await session.require().update(id, patch);
      changed([id]);
      return summary;
    },
    'articles.delete': async ({ id }) => {
      const result = await deletions.delete(id);
      changed([id]);
      return result;
    },
    'articles.undoDelete': async ({ id }) => {
      const summary = await deletions.undo(id);
      changed([id]);
      return summary;
    },

    'articles.addUrls': async ({ urls, wholePage }) => (await capture.service()).addUrls(urls, { wholePage }),
    'pending.list': async () => (await capture.service()).listPending(),
    'pending.retry': async ({ id, wholePage }) => (await capture.service()).retry({ id, wholePage }),
    'pending.remove': async ({ id }) => (await capture.service()).remove(id),

    'progress.save': ({ id, fraction, anchor }) => session.require().saveProgress(id, fraction, anchor),
    'notes.save': async ({ id, note }) => {
      const result = await session.require().saveNote(id, note);
      changed([id]);
      return result;
    },

    // Settings stay readable while the library is damaged, so the error screen still wears the user's theme.
    'articles.export': async ({ id, format, withBody }) => {
      const library = session.require();
      const article = library.get(id);
      return exportArticle(article, await library.files.readBody(id), format, { highlights: await highlights.forArticle(id), withBody });
    },

    'highlights.list': ({ articleId }) => highlights.list(articleId),
    'highlights.create': (input) => highlights.create(input),
    'highlights.update': (input) => highlights.update(input),
    'highlights.delete': ({ id }) => highlights.delete(id),
    'highlights.undoDelete': ({ id }) => highlights.undoDelete(id),
    'notebook.list': (input) => highlights.notebook(input),

    'settings.get': () => session.current?.settings() ?? defaultSettings,
    'settings.update': (patch) => session.require().updateSettings(patch),
  };
}
