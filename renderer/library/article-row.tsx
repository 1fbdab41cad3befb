/**
 * One article in the list: title, a muted meta line with small markers, two lines of excerpt, and a thin
 * progress line. The whole row opens the article; archive, favorite and delete appear on hover or focus.
 */
import { Fragment } from 'preact';
import type { ArticleSummary, SearchMatch } from '../../electron/shared/models.ts';
import { waitsForText } from '../../electron/shared/article-download.ts';
import { ArchiveIcon, CheckIcon, NoteIcon, StarIcon, TagIcon, TrashIcon } from '../ui/icons.tsx';
import { RowTags } from './tag-chips.tsx';
import { openTagPicker } from './tag-picker/tag-picker-state.ts';
import { deleteArticle, toggleArchived, toggleFavorite } from './article-actions.ts';
import { metaLine, rowReading, type RowReading } from './row-meta.ts';
import { currentQuery } from './library-store.ts';
import { matchParts, snippetParts } from './match-parts.ts';
import { DownloadExcerpt, DownloadMark, RetryDownloadButton } from './migration/download-mark.tsx';

/** The text with the filter's words marked, so a glance shows why a row matched. */
function Marked({ text }: { text: string }) {
  const q = currentQuery.value;
  if (!q) return <>{text}</>;
  return (
    <>
      {matchParts(text, q).map((part, i) => (part.match ? <mark key={i} class="match">{part.text}</mark> : part.text))}
    </>
  );
}

/** Said before a snippet from text the row does not show; a body passage needs no label. */
const FIELD_LABELS: Partial<Record<SearchMatch['field'], string>> = {
  note: 'In your note',
  highlight: 'In a highlight',
  author: 'Author',
  site: 'Site',
  url: 'Address',
};

/** The passage a search found, its words marked, and where it was found when that is not the body. */
function Snippet({ match, lang }: { match: SearchMatch; lang: string | undefined }) {
  const label = FIELD_LABELS[match.field];
  return (
    <span class="row-excerpt row-snippet" lang={lang} data-field={match.field}>
      {label && <span class="row-snippet-field">{label} · </span>}
      {snippetParts(match).map((part, i) => (part.match ? <mark key={i} class="match">{part.text}</mark> : part.text))}
    </span>
  );
}

/** The search passage worth showing in place of the excerpt: a title match is already marked in the title. */
function shownMatch(article: ArticleSummary): SearchMatch | null {
  const match = article.match;
  return match && match.field !== 'title' && match.snippet ? match : null;
}

interface RowProps {
  article: ArticleSummary;
  index: number;
  total: number;
  top: number;
  selected: boolean;
  /** In the multi-selection that bulk actions act on (selected is the keyboard's cursor). */
  checked: boolean;
  compact: boolean;
  now: Date;
  /** A click: the list decides whether it opens the article or, with Ctrl/Cmd or Shift, selects. */
  onOpen: (article: ArticleSummary, event: MouseEvent) => void;
  onSelect: (index: number) => void;
}

/** Only images served by the app itself; a remote URL here would be a leak. */
function localImage(src: string | null): string | null {
  return src && src.startsWith('/') && !src.startsWith('//') ? src : null;
}

export function ArticleRow({ article, index, total, top, selected, checked, compact, now, onOpen, onSelect }: RowProps) {
  const state = rowReading(article);
  const thumb = compact ? null : localImage(article.leadImage);
  return (
    <li
      class={`row${selected ? ' is-selected' : ''}${checked ? ' is-checked' : ''}${thumb ? ' has-thumb' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      data-index={index}
      data-id={article.id}
      data-testid="article-row"
      aria-setsize={total}
      aria-posinset={index + 1}
    >
      <button
        type="button"
        class="row-open"
        onClick={(event) => onOpen(article, event)}
        onMouseDown={(event) => event.shiftKey && event.preventDefault()}
        onFocus={() => onSelect(index)}
        dir="auto"
      >
        {checked && <span class="visually-hidden">Selected: </span>}
        <span class="row-text">
          <span class="row-title" lang={article.lang ?? undefined} title={article.title.length > 70 ? article.title : undefined}>
            <Marked text={article.title} />
          </span>
          <span class="row-meta">
            {/* Each part isolated (<bdi>) and the dots outside them, so a Hebrew site beside "4 min" keeps its order. */}
            {metaLine(article, now).map((part, i) => (
              <Fragment key={i}>
                {i > 0 && <span class="row-meta-sep">·</span>}
                <bdi class="row-meta-part">{part}</bdi>
              </Fragment>
            ))}
            <Markers article={article} state={state} />
            <RowTags tags={article.tags} />
          </span>
          {!compact &&
            (shownMatch(article) ? (
              <Snippet match={shownMatch(article)!} lang={article.lang ?? undefined} />
            ) : waitsForText(article.download) && !article.excerpt ? (
              <DownloadExcerpt article={article} />
            ) : (
              article.excerpt && (
                <span class="row-excerpt" lang={article.lang ?? undefined}>
                  <Marked text={article.excerpt} />
                </span>
              )
            ))}
        </span>
        {thumb && <img class="row-thumb" src={thumb} alt="" loading="lazy" decoding="async" />}
      </button>
      <div class="row-actions">
        <RetryDownloadButton article={article} />
        <button
          type="button"
          class="icon-btn"
          aria-label={`Tag “${article.title}”`}
          title="Tag (t)"
          onClick={() => openTagPicker('tag', article)}
        >
          <TagIcon />
        </button>
        <button
          type="button"
          class="icon-btn"
          aria-pressed={article.favorite}
          aria-label={article.favorite ? `Unfavorite “${article.title}”` : `Favorite “${article.title}”`}
          title="Favorite (f)"
          onClick={() => void toggleFavorite(article)}
        >
          <StarIcon filled={article.favorite} />
        </button>
        <button
          type="button"
          class="icon-btn"
          aria-pressed={article.archived}
          aria-label={article.archived ? `Unarchive “${article.title}”` : `Archive “${article.title}”`}
          title="Archive (a)"
          onClick={() => void toggleArchived(article)}
        >
          <ArchiveIcon />
        </button>
        <button
          type="button"
          class="icon-btn icon-btn-danger"
          aria-label={`Delete “${article.title}”`}
          title="Delete (d)"
          onClick={() => void deleteArticle(article)}
        >
          <TrashIcon />
        </button>
      </div>
    </li>
  );
}

function Markers({ article, state }: { article: ArticleSummary; state: RowReading }) {
  return (
    <span class="row-markers">
      {article.download && waitsForText(article.download) && <DownloadMark download={article.download} />}
      {state.kind === 'reading' && (
        <span class="row-progress" title={`${state.percent}% read`}>
          <span class="row-progress-track" aria-hidden="true">
            <span class="row-progress-fill" style={{ transform: `scaleX(${state.fraction})` }} />
          </span>
          <span class="row-progress-text">{state.percent}%<span class="visually-hidden"> read</span></span>
        </span>
      )}
      {state.kind === 'finished' && (
        <span class="marker marker-finished">
          <CheckIcon />
          Finished
        </span>
      )}
      {article.favorite && (
        <span class="marker marker-favorite" title="Favorite">
          <StarIcon filled />
          <span class="visually-hidden">Favorite</span>
        </span>
      )}
      {article.archived && (
        <span class="marker" title="Archived">
          <ArchiveIcon />
          <span class="visually-hidden">Archived</span>
        </span>
      )}
      {article.hasNote && (
        <span class="marker" title="Has a note">
          <NoteIcon />
          <span class="visually-hidden">Has a note</span>
        </span>
      )}
    </span>
  );
}

/** A row whose data has not arrived yet: the same shape, quietly shaded. */
export function PlaceholderRow({ index, top }: { index: number; top: number }) {
  return (
    <li class="row row-placeholder" style={{ transform: `translateY(${top}px)` }} data-index={index} aria-hidden="true">
      <span class="row-open">
        <span class="row-text">
          <span class="skeleton skeleton-title" />
          <span class="skeleton skeleton-meta" />
          <span class="skeleton skeleton-line" />
        </span>
      </span>
    </li>
  );
}
