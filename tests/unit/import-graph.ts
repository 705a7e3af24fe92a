import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** One import of a module: what it names (a repo-relative file, or a package) and whether it runs. */
export interface Import {
  target: string;
  /** `import type`/`export type`, or imported only for getStaticProps/getStaticPaths: erased from the browser's code. */
  serverOrType: boolean;
}

/** Each module (repo-relative path) with its imports. */
export type ImportGraph = Map<string, Import[]>;

/**
 * The rooms of lib/, lowest first: a room may import only the rooms before it. `text` holds small
 * string helpers; `store` the schema, reading and dates; `views` each page's data; `explorer` the
 * query, filters and the timeline's entries for a result; `outputs` feeds, downloads and the API;
 * `ingest` drafts new events for the store.
 */
export const ROOMS = [
  "text",
  "store",
  "map",
  "deploy",
  "views",
  "timeline",
  "explorer",
  "outputs",
  "ingest",
] as const;

/** Modules that read the disk: no browser code may reach them. */
export const DISK_READERS = [
  "node:fs",
  "fs",
  "node:fs/promises",
  "fs/promises",
  "lib/store/read-store.ts",
];

const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

/** A specifier as a repo-relative file; a package's name as it is. */
function resolve(from: string, specifier: string, exists: (file: string) => boolean): string {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return specifier;
  return EXTENSIONS.map((end) => base + end).find(exists) ?? base;
}

const SERVER_ONLY_EXPORTS = new Set(["getStaticProps", "getStaticPaths", "getServerSideProps"]);

/** Whether a statement declares one of a Pages Router page's server-only functions. */
function isServerOnlyExport(statement: ts.Statement): boolean {
  if (ts.isFunctionDeclaration(statement))
    return SERVER_ONLY_EXPORTS.has(statement.name?.text ?? "");
  if (!ts.isVariableStatement(statement)) return false;
  return statement.declarationList.declarations.some(
    (d) => ts.isIdentifier(d.name) && SERVER_ONLY_EXPORTS.has(d.name.text),
  );
}

/** The names a file uses outside its imports and its server-only functions. */
function namesUsedInBrowser(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !isServerOnlyExport(statement)) visit(statement);
  }
  return names;
}

/** Whether an import declaration brings in only bindings the browser's code never uses. */
function importUnusedInBrowser(declaration: ts.ImportDeclaration, used: Set<string>): boolean {
  const clause = declaration.importClause;
  if (!clause) return false;
  const bound = [clause.name?.text];
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) bound.push(bindings.name.text);
  if (bindings && ts.isNamedImports(bindings))
    bound.push(...bindings.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text));
  return bound.every((name) => name === undefined || !used.has(name));
}

/**
 * The imports of one module's source, static and dynamic. In a Pages Router page (`pages/…`), an
 * import used only by getStaticProps/getStaticPaths counts as server-only: Next leaves it out of
 * the page's browser code.
 */
export function parseImports(
  file: string,
  text: string,
  exists: (file: string) => boolean,
): Import[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const used = file.startsWith("pages/") ? namesUsedInBrowser(source) : null;
  const imports: Import[] = [];
  const add = (specifier: string, serverOrType: boolean) =>
    imports.push({ target: resolve(file, specifier, exists), serverOrType });
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        !!clause?.isTypeOnly ||
        (!!clause &&
          !clause.name &&
          !!clause.namedBindings &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((e) => e.isTypeOnly));
      add(
        node.moduleSpecifier.text,
        typeOnly || (used !== null && importUnusedInBrowser(node, used)),
      );
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return imports;
}

/** The graph of every .ts/.tsx module under the given folders of a repo. */
export function readImportGraph(root: string, folders: readonly string[]): ImportGraph {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const file = path.posix.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) files.push(file);
    }
  };
  folders.forEach(walk);
  const exists = (file: string) =>
    existsSync(path.join(root, file)) && statSync(path.join(root, file)).isFile();
  return new Map(
    files.map((file) => [
      file,
      parseImports(file, readFileSync(path.join(root, file), "utf8"), exists),
    ]),
  );
}

/** A graph from module sources given in full, for tests of the rules themselves. */
export function graphOf(sources: Record<string, string>): ImportGraph {
  const exists = (file: string) => file in sources;
  return new Map(
    Object.entries(sources).map(([file, text]) => [file, parseImports(file, text, exists)]),
  );
}

const roomOf = (file: string) => /^lib\/([^/]+)\//.exec(file)?.[1];

/** Imports from a lib/ room into a room after it in ROOMS (or into a room ROOMS does not name). */
export function upwardImports(graph: ImportGraph, rooms: readonly string[] = ROOMS): string[] {
  const problems: string[] = [];
  for (const [file, imports] of graph) {
    const from = roomOf(file);
    if (!from) continue;
    if (!rooms.includes(from)) problems.push(`${file}: lib/${from}/ is not among the rooms`);
    for (const { target } of imports) {
      const to = roomOf(target);
      if (to && to !== from && rooms.indexOf(to) > rooms.indexOf(from)) {
        problems.push(`${file} → ${target}: lib/${from}/ may not import lib/${to}/`);
      }
    }
  }
  return problems;
}

/** lib/ importing components/, app/, pages/ or React. */
export function libBoundaryProblems(graph: ImportGraph): string[] {
  const problems: string[] = [];
  for (const [file, imports] of graph) {
    if (!file.startsWith("lib/")) continue;
    for (const { target } of imports) {
      if (
        /^(components|app|pages)\//.test(target) ||
        /^(react|react-dom|next)(\/|$)/.test(target)
      ) {
        problems.push(`${file} → ${target}`);
      }
    }
  }
  return problems;
}

/** Each cycle of modules (every import counted, type-only ones too), as the path that closes it. */
export function fileCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const { target } of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (state.get(target) === "open")
        cycles.push([...stack.slice(stack.indexOf(target)), target]);
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

/** The modules whose code the browser runs: "use client" modules and Pages Router pages (not _document). */
export function browserEntries(graph: ImportGraph, readText: (file: string) => string): string[] {
  return [...graph.keys()].filter(
    (file) =>
      /^\s*(\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use client["']/.test(readText(file)) ||
      (file.startsWith("pages/") && !/^pages\/_document\./.test(file)),
  );
}

/** For each disk reader the browser's code reaches, the import path from an entry to it. */
export function browserDiskPaths(
  graph: ImportGraph,
  entries: readonly string[],
  readers: readonly string[] = DISK_READERS,
): string[][] {
  const found: string[][] = [];
  const via = new Map<string, string | null>(entries.map((entry) => [entry, null]));
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const { target, serverOrType } of graph.get(file) ?? []) {
      if (serverOrType || via.has(target)) continue;
      via.set(target, file);
      if (readers.includes(target)) {
        const trail = [target];
        for (let step = via.get(target); step; step = via.get(step) ?? null) trail.unshift(step);
        found.push(trail);
      } else queue.push(target);
    }
  }
  return found;
}
