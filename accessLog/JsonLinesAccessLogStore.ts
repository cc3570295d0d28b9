/**
 * The default access-log store: one JSON record per line in a file, and beside it a small head
 * anchor (`<file>.head`: the last record's seq and hash). The chain alone reveals an edited,
 * removed or reordered record, but not records cut off the end; the anchor does.
 *
 * One process writes one file: appends are serialized through an in-process queue. Several
 * gateway replicas must use the PostgreSQL store instead, which extends one chain under a lock.
 */
import { mkdir, open, readFile, rename, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { AccessLogFormatError } from './AccessLogFormatError.js';
import { hashRecord, sealRecord, type AccessLogEntry, type AccessLogHead, type AccessLogRecord } from './AccessLogRecord.js';
import type { AccessLogStore } from './AccessLogStore.js';

/** Options of `JsonLinesAccessLogStore.open`. */
export interface JsonLinesAccessLogStoreOptions {
  /** Path of the JSON-lines file; its directory is created. Default: none, required. */
  readonly file: string;
  /**
   * Flush every record to disk (`fdatasync`) before `append` resolves. Default `false`: the OS
   * writes it out within seconds; turn it on where losing the last records in a power cut matters
   * more than a few milliseconds per operation.
   */
  readonly fsync?: boolean;
  /**
   * Open for reading only (the auditor's lookup in another process): nothing is created or
   * written, and the file may not exist yet. Default `false`.
   */
  readonly readOnly?: boolean;
}

/** Path of the head anchor of a log file. */
export function headFileOf(file: string): string {
  return `${file}.head`;
}

const TAIL_CHUNK_BYTES = 64 * 1024;

export class JsonLinesAccessLogStore implements AccessLogStore {
  readonly file: string;
  private readonly fsync: boolean;
  private handle: FileHandle | undefined;
  private head: AccessLogHead | undefined;
  private size: number;
  private queue: Promise<unknown> = Promise.resolve();
  private broken: Error | undefined;
  private closed = false;

  private constructor(file: string, fsync: boolean, handle: FileHandle | undefined, head: AccessLogHead | undefined, size: number) {
    this.file = file;
    this.fsync = fsync;
    this.handle = handle;
    this.head = head;
    this.size = size;
  }

  /**
   * Opens the log to continue its chain from its last record. Refuses (AccessLogFormatError) a
   * file whose end is unreadable or does not match its head anchor: appending would bury the
   * evidence of records cut off the end, so an operator must look first (`npm run audit:verify`).
   */
  static async open(options: JsonLinesAccessLogStoreOptions): Promise<JsonLinesAccessLogStore> {
    const file = path.resolve(options.file);
    if (options.readOnly) return new JsonLinesAccessLogStore(file, false, undefined, undefined, 0);
    await mkdir(path.dirname(file), { recursive: true });
    const handle = await open(file, 'a');
    try {
      const { size } = await handle.stat();
      const tail = await readTailRecord(file, size);
      const anchor = await readHeadFile(headFileOf(file));
      if (tail && hashRecord(tail) !== tail.hash) {
        throw new AccessLogFormatError(`The last record of ${file} (seq ${tail.seq}) does not match its own hash: it was edited. Run npm run audit:verify.`);
      }
      if (anchor && (!tail || tail.seq < anchor.seq || (tail.seq === anchor.seq && tail.hash !== anchor.hash))) {
        throw new AccessLogFormatError(
          `${file} ends at ${tail ? `seq ${tail.seq}` : 'no record'} but its head anchor says seq ${anchor.seq}: ` +
            'records were removed from its end. Keep both files as evidence, run npm run audit:verify, and start a new log file.',
        );
      }
      const store = new JsonLinesAccessLogStore(file, options.fsync ?? false, handle, tail ? { seq: tail.seq, hash: tail.hash } : undefined, size);
      if (tail && (!anchor || anchor.seq !== tail.seq)) await store.writeHead();
      return store;
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  append(entry: AccessLogEntry): Promise<AccessLogRecord> {
    const result = this.queue.then(() => this.appendNow(entry));
    // The queue goes on after a failed append; the failure goes to this caller only.
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async appendNow(entry: AccessLogEntry): Promise<AccessLogRecord> {
    if (this.closed) throw new Error(`The access log ${this.file} is closed.`);
    if (!this.handle) throw new Error(`The access log ${this.file} was opened read-only.`);
    if (this.broken) throw this.broken;
    const record = sealRecord(entry, this.head);
    const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
    try {
      await this.handle.write(line);
      if (this.fsync) await this.handle.datasync();
    } catch (error) {
      await this.undoPartialWrite(error);
      throw error;
    }
    this.size += line.length;
    this.head = { seq: record.seq, hash: record.hash };
    await this.writeHead();
    return record;
  }

  /** A half-written line would glue onto the next one; cut the file back or stop appending. */
  private async undoPartialWrite(cause: unknown): Promise<void> {
    try {
      await this.handle!.truncate(this.size);
    } catch {
      this.broken = new Error(`The access log ${this.file} could not be restored after a failed write; reopen it.`, { cause });
    }
  }

  private async writeHead(): Promise<void> {
    const headFile = headFileOf(this.file);
    // Write then rename, so a reader never sees a half-written anchor.
    await writeFile(`${headFile}.tmp`, `${JSON.stringify(this.head)}\n`);
    await rename(`${headFile}.tmp`, headFile);
  }

  async readAll(): Promise<AccessLogRecord[]> {
    await this.queue;
    const text = await readIfExists(this.file);
    if (text === undefined) return [];
    const lines = text.split('\n');
    if (lines.at(-1) === '') lines.pop();
    return lines.map((line, index) => parseLine(line, `${this.file} line ${index + 1}`));
  }

  async readHead(): Promise<AccessLogHead | undefined> {
    await this.queue;
    return readHeadFile(headFileOf(this.file));
  }

  async findBySubject(subject: string, options: { readonly first: number }): Promise<AccessLogRecord[]> {
    await this.queue;
    const text = await readIfExists(this.file);
    if (text === undefined) return [];
    // A line without its newline is still being written by the gateway: not a record yet.
    const lines = text.split('\n').slice(0, -1);
    const found: AccessLogRecord[] = [];
    for (let index = lines.length - 1; index >= 0 && found.length < options.first; index--) {
      const line = lines[index]!;
      if (!line.includes(subject)) continue;
      const record = parseLine(line, `${this.file} line ${index + 1}`);
      if (record.released.some((field) => field.subject === subject)) found.push(record);
    }
    return found;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.queue;
    this.closed = true;
    await this.handle?.close();
    this.handle = undefined;
  }
}

function parseLine(line: string, where: string): AccessLogRecord {
  try {
    const value: unknown = JSON.parse(line);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as AccessLogRecord;
  } catch {
    // reported below
  }
  throw new AccessLogFormatError(`${where} is not a JSON record.`);
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function readHeadFile(file: string): Promise<AccessLogHead | undefined> {
  const text = await readIfExists(file);
  if (text === undefined) return undefined;
  const head = (() => {
    try {
      return JSON.parse(text) as Partial<AccessLogHead>;
    } catch {
      return undefined;
    }
  })();
  if (!head || !Number.isSafeInteger(head.seq) || typeof head.hash !== 'string') {
    throw new AccessLogFormatError(`The head anchor ${file} is not {"seq":N,"hash":"…"}.`);
  }
  return { seq: head.seq!, hash: head.hash };
}

/** The last record of the file, read from the end so a large log opens as fast as a small one. */
async function readTailRecord(file: string, size: number): Promise<AccessLogRecord | undefined> {
  if (size === 0) return undefined;
  const handle = await open(file, 'r');
  try {
    let end = size;
    let text = '';
    while (end > 0) {
      const start = Math.max(0, end - TAIL_CHUNK_BYTES);
      const buffer = Buffer.alloc(end - start);
      await handle.read(buffer, 0, buffer.length, start);
      // Bytes, not characters, are cut at chunk borders: decode only once a whole line is in.
      text = buffer.toString('latin1') + text;
      end = start;
      const body = text.endsWith('\n') ? text.slice(0, -1) : text;
      if (body.lastIndexOf('\n') !== -1 || end === 0) break;
    }
    if (!text.endsWith('\n')) {
      throw new AccessLogFormatError(`${file} ends with an incomplete line (a write was cut short). Run npm run audit:verify.`);
    }
    const lastLine = text.slice(0, -1).split('\n').at(-1)!;
    return parseLine(Buffer.from(lastLine, 'latin1').toString('utf8'), `${file} last line`);
  } finally {
    await handle.close();
  }
}
