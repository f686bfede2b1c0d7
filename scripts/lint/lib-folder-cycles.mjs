import { cyclePath, folderEdges, libFolderOf } from './lib-graph.mjs';

/**
 * ESLint rule: no import cycles between the top-level folders of lib/.
 * Module-level cycles are import-x/no-cycle's job; this one keeps the layers
 * of lib/ pointing one way (README "Architecture"). The folder graph is read
 * from disk once per lint run.
 */
let graph;

export const libFolderCycles = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between the top-level folders of lib/' },
    schema: [],
    messages: { cycle: 'lib/{{from}} → lib/{{to}} closes a folder cycle: {{path}}.' },
  },
  create(context) {
    const file = context.filename
      .slice(context.cwd.length + 1)
      .split('\\')
      .join('/');
    const parts = file.split('/');
    if (parts[0] !== 'lib' || parts.length < 3) return {};
    const from = parts[1];
    graph ??= folderEdges(context.cwd);
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      const to = libFolderOf(file, specifier);
      if (!to || to === from) return;
      const path = cyclePath(graph, from, to);
      if (path)
        context.report({ node, messageId: 'cycle', data: { from, to, path: path.map((f) => `lib/${f}`).join(' → ') } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
