// Reads the tree's modules for the static checks (layers, unused exports): which files there are, what each
// imports and what it exports. Plain Node at lexer level, because TypeScript 7 has no compiler API to ask;
// comments are blanked first so a commented-out import counts for nothing.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', 'dist', 'release', 'test-results', 'screenshots', 'coverage']);
const SOURCE = /\.(ts|tsx|mts|js|mjs|cjs)$/;
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.mjs', '.js', '.cjs'];

/** Repository-relative paths of the source files below `dirs` (declaration files and build output left out). */
export function listSourceFiles(root, dirs) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || SKIP_DIRS.has(name)) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(relative(root, path));
    }
  };
  for (const dir of dirs) if (existsSync(join(root, dir))) walk(join(root, dir));
  return out;
}

const REGEX_AFTER = new Set([...'(,=:[!&|?{};+-*%~^>', '']);
const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

/**
 * The text with every comment replaced by spaces (line breaks kept, so offsets and line numbers still match).
 * Quotes and regular expressions cannot span lines, so a stray quote in JSX text spoils one line at most.
 */
export function blankComments(text) {
  const out = [...text];
  const templates = []; // brace depth to return to at each open `${`
  let depth = 0;
  let prev = '';
  let i = 0;
  const blank = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  const skipLine = (quote, start) => {
    let k = start;
    let inClass = false;
    while (k < text.length && text[k] !== '\n') {
      if (text[k] === '\\') k++;
      else if (quote === '/' && text[k] === '[') inClass = true;
      else if (quote === '/' && text[k] === ']') inClass = false;
      else if (text[k] === quote && !inClass) return k + 1;
      k++;
    }
    return k;
  };
  const template = (start) => {
    let k = start;
    while (k < text.length) {
      if (text[k] === '\\') k += 2;
      else if (text[k] === '`') return { end: k + 1, open: false };
      else if (text[k] === '$' && text[k + 1] === '{') return { end: k + 2, open: true };
      else k++;
    }
    return { end: k, open: false };
  };
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      blank(i, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      blank(i, end < 0 ? text.length : end + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === '"' || c === "'") {
      i = skipLine(c, i + 1);
      prev = c;
    } else if (c === '/' && (REGEX_AFTER.has(prev) || REGEX_AFTER_WORDS.has(/[\w$]+$/.exec(text.slice(Math.max(0, i - 12), i).trimEnd())?.[0] ?? ''))) {
      i = skipLine('/', i + 1);
      prev = ')';
    } else if (c === '`' || (c === '}' && depth === 0 && templates.length > 0)) {
      if (c === '}') depth = templates.pop();
      const { end, open } = template(i + 1);
      if (open) {
        templates.push(depth);
        depth = 0;
      }
      i = end;
      prev = open ? '{' : '`';
    } else {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      if (!/\s/.test(c)) prev = /[\w$]/.test(c) ? 'a' : c;
      i++;
    }
  }
  return out.join('');
}

/** The file a relative specifier names, as a repository-relative path, or null (a package, or nothing there). */
export function resolveSpecifier(root, fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(root, dirname(fromFile), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => join(base, `index${ext}`))];
  const found = candidates.find((path) => SOURCE.test(path) && existsSync(path) && statSync(path).isFile());
  return found ? relative(root, found) : null;
}

/** Names in an import or export list: `a, type b, c as d` → [{ name: 'a', as: 'a' }, …]. */
function listNames(list) {
  return list
    .split(',')
    .map((item) => item.trim().replace(/^type\s+/, ''))
    .filter(Boolean)
    .map((item) => {
      const [name, as = name] = item.split(/\s+as\s+/).map((part) => part.trim().replace(/^['"]|['"]$/g, ''));
      return { name, as };
    });
}

/** What an import clause takes: `D, { a, b as c }` → ['default', 'a', 'b']; a namespace (`* as ns`) takes '*'. */
function importedNames(clause) {
  const names = [];
  const braces = /\{([^}]*)\}/.exec(clause);
  if (braces) names.push(...listNames(braces[1]).map((item) => item.name));
  const rest = clause.replace(/\{[^}]*\}/, '').replace(/^type\s+/, '');
  if (/\*\s*as\s+[\w$]+/.test(rest)) names.push('*');
  if (/^\s*[\w$]+\s*(,|$)/.test(rest)) names.push('default');
  return names;
}

const lineAt = (text, offset) => text.slice(0, offset).split('\n').length;

const IMPORT_FROM = /^[ \t]*import\s+([^'";]*?)\s*from\s*(['"])([^'"\n]+)\2/gm;
const IMPORT_BARE = /^[ \t]*import\s*(['"])([^'"\n]+)\1/gm;
const EXPORT_FROM = /^[ \t]*export\s+(?:type\s+)?(\*(?:\s+as\s+([\w$]+))?|\{([^}]*)\})\s*from\s*(['"])([^'"\n]+)\4/gm;
const DYNAMIC = /\b(import|require)\(\s*(['"])([^'"\n]+)\2\s*\)/g;
const DECLARATION = /^export\s+(?:declare\s+)?(?:async\s+)?(?:abstract\s+)?(?:function\s*\*?\s*|(?:class|const\s+enum|const|let|var|type|interface|enum|namespace)\s+)([\w$]+)/gm;
const DESTRUCTURED = /^export\s+(?:const|let|var)\s+[{[]([^}\]]*)[}\]]/gm;
const DEFAULT = /^export\s+default\b/gm;
const LOCAL_LIST = /^export\s+(?:type\s+)?\{([^}]*)\}(?!\s*from)/gm;

/**
 * A module's imports ({ specifier, names, line }: names '*' for all) and exports ({ name, line, from?, orig? }:
 * `from` for a re-export, orig its name there; `name: '*'` with `from` for `export * from`).
 */
export function readModule(root, file) {
  const text = blankComments(readFileSync(join(root, file), 'utf8'));
  const imports = [];
  const exports = [];
  for (const m of text.matchAll(IMPORT_FROM)) imports.push({ specifier: m[3], names: importedNames(m[1]), line: lineAt(text, m.index) });
  for (const m of text.matchAll(IMPORT_BARE)) imports.push({ specifier: m[2], names: [], line: lineAt(text, m.index) });
  for (const m of text.matchAll(DYNAMIC)) {
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    const taken = m[1] === 'import' && /(?:const|let|var)\s*\{([^}]*)\}\s*=\s*(?:await\s+)?$/.exec(before);
    const member = m[1] === 'import' && /^\s*\.\s*([\w$]+)/.exec(text.slice(m.index + m[0].length));
    const names = taken ? listNames(taken[1].replace(/:\s*[\w$]+/g, '')).map((item) => item.name) : member && member[1] !== 'then' ? [member[1]] : ['*'];
    imports.push({ specifier: m[3], names, line: lineAt(text, m.index) });
  }
  for (const m of text.matchAll(EXPORT_FROM)) {
    const line = lineAt(text, m.index);
    imports.push({ specifier: m[5], names: [], line }); // the edge; which names it takes is decided by who asks
    if (m[3] !== undefined) for (const item of listNames(m[3])) exports.push({ name: item.as, orig: item.name, from: m[5], line });
    else exports.push({ name: m[2] ?? '*', orig: '*', from: m[5], line });
  }
  for (const m of text.matchAll(DECLARATION)) exports.push({ name: m[1], line: lineAt(text, m.index) });
  for (const m of text.matchAll(DESTRUCTURED)) {
    for (const item of listNames(m[1])) exports.push({ name: item.as.split(':').pop().trim(), line: lineAt(text, m.index) });
  }
  for (const m of text.matchAll(DEFAULT)) exports.push({ name: 'default', line: lineAt(text, m.index) });
  for (const m of text.matchAll(LOCAL_LIST)) for (const item of listNames(m[1])) exports.push({ name: item.as, line: lineAt(text, m.index) });
  return { imports, exports };
}
