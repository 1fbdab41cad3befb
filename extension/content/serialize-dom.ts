/**
 * The page as the reader sees it, as HTML: the live DOM after scripts ran, with open shadow roots (and
 * declarative `<template shadowrootmode>` not yet attached) flattened into their hosts where they hold
 * visible content, slots filled with what is assigned to them. Scripts (but JSON-LD metadata), styles,
 * inert templates and `hidden` elements are left out: the reader never saw them, and the app sanitizes
 * whatever is left anyway.
 */

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const LEFT_OUT = new Set(['style', 'noscript', 'template', 'object', 'embed', 'frame', 'frameset']);
const MAX_DEPTH = 1_500;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');

const isElement = (node: Node): node is Element => node.nodeType === 1;

/** The shadow tree an element shows: its open shadow root, or a declarative template the parser left. */
function shadowOf(element: Element): ParentNode | null {
  if (element.shadowRoot) return element.shadowRoot;
  for (const child of Array.from(element.children)) {
    if (child.localName === 'template' && child.hasAttribute('shadowrootmode')) return (child as HTMLTemplateElement).content;
  }
  return null;
}

/** Whether a shadow tree shows anything a reader reads or looks at (text or media), rather than only styling. */
function holdsVisibleContent(root: ParentNode): boolean {
  if (root.querySelector('img, picture, video, svg, slot, canvas')) return true;
  const clone = Array.from(root.childNodes).filter((node) => !(isElement(node) && (node.localName === 'style' || node.localName === 'script')));
  return clone.some((node) => (node.textContent ?? '').trim().length > 0);
}

/** The light-DOM nodes a `<slot>` shows (assigned, else its own fallback content). */
function slotted(slot: HTMLSlotElement, host: Element): Node[] {
  const assigned = typeof slot.assignedNodes === 'function' ? slot.assignedNodes({ flatten: true }) : [];
  if (assigned.length > 0) return assigned;
  // No slot assignment (a declarative template that was never attached, or a DOM without it): by name.
  const name = slot.getAttribute('name') ?? '';
  const matching = Array.from(host.childNodes).filter((node) =>
    isElement(node) ? (node.getAttribute('slot') ?? '') === name && node.localName !== 'template' : name === '' && node.nodeType === 3,
  );
  return matching.length > 0 ? matching : Array.from(slot.childNodes);
}

function isLeftOut(element: Element): boolean {
  const name = element.localName;
  if (name === 'script') return (element.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json';
  if (LEFT_OUT.has(name)) return true;
  return element.hasAttribute('hidden') && element.getAttribute('hidden') !== 'until-found';
}

function openTag(element: Element): string {
  let tag = `<${element.localName}`;
  for (const attribute of Array.from(element.attributes)) {
    // Event handlers are never worth sending; the app would strip them anyway.
    if (/^on/i.test(attribute.name)) continue;
    tag += attribute.value === '' ? ` ${attribute.name}` : ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
  }
  return `${tag}>`;
}

/** Serialises `document` as the reader sees it (see the file comment). */
export function serializeDocument(document: Document): string {
  const out: string[] = ['<!DOCTYPE html>'];

  // `hosts` is the chain of shadow hosts whose trees `node` sits in, innermost last: a <slot> shows nodes
  // of the tree around its host, so those are written with that host left off the chain.
  const writeAll = (nodes: Iterable<Node>, hosts: Element[], depth: number) => {
    for (const node of nodes) write(node, hosts, depth);
  };

  const write = (node: Node, hosts: Element[], depth: number): void => {
    if (node.nodeType === 3) {
      out.push(escapeText(node.nodeValue ?? ''));
      return;
    }
    if (!isElement(node) || depth > MAX_DEPTH) return;
    const host = hosts.at(-1);
    if (node.localName === 'slot' && host) {
      writeAll(slotted(node as HTMLSlotElement, host), hosts.slice(0, -1), depth + 1);
      return;
    }
    if (isLeftOut(node)) return;
    out.push(openTag(node));
    if (VOID_ELEMENTS.has(node.localName)) return;
    if (node.localName === 'script') {
      // JSON-LD keeps its text as it is; only a closing tag inside it must not end the element early.
      out.push((node.textContent ?? '').replace(/<\/(script)/gi, '<\\/$1'));
    } else {
      const shadow = shadowOf(node);
      if (shadow && holdsVisibleContent(shadow)) writeAll(Array.from(shadow.childNodes), [...hosts, node], depth + 1);
      else writeAll(Array.from(node.childNodes), hosts, depth + 1);
    }
    out.push(`</${node.localName}>`);
  };

  if (document.documentElement) write(document.documentElement, [], 0);
  return out.join('');
}
