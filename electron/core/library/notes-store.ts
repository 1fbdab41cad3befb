/** annotations.json: the reader's own note on each article (Markdown), written before a save resolves. */
import { DATA_FILES } from './data-files.ts';
import { JsonDocument } from './json-document.ts';
import type { AnnotationsFile } from './schema.ts';

export type NoteRecord = AnnotationsFile['notes'][string];

export class NotesStore {
  readonly #doc: JsonDocument<AnnotationsFile>;

  constructor(dataDir: string) {
    this.#doc = new JsonDocument<AnnotationsFile>(dataDir, DATA_FILES.annotations, { notes: {} });
  }

  /** Reads the file; throws CorruptFileError for a damaged one without writing. */
  async load(): Promise<void> {
    await this.#doc.load();
    this.#doc.db.data.notes ??= {};
  }

  get(id: string): NoteRecord | undefined {
    return this.#doc.data.notes[id];
  }

  /** Sets an article's note; blank text removes it. Answers when it was written. */
  async save(id: string, text: string): Promise<string> {
    const updatedAt = new Date().toISOString();
    if (text.trim() === '') delete this.#doc.data.notes[id];
    else this.#doc.data.notes[id] = { text, updatedAt };
    await this.#doc.save();
    return updatedAt;
  }

  /** Notes from an import, one write: an article that has a note keeps it, the new text added below unless already in it. */
  async append(notes: ReadonlyMap<string, string>): Promise<void> {
    if (notes.size === 0) return;
    const updatedAt = new Date().toISOString();
    for (const [id, text] of notes) {
      const current = this.#doc.data.notes[id]?.text.trim();
      if (current && current.includes(text.trim())) continue;
      this.#doc.data.notes[id] = { text: current ? `${current}\n\n${text}` : text, updatedAt };
    }
    await this.#doc.save();
  }

  /** Notes from Lectern's archive kept as archived (dates too), one write; answers the ids that changed. */
  async mergeArchived(notes: ReadonlyMap<string, NoteRecord>, exists: (id: string) => boolean): Promise<string[]> {
    const changed: string[] = [];
    for (const [id, note] of notes) {
      const current = this.#doc.data.notes[id];
      if (!exists(id) || note.text.trim() === '' || current?.text.includes(note.text.trim())) continue;
      this.#doc.data.notes[id] = current ? { text: `${current.text}\n\n${note.text}`, updatedAt: new Date().toISOString() } : { ...note };
      changed.push(id);
    }
    if (changed.length > 0) await this.#doc.save();
    return changed;
  }

  /** Forgets the notes of articles removed for good (written by persist()). */
  forget(ids: Iterable<string>): void {
    for (const id of ids) delete this.#doc.data.notes[id];
  }

  async persist(): Promise<void> {
    await this.#doc.save();
  }

  async flush(): Promise<void> {
    await this.#doc.flush();
  }
}
