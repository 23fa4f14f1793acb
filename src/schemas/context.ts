import { z } from 'astro/zod';
import type { Unit } from './units';

export const collectionNames = ['guides', 'industries', 'kpis', 'tools'] as const;
export type CollectionName = (typeof collectionNames)[number];

export interface KpiFacts {
  name: string;
  unit: Unit;
}

/**
 * The ids the library holds, as schemas check against them. src/lib/catalog.ts builds one
 * from content/ (and tests from plain data); the schemas see only this contract.
 */
export interface Catalog {
  /** Registry KPIs by id: just what other schemas need to check against. */
  kpis: ReadonlyMap<string, KpiFacts>;
  /** Whether an entry with this id exists in the collection. */
  has(collection: CollectionName, id: string): boolean;
  /** Ids of a collection, sorted. */
  ids(collection: CollectionName): readonly string[];
  /** The hint appended to an unknown-id error: ` Did you mean "x"?`, or '' when no id is close. */
  suggest(collection: CollectionName, id: string): string;
}

/**
 * What collection schemas need from outside themselves: the catalog of ids on disk,
 * and Astro's `reference()`. Injected so that tests can build the same schemas
 * from fixtures without the `astro:content` runtime.
 */
export interface SchemaContext {
  catalog: Catalog;
  reference: (collection: CollectionName) => z.ZodType<{ collection: string; id: string }, string>;
}

/** An id that must exist in `collection`; fails with a hint at the closest id. */
export function existingId(ctx: SchemaContext, collection: CollectionName, noun: string) {
  return z
    .string()
    .trim()
    .min(1)
    .superRefine((id, issue) => {
      if (ctx.catalog.has(collection, id)) return;
      const hint = ctx.catalog.suggest(collection, id);
      issue.addIssue({
        code: 'custom',
        message: `unknown ${noun} "${id}": use the file name of an entry in content/${collection}/.${hint}`,
      });
    });
}

/** A reference to a registry KPI, by id. */
export function kpiRef(ctx: SchemaContext) {
  return existingId(ctx, 'kpis', 'KPI').pipe(ctx.reference('kpis'));
}

/** A list of registry KPIs, each named once. */
export function kpiRefList(ctx: SchemaContext) {
  return z.array(kpiRef(ctx)).superRefine((refs, issue) =>
    checkUnique(
      refs.map((ref) => ref.id),
      issue,
      (index) => [index],
      'KPI',
    ),
  );
}

/**
 * A manual related entry, written `guides/<id>` or `industries/<id>`, so one list
 * can point into either collection.
 */
export function relatedRef(ctx: SchemaContext) {
  return z
    .string()
    .trim()
    .superRefine((value, issue) => {
      const [collection, id, ...rest] = value.split('/');
      const known = collection === 'guides' || collection === 'industries';
      if (!known || !id || rest.length > 0) {
        issue.addIssue({
          code: 'custom',
          message: `related entry "${value}" must be written "guides/<id>" or "industries/<id>".`,
        });
        return;
      }
      if (!ctx.catalog.has(collection, id)) {
        const hint = ctx.catalog.suggest(collection, id);
        issue.addIssue({
          code: 'custom',
          message: `related entry "${value}" does not exist: no file content/${collection}/${id}.md or .mdx.${hint}`,
        });
      }
    })
    .transform((value) => {
      const [collection, id] = value.split('/') as ['guides' | 'industries', string];
      return { collection, id };
    });
}

/** Rejects the same id listed twice, pointing at the second occurrence. */
export function checkUnique(
  ids: readonly string[],
  ctx: z.RefinementCtx,
  path: (index: number) => (string | number)[],
  noun: string,
): void {
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = seen.get(id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: path(index),
        message: `${noun} "${id}" is listed twice (items ${first + 1} and ${index + 1}): keep one.`,
      });
    } else seen.set(id, index);
  });
}
