// Turns the raw output of `openclaw config schema` (+ OpenClaw's UI hints) into the schema this
// extension bundles. Pure and deterministic: same inputs, same bytes. Every step says which defect of
// the raw schema it repairs, so a future OpenClaw that fixes one can drop the step.

/** Bumped whenever the post-processing changes what it writes (recorded in the meta file). */
export const GENERATOR_VERSION = 2;

const COMPOSITIONS = ["anyOf", "oneOf", "allOf"];

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function escapePointer(segment) {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * Calls `visit(schema, pointer, ancestors)` for every subschema, parents first. `ancestors` are
 * `{ schema, pointer }` pairs from the root down (excluding the node itself).
 */
export function walkSchemas(root, visit) {
  const stack = [{ schema: root, pointer: "#", ancestors: [] }];
  while (stack.length > 0) {
    const { schema, pointer, ancestors } = stack.pop();
    if (!isObject(schema)) continue;
    visit(schema, pointer, ancestors);
    const chain = [...ancestors, { schema, pointer }];
    const children = [];
    for (const keyword of ["properties", "patternProperties", "$defs", "definitions"]) {
      if (!isObject(schema[keyword])) continue;
      for (const key of Object.keys(schema[keyword])) {
        children.push([schema[keyword][key], `${pointer}/${keyword}/${escapePointer(key)}`]);
      }
    }
    for (const keyword of ["additionalProperties", "items", "additionalItems", "propertyNames", "contains", "not", "if", "then", "else"]) {
      const child = schema[keyword];
      if (Array.isArray(child)) child.forEach((item, i) => children.push([item, `${pointer}/${keyword}/${i}`]));
      else if (isObject(child)) children.push([child, `${pointer}/${keyword}`]);
    }
    for (const keyword of COMPOSITIONS) {
      if (Array.isArray(schema[keyword])) schema[keyword].forEach((item, i) => children.push([item, `${pointer}/${keyword}/${i}`]));
    }
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ schema: children[i][0], pointer: children[i][1], ancestors: chain });
    }
  }
}

/**
 * Plugin config schemas are embedded as they are written, so their `#/$defs/x` refs point at the
 * document root, where there is no `$defs` (9 in 2026.9.6: imap, webhooks). Rewrite each to the
 * absolute pointer of the nearest enclosing `$defs` that has the name.
 */
export function repairLocalRefs(root) {
  const repaired = [];
  walkSchemas(root, (schema, pointer, ancestors) => {
    if (typeof schema.$ref !== "string") return;
    const match = /^#\/(\$defs|definitions)\/([^/]+)$/.exec(schema.$ref);
    if (!match) return;
    const [, keyword, name] = match;
    if (isObject(root[keyword]) && name in root[keyword]) return;
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const defs = ancestors[i].schema[keyword];
      if (isObject(defs) && name in defs) {
        const target = `${ancestors[i].pointer}/${keyword}/${name}`;
        repaired.push({ at: pointer, from: schema.$ref, to: target });
        schema.$ref = target;
        return;
      }
    }
    throw new Error(`Unresolvable $ref ${schema.$ref} at ${pointer}`);
  });
  return repaired;
}

/** Embedded plugin/channel schemas keep their own `$schema` keyword: noise below the root. */
export function dropNestedSchemaKeywords(root) {
  walkSchemas(root, (schema, pointer) => {
    if (pointer !== "#") delete schema.$schema;
  });
}

/**
 * Input semantics. OpenClaw fills defaults before validating, so a property that has a `default` may
 * be left out. Zod's `io: "input"` gets that right for the core schema, but channel plugin schemas
 * are converted with output semantics and list defaulted fields (dmPolicy, groupPolicy...) as
 * required: OpenClaw itself accepts configs without them.
 */
export function relaxDefaultedRequired(root) {
  const relaxed = [];
  walkSchemas(root, (schema, pointer) => {
    if (!Array.isArray(schema.required) || !isObject(schema.properties)) return;
    const keep = schema.required.filter((key) => {
      const property = schema.properties[key];
      const optional = isObject(property) && property.default !== undefined;
      if (optional) relaxed.push(`${pointer}:${key}`);
      return !optional;
    });
    if (keep.length === 0) delete schema.required;
    else schema.required = keep;
  });
  return relaxed;
}

/** Dot-path candidates of the children of a schema node, OpenClaw's hint notation (`*`, `[]`). */
function childPrefixes(prefixes, suffix) {
  return prefixes.map((prefix) => (prefix ? `${prefix}.${suffix}` : suffix));
}

/**
 * Values OpenClaw no longer accepts, with the value to use instead (`x-replaced-values`), so the
 * validator can say "use X" instead of guessing. By hint path, and by enum content for enums that
 * appear in many places (the model API ids: zod-schema.core's ModelApiSchema error message).
 */
const REPLACED_VALUES_BY_PATH = {
  "bindings[].match.peer.kind": { dm: "direct" },
};
const REPLACED_VALUES_BY_ENUM = [
  { member: "openai-chatgpt-responses", values: { "openai-codex-responses": "openai-chatgpt-responses" } },
];

/** Adds `x-replaced-values` to every enum that holds a known member (see REPLACED_VALUES_BY_ENUM). */
export function markReplacedEnumValues(root) {
  let count = 0;
  walkSchemas(root, (schema) => {
    if (!Array.isArray(schema.enum)) return;
    for (const { member, values } of REPLACED_VALUES_BY_ENUM) {
      if (!schema.enum.includes(member)) continue;
      schema["x-replaced-values"] = { ...schema["x-replaced-values"], ...values };
      count++;
    }
  });
  return count;
}

/**
 * Copies OpenClaw's UI hints (the Control UI's labels, help, sensitivity, docs links) onto the
 * schema nodes they describe, matching paths the way OpenClaw's own `applyFieldDocumentation` does:
 * `properties` add `.key`, `additionalProperties`/`patternProperties` add `.*`, `items` add `[]` (and
 * `.*`), and composition branches keep the path. Existing titles and descriptions win, as in OpenClaw.
 */
export function applyUiHints(root, uiHints) {
  const stats = { titles: 0, descriptions: 0, sensitive: 0, docsUrls: 0, deprecated: 0 };
  const documented = new Set();
  const visit = (node, prefixes) => {
    if (!isObject(node)) return;
    if (isObject(node.properties)) {
      for (const key of Object.keys(node.properties)) {
        const child = node.properties[key];
        const next = childPrefixes(prefixes, key);
        annotate(child, next);
        visit(child, next);
      }
    }
    const wildcardChildren = [];
    if (isObject(node.additionalProperties)) wildcardChildren.push(node.additionalProperties);
    if (isObject(node.patternProperties)) wildcardChildren.push(...Object.values(node.patternProperties));
    for (const child of wildcardChildren) {
      const next = childPrefixes(prefixes, "*");
      annotate(child, next);
      visit(child, next);
    }
    if (isObject(node.items)) {
      const next = [...new Set(prefixes.flatMap((prefix) => (prefix ? [`${prefix}[]`, `${prefix}.*`] : ["[]", "*"])))];
      annotate(node.items, next);
      visit(node.items, next);
    }
    for (const keyword of COMPOSITIONS) {
      if (Array.isArray(node[keyword])) for (const branch of node[keyword]) visit(branch, prefixes);
    }
  };
  const annotate = (node, paths) => {
    if (!isObject(node) || documented.has(node)) return;
    for (const path of paths) {
      const hint = uiHints[path];
      if (!isObject(hint)) continue;
      documented.add(node);
      if (!node.title && typeof hint.label === "string" && hint.label.trim()) {
        node.title = hint.label.trim();
        stats.titles++;
      }
      if (!node.description && typeof hint.help === "string" && hint.help.trim()) {
        node.description = hint.help.trim();
        stats.descriptions++;
      }
      if (hint.sensitive === true || (Array.isArray(hint.tags) && hint.tags.includes("url-secret"))) {
        if (!node["x-sensitive"]) stats.sensitive++;
        node["x-sensitive"] = true;
      }
      if (typeof hint.docsUrl === "string" && !node["x-docs-url"]) {
        node["x-docs-url"] = hint.docsUrl;
        stats.docsUrls++;
      }
      if (REPLACED_VALUES_BY_PATH[path]) node["x-replaced-values"] = REPLACED_VALUES_BY_PATH[path];
    }
    if (typeof node.description === "string" && /^Deprecated\b/.test(node.description) && node.deprecated !== true) {
      node.deprecated = true;
      stats.deprecated++;
    }
  };
  visit(root, [""]);
  return stats;
}

/** Stable formatting: one-space-indented JSON with a final newline (property order is the schema's own). */
export function formatSchema(schema) {
  return `${JSON.stringify(schema, null, 1)}\n`;
}

/**
 * The whole pipeline on already-read inputs. `rawText` is `openclaw config schema` stdout,
 * `uiHints` OpenClaw's hint map. Returns the schema and a report of what was changed.
 */
export function postprocess(rawText, uiHints = {}) {
  const schema = JSON.parse(rawText);
  if (!isObject(schema) || schema.type !== "object") throw new Error("The raw schema is not an object schema");
  const report = {};
  report.repairedRefs = repairLocalRefs(schema);
  dropNestedSchemaKeywords(schema);
  report.relaxedRequired = relaxDefaultedRequired(schema);
  report.hints = applyUiHints(schema, uiHints);
  report.hints.replacedValueEnums = markReplacedEnumValues(schema);
  return { schema, report };
}
