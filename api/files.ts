import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Context } from 'koa';
import { AppError } from './errors';
import { z } from './define-route';

/**
 * Uploaded files: the type is read from the content (a renamed program is not a PDF), the size is
 * bounded, the name a person gave is only ever shown — files are stored under an id the server
 * makes, in PostgreSQL, and served only after a permission check.
 */
export const FILE_MAX_BYTES = 5 * 1024 * 1024;

export const ACCEPTED_TYPES = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
} as const;
export type AcceptedType = keyof typeof ACCEPTED_TYPES;

/** The type of a file from its first bytes, or null when it is none of the accepted ones. */
export function sniffType(content: Buffer): AcceptedType | null {
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'image/jpeg';
  if (content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  return null;
}

/** What the client sends for a file: its name (shown only) and its bytes in base64. */
export const FileUpload = z
  .object({
    name: z.string().trim().min(1).max(150),
    contentBase64: z
      .string()
      .min(1)
      // A little above 5 Mo, so that the size check below answers with its clear message.
      .max(8_000_000)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  })
  .strict()
  .openapi('FileUpload');
export type FileUpload = z.infer<typeof FileUpload>;

function refuseFile(path: string, code: string, message: string): never {
  throw new AppError(400, code, message, [{ path, message }]);
}

/**
 * Checks an upload without storing it; returns its bytes and the type read from them. `path`
 * names the field in errors. Refused, with a French message: a name with folders or control
 * characters, an empty or too large file, a content that is not one of `accept`.
 */
export function checkUpload(
  upload: FileUpload,
  opts: { accept: AcceptedType[]; path: string },
): { content: Buffer; contentType: AcceptedType; name: string } {
  const name = upload.name;
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[/\\]|\.\.|[\u0000-\u001f\u007f]/.test(name) || name.startsWith('.')) {
    refuseFile(
      `${opts.path}.name`,
      'INVALID_FILE_NAME',
      'Le nom du fichier n’est pas accepté : il ne peut contenir ni dossier (/ ou \\), ni « .. », ni caractère spécial.',
    );
  }
  const content = Buffer.from(upload.contentBase64, 'base64');
  if (content.length === 0) refuseFile(opts.path, 'FILE_EMPTY', 'Le fichier est vide.');
  if (content.length > FILE_MAX_BYTES)
    refuseFile(opts.path, 'FILE_TOO_LARGE', 'Le fichier est trop lourd : 5 Mo au maximum.');
  const type = sniffType(content);
  if (!type || !opts.accept.includes(type)) {
    const accepted = opts.accept.map((t) => ACCEPTED_TYPES[t]).join(', ');
    refuseFile(
      opts.path,
      'FILE_TYPE_NOT_ACCEPTED',
      `Ce fichier n’est pas accepté : envoyez un fichier ${accepted} (son contenu est vérifié, pas seulement son nom).`,
    );
  }
  return { content, contentType: type, name };
}

/** Checks an upload (`checkUpload`) and stores it; returns the new file's id. */
export async function storeFile(
  db: Knex,
  upload: FileUpload,
  opts: { providerId: string; purpose: string; uploadedBy: string; accept: AcceptedType[]; path: string },
): Promise<{ id: string; contentType: AcceptedType; size: number; name: string }> {
  const { content, contentType, name } = checkUpload(upload, opts);
  const id = randomUUID();
  await db('files').insert({
    id,
    providerId: opts.providerId,
    purpose: opts.purpose,
    contentType,
    size: content.length,
    content,
    displayName: name,
    uploadedBy: opts.uploadedBy,
  });
  return { id, contentType, size: content.length, name };
}

/** Sends a stored file with its checked type; the browser never guesses another. */
export function serveFile(ctx: Context, file: Record<string, unknown>): void {
  ctx.set('Content-Type', String(file.contentType));
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
  ctx.set('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(String(file.displayName))}`);
  ctx.set('Cache-Control', 'private, no-store');
  ctx.body = file.content as Buffer;
}
