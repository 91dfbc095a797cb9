import { z } from 'zod';
import type { RoundupSummary } from '../../contract/roundup-endpoints';
import { roundupEventSchema, type RoundupEvent } from '../../contract/workflow-endpoints';
import { roundupStatusSchema } from '../../schema/roundup-status';
import { idempotencyRecordSchema, type IdempotencyRecord } from '../../services/idempotency-record';
import { storedPhotoMetadataSchema, type StoredPhotoMetadata } from '../../services/stored-photo';
import { storedRoundupSchema, type StoredRoundup } from '../../services/stored-roundup';
import { storedSessionSchema, storedUserSchema, type StoredSession, type StoredUser } from '../../services/stored-user';
import { summarizeListRow } from './summarize-list-row';

/** How one engine's driver reads the columns whose representation differs between engines. */
export interface RowCodecs {
  /** A JSON column, read as the value it holds. */
  json: z.ZodType<unknown>;
  /** A timestamp column, read as the ISO string the services use. */
  timestamp: z.ZodType<string>;
}

/** Rows as the driver returns them, checked and mapped to the services' types. */
export interface RowMappers {
  toStoredRoundup: (row: unknown) => StoredRoundup;
  toSummary: (row: unknown) => RoundupSummary;
  /** Null when the stored record no longer parses as a record. */
  toIdempotencyRecord: (row: unknown) => IdempotencyRecord | null;
  toEvent: (row: unknown) => RoundupEvent;
  toStoredUser: (row: unknown) => StoredUser;
  toStoredSession: (row: unknown) => StoredSession;
  toPhotoMetadata: (row: unknown) => StoredPhotoMetadata;
}

/** The row mapping shared by the engines, which differ only in how their columns decode. */
export function createRowMappers({ json, timestamp }: RowCodecs): RowMappers {
  const roundupRowSchema = z.object({
    id: z.string(),
    owner_id: z.string(),
    status: z.string(),
    version: z.number(),
    schema_version: z.number(),
    meta: json,
    body: json,
    workflow: json,
    workflow_revision: z.number(),
    created_at: timestamp,
    updated_at: timestamp,
  });

  const listRowSchema = z.object({
    id: z.string(),
    owner_id: z.string(),
    status: roundupStatusSchema,
    version: z.number(),
    updated_at: timestamp,
    meta: json.pipe(z.record(z.string(), z.unknown())),
    workflow: json.pipe(z.record(z.string(), z.unknown())),
    brief_count: z.number(),
  });

  const idempotencyRowSchema = z.object({
    key: z.string(),
    request_fingerprint: z.string(),
    roundup_id: z.string(),
    result: json,
    created_at: timestamp,
  });

  const userRowSchema = z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.string(),
    password_hash: z.string(),
    created_at: timestamp,
    // SQLite has no boolean type (0 or 1); PostgreSQL's driver reads a boolean.
    active: z.union([z.boolean(), z.literal(0), z.literal(1)]),
    deactivated_at: z.nullable(timestamp),
    last_signed_in_at: z.nullable(timestamp),
    password_changed_at: z.nullable(timestamp),
  });

  const sessionRowSchema = z.object({
    token_hash: z.string(),
    user_id: z.string(),
    created_at: timestamp,
    expires_at: timestamp,
  });

  const photoMetadataRowSchema = z.object({
    id: z.string(),
    media_type: z.string(),
    width: z.number(),
    height: z.number(),
    byte_size: z.number(),
    content_hash: z.string(),
    variants: json,
    created_at: timestamp,
  });

  return {
    toStoredRoundup(row) {
      const columns = roundupRowSchema.parse(row);
      return storedRoundupSchema.parse({
        id: columns.id,
        ownerId: columns.owner_id,
        meta: columns.meta,
        body: columns.body,
        status: columns.status,
        workflow: columns.workflow,
        workflowRevision: columns.workflow_revision,
        version: columns.version,
        schemaVersion: columns.schema_version,
        createdAt: columns.created_at,
        updatedAt: columns.updated_at,
      });
    },

    toSummary(row) {
      const columns = listRowSchema.parse(row);
      return summarizeListRow({
        id: columns.id,
        ownerId: columns.owner_id,
        status: columns.status,
        version: columns.version,
        updatedAt: columns.updated_at,
        meta: columns.meta,
        workflow: columns.workflow,
        briefCount: columns.brief_count,
      });
    },

    toEvent(row) {
      return roundupEventSchema.parse(z.object({ event: json }).parse(row).event);
    },

    toIdempotencyRecord(row) {
      const columns = idempotencyRowSchema.parse(row);
      const record = idempotencyRecordSchema.safeParse({
        key: columns.key,
        requestFingerprint: columns.request_fingerprint,
        roundupId: columns.roundup_id,
        result: columns.result,
        createdAt: columns.created_at,
      });
      // A record written by an older build is only a retry hint: dropping it is safe, failing the save is not.
      return record.success ? record.data : null;
    },

    toStoredUser(row) {
      const columns = userRowSchema.parse(row);
      return storedUserSchema.parse({
        id: columns.id,
        email: columns.email,
        name: columns.name,
        role: columns.role,
        passwordHash: columns.password_hash,
        createdAt: columns.created_at,
        active: columns.active === true || columns.active === 1,
        deactivatedAt: columns.deactivated_at,
        lastSignedInAt: columns.last_signed_in_at,
        passwordChangedAt: columns.password_changed_at,
      });
    },

    toStoredSession(row) {
      const columns = sessionRowSchema.parse(row);
      return storedSessionSchema.parse({
        tokenHash: columns.token_hash,
        userId: columns.user_id,
        createdAt: columns.created_at,
        expiresAt: columns.expires_at,
      });
    },

    toPhotoMetadata(row) {
      const columns = photoMetadataRowSchema.parse(row);
      return storedPhotoMetadataSchema.parse({
        id: columns.id,
        mediaType: columns.media_type,
        width: columns.width,
        height: columns.height,
        byteSize: columns.byte_size,
        contentHash: columns.content_hash,
        variants: columns.variants,
        createdAt: columns.created_at,
      });
    },
  };
}
