import { readFileSync } from 'node:fs';
import path from 'node:path';
import internals from '@prisma/internals';
import pg from 'pg';

/**
 * Describes a schema as sorted lines (`table`, `column`, `index`, `foreign key`)
 * twice: once from schema.prisma (through Prisma's own parser) and once from a
 * migrated database (through the PostgreSQL catalogue). Equal lines mean the
 * hand-written SQL and the Prisma schema agree.
 */
type Dmmf = Awaited<ReturnType<typeof internals.getDMMF>>;
type Model = Dmmf['datamodel']['models'][number];
type Field = Model['fields'][number];

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  Json: 'jsonb',
  Bytes: 'bytea',
};

const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Char: ([n]) => `character(${n ?? 1})`,
  VarChar: ([n]) => (n ? `character varying(${n})` : 'character varying'),
  Text: () => 'text',
  Uuid: () => 'uuid',
  Date: () => 'date',
  SmallInt: () => 'smallint',
  Inet: () => 'inet',
  Citext: () => 'citext',
  Timestamptz: ([p]) => `timestamp(${p ?? 3}) with time zone`,
  Timestamp: ([p]) => `timestamp(${p ?? 3}) without time zone`,
};

const CLIENT_SIDE_DEFAULTS = new Set(['cuid', 'uuid', 'nanoid', 'ulid']);

/**
 * Indexes written in SQL because schema.prisma cannot express them (expression
 * indexes for full-text search). Each is named in a comment on its model.
 */
export const SQL_ONLY_INDEXES = new Set(['Article_search_idx', 'MuscleGuide_search_idx']);

export async function describePrismaSchema(schemaPath = path.resolve('prisma/schema.prisma')): Promise<string[]> {
  const dmmf = await internals.getDMMF({ datamodel: readFileSync(schemaPath, 'utf8') });
  const enums = new Set(dmmf.datamodel.enums.map((e) => e.name));
  const tableOf = new Map(dmmf.datamodel.models.map((m) => [m.name, m.dbName ?? m.name]));
  const lines: string[] = dmmf.datamodel.enums.map(
    (e) => `enum ${e.dbName ?? e.name} (${e.values.map((v) => v.dbName ?? v.name).join(', ')})`,
  );

  for (const model of dmmf.datamodel.models) {
    const table = tableOf.get(model.name)!;
    const columnOf = (name: string) => model.fields.find((f) => f.name === name)?.dbName ?? name;
    lines.push(`table ${table}`);
    for (const field of model.fields.filter((f) => f.kind !== 'object')) {
      const type = columnType(field, enums);
      const nullable = field.isList || !field.isRequired ? 'NULL' : 'NOT NULL';
      lines.push(`column ${table}.${field.dbName ?? field.name} ${type} ${nullable} default=${expectedDefault(field)}`);
    }
    for (const index of dmmf.datamodel.indexes.filter((i) => i.model === model.name && i.type !== 'fulltext')) {
      const columns = index.fields.map((f) => columnOf(f.name));
      const suffix = index.type === 'id' ? 'pkey' : index.type === 'unique' ? 'key' : 'idx';
      const name = index.dbName ?? (index.type === 'id' ? `${table}_pkey` : `${table}_${columns.join('_')}_${suffix}`);
      const kind = index.type === 'normal' ? 'index' : index.type === 'id' ? 'primary key' : 'unique index';
      lines.push(`${kind} ${name} on ${table}(${columns.join(', ')})`);
    }
    for (const field of model.fields.filter((f) => f.kind === 'object' && f.relationFromFields?.length)) {
      const from = field.relationFromFields!.map(columnOf);
      const target = dmmf.datamodel.models.find((m) => m.name === field.type)!;
      const to = field.relationToFields!.map((name) => target.fields.find((f) => f.name === name)?.dbName ?? name);
      const optional = !field.isRequired;
      const onDelete = field.relationOnDelete ?? (optional ? 'SetNull' : 'Restrict');
      lines.push(
        `foreign key ${table}_${from.join('_')}_fkey ${table}(${from.join(', ')}) -> ${tableOf.get(target.name)}(${to.join(', ')}) ` +
          `on delete ${onDelete} on update ${(field as Field & { relationOnUpdate?: string }).relationOnUpdate ?? 'Cascade'}`,
      );
    }
  }
  return lines.sort();
}

function columnType(field: Field, enums: Set<string>): string {
  let type: string;
  if (field.nativeType) {
    const [name, args] = field.nativeType as [string, string[]];
    const native = NATIVE_TYPES[name];
    if (!native) throw new Error(`schema-description: add a mapping for @db.${name}`);
    type = native(args);
  } else if (enums.has(field.type)) {
    type = pg.escapeIdentifier(field.type);
  } else {
    const scalar = SCALAR_TYPES[field.type];
    if (!scalar) throw new Error(`schema-description: add a mapping for ${field.type}`);
    type = scalar;
  }
  return field.isList ? `${type}[]` : type;
}

function expectedDefault(field: Field): string {
  if (!field.hasDefaultValue || field.default === undefined) return 'none';
  const value = field.default as unknown;
  if (Array.isArray(value)) return value.length === 0 ? 'ARRAY[]' : `ARRAY[${value.map((v) => `'${String(v)}'`).join(',')}]`;
  if (typeof value === 'object' && value !== null && 'name' in value) {
    const fn = value as { name: string; args: unknown[] };
    if (fn.name === 'now') return 'CURRENT_TIMESTAMP';
    if (fn.name === 'autoincrement') return 'nextval';
    if (fn.name === 'dbgenerated') return String(fn.args[0]);
    if (CLIENT_SIDE_DEFAULTS.has(fn.name)) return 'none';
    return `${fn.name}()`;
  }
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  return String(value);
}

export async function describeDatabase(connectionString: string): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows as Record<string, string>[];
    const lines: string[] = [];
    for (const row of await q(`
      SELECT t.typname AS name, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`)) {
      lines.push(`enum ${row.name} (${row.labels})`);
    }
    const tables = `c.relkind = 'r' AND n.nspname = 'public' AND c.relname <> '_prisma_migrations'`;
    for (const row of await q(`SELECT c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${tables}`)) {
      lines.push(`table ${row.t}`);
    }
    for (const row of await q(`
      SELECT c.relname AS t, a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
             pg_get_expr(d.adbin, d.adrelid) AS def
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE ${tables} AND a.attnum > 0 AND NOT a.attisdropped`)) {
      lines.push(`column ${row.t}.${row.col} ${row.type} ${row.notnull ? 'NOT NULL' : 'NULL'} default=${normaliseDefault(row.def)}`);
    }
    for (const row of await q(`
      SELECT c.relname AS t, i.relname AS name, ix.indisprimary AS pk, ix.indisunique AS uq,
             (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum) AS cols
      FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class c ON c.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${tables}`)) {
      if (SQL_ONLY_INDEXES.has(row.name!)) continue;
      const kind = row.pk ? 'primary key' : row.uq ? 'unique index' : 'index';
      lines.push(`${kind} ${row.name} on ${row.t}(${row.cols})`);
    }
    const actions: Record<string, string> = { a: 'NoAction', r: 'Restrict', c: 'Cascade', n: 'SetNull', d: 'SetDefault' };
    for (const row of await q(`
      SELECT con.conname AS name, c.relname AS t, f.relname AS ft, con.confdeltype AS del, con.confupdtype AS upd,
             (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum) AS cols,
             (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = f.oid AND a.attnum = k.attnum) AS fcols
      FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class f ON f.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace WHERE con.contype = 'f' AND ${tables}`)) {
      lines.push(
        `foreign key ${row.name} ${row.t}(${row.cols}) -> ${row.ft}(${row.fcols}) on delete ${actions[row.del!]} on update ${actions[row.upd!]}`,
      );
    }
    return lines.sort();
  } finally {
    await client.end();
  }
}

function normaliseDefault(expression: string | null | undefined): string {
  if (!expression) return 'none';
  if (expression.startsWith('nextval(')) return 'nextval';
  // Drop the trailing cast PostgreSQL adds to literals: 'USD'::bpchar, ARRAY[]::text[].
  return expression.replace(/::[\w" ]+(\(\d+(,\d+)?\))?(\[\])?$/, '');
}
