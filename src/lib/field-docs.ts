/**
 * What the schema says about one field: its one-line description (the same text EDITING.md
 * lists) and whether it may be left out. Read from the schema's JSON Schema, which zod builds
 * from the schema itself, so an error message and the field reference never disagree.
 */
import { z } from 'astro/zod';

export interface FieldDoc {
  description: string | undefined;
  /** False when the editor may leave the field out (optional, or with a default). */
  required: boolean;
  /** The fields it holds, when it is a group of fields. */
  fields: string[];
}

type JsonNode = {
  description?: string;
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode;
  anyOf?: JsonNode[];
  oneOf?: JsonNode[];
  allOf?: JsonNode[];
};

const cache = new WeakMap<z.ZodType, JsonNode>();

function toJson(schema: z.ZodType): JsonNode {
  let json = cache.get(schema);
  if (!json) {
    try {
      json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;
    } catch {
      // A schema zod cannot describe still gets its errors; only the hint is lost.
      json = {};
    }
    cache.set(schema, json);
  }
  return json;
}

/** The branches a node may take: itself, or each member of a union or intersection. */
const branchesOf = (node: JsonNode): JsonNode[] => [
  node,
  ...(node.anyOf ?? []),
  ...(node.oneOf ?? []),
  ...(node.allOf ?? []),
];

function step(node: JsonNode, part: PropertyKey): { node: JsonNode; required: boolean } | undefined {
  for (const branch of branchesOf(node)) {
    if (typeof part === 'number' && branch.items) return { node: branch.items, required: true };
    const child = branch.properties?.[String(part)];
    if (child) return { node: child, required: branch.required?.includes(String(part)) ?? false };
  }
  return undefined;
}

export function findFieldDoc(schema: z.ZodType, path: readonly PropertyKey[]): FieldDoc {
  let node: JsonNode | undefined = toJson(schema);
  let required = true;
  for (const part of path) {
    const next: ReturnType<typeof step> = node ? step(node, part) : undefined;
    if (!next) return { description: undefined, required: true, fields: [] };
    node = next.node;
    required = next.required;
  }
  const branches = node ? branchesOf(node) : [];
  const description = branches.find((branch) => branch.description)?.description;
  return { description, required, fields: branches.flatMap((branch) => Object.keys(branch.properties ?? {})) };
}
