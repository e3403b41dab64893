import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, sep } from 'node:path';
import { isRemote, noteRead, parseLinkedDoc, resolveLocal, type DesignDoc, type Link, type Rule } from '@design-check/core';
import { rootOf, walk } from '../util/mdast.js';

type MessageId = 'missingFile' | 'linkLoop' | 'outsideRoot' | 'missingAnchor' | 'missingAnchorInFile';

/** Largest linked markdown file whose headings are read to check an anchor. */
const MAX_ANCHOR_FILE = 2 * 1024 * 1024;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** Images (`![context diagram](./diagrams/context.svg)`): a missing diagram breaks the review as a missing file does. */
function images(doc: DesignDoc): Link[] {
  const out: Link[] = [];
  walk(rootOf(doc), (n) => {
    if (n.type !== 'image' || !n.position) return;
    const { start, end } = n.position;
    const url = (n as { url?: string }).url ?? '';
    out.push({ line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset: start.offset ?? 0, endOffset: end.offset ?? 0, url, text: '', section: doc.sectionAt(start.line) });
  });
  return out;
}

/** The anchors of a linked markdown file, parsed bounded as the design is; undefined when it cannot be. */
const anchorsIn = (text: string, path: string): Promise<Set<string> | undefined> => parseLinkedDoc(text, path).then((d) => d?.anchors);

/** True when `path`, or a folder on its way, is a symbolic link that leads back into itself. */
function isLinkLoop(path: string): boolean {
  try {
    statSync(path);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ELOOP';
  }
}

const hasAnchor = (anchors: Set<string>, a: string) => anchors.has(a) || [...anchors].some((x) => x.toLowerCase() === a.toLowerCase());

/** Links to local files and `#anchors` resolve; remote links are never fetched. */
export const localLinks: Rule<Record<string, never>, MessageId> = {
  name: 'local-links',
  meta: {
    description: 'Require local links and #anchors to resolve inside the project.',
    messages: {
      missingFile: 'Unexpected link "{{url}}": no file at {{target}}; fix the path or add the file',
      linkLoop: 'Unexpected link "{{url}}": {{target}} is a symbolic link that leads round in a loop; point it at a file, or link to the file itself',
      outsideRoot: 'Unexpected link "{{url}}" that leaves the project root; link only to files inside the project',
      missingAnchor: 'Unexpected link "{{url}}": no heading in this document has the anchor "#{{anchor}}"',
      missingAnchorInFile: 'Unexpected link "{{url}}": {{target}} has no heading with the anchor "#{{anchor}}"',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  async check(ctx) {
    const { doc, projectRoot } = ctx;
    const fileAnchors = new Map<string, Promise<Set<string> | undefined>>();
    // A linked file comes with the design: it is parsed bounded as the design is (core's
    // parseLinkedDoc); one too large or that cannot be parsed within the bounds is not checked.
    const anchorsOf = (path: string): Promise<Set<string> | undefined> => {
      let anchors = fileAnchors.get(path);
      if (!anchors) {
        const real = realpathSync(path);
        const small = statSync(real).size <= MAX_ANCHOR_FILE;
        anchors = small ? anchorsIn(readFileSync(real, 'utf8'), real) : Promise.resolve(undefined);
        fileAnchors.set(path, anchors);
      }
      return anchors;
    };
    const report = (l: Link, messageId: MessageId, data: Record<string, unknown>) =>
      ctx.report({ messageId, data: { url: l.url, ...data }, at: { line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn } });

    const links = [...doc.links, ...images(doc)].sort((a, b) => a.offset - b.offset);
    for (const link of links) {
      const url = link.url.trim();
      // A file: URL names a file of the reader's machine: outside the project, never read.
      if (/^file:/i.test(url)) {
        report(link, 'outsideRoot', {});
        continue;
      }
      if (!url || isRemote(url)) continue;
      const hash = url.indexOf('#');
      const anchor = hash >= 0 ? decode(url.slice(hash + 1)) : '';
      if (hash === 0) {
        if (anchor && !hasAnchor(doc.anchors, anchor)) report(link, 'missingAnchor', { anchor });
        continue;
      }
      const target = resolveLocal(url, doc.path, projectRoot);
      if (!target.inside) {
        report(link, 'outsideRoot', {});
        continue;
      }
      const shown = relative(projectRoot, target.path).split('\\').join('/') || '.';
      noteRead(doc, target.path);
      if (!existsSync(target.path)) {
        report(link, isLinkLoop(target.path) ? 'linkLoop' : 'missingFile', { target: shown });
        continue;
      }
      // A symlink inside the root may point outside it: judge where it really leads.
      if (!isInside(realpathSync(projectRoot), realpathSync(target.path))) {
        report(link, 'outsideRoot', {});
        continue;
      }
      if (!anchor || !/^\.(?:md|markdown)$/i.test(extname(target.path)) || !statSync(target.path).isFile()) continue;
      const anchors = await anchorsOf(target.path);
      if (anchors && !hasAnchor(anchors, anchor)) report(link, 'missingAnchorInFile', { target: shown, anchor });
    }
  },
};
