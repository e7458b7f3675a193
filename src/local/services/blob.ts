/**
 * A minimal local `Blob` (what `Utilities.newBlob` returns): bytes with an optional content type and name.
 * Enough for the add-on to turn strings into bytes and back, and to attach a CSV to an email.
 */
import type { CallLog } from '../call-log';
import { bytesOf, decodeBytes, toSignedBytes } from './bytes';
import type { Subset } from '../implements';

export class LocalBlob implements Subset<
  GoogleAppsScript.Base.Blob,
  | 'getBytes'
  | 'getDataAsString'
  | 'getContentType'
  | 'getName'
  | 'setName'
  | 'setContentType'
  | 'setBytes'
  | 'setDataFromString'
  | 'copyBlob'
  | 'getBlob'
> {
  private data: Buffer;
  private contentType: string | null;
  private name: string | null;

  /** A string's content type defaults to text/plain; raw bytes have none until set. */
  constructor(
    data: string | readonly unknown[],
    private readonly calls: CallLog,
    contentType?: string | null,
    name?: string | null,
  ) {
    this.data = bytesOf(data);
    this.contentType = contentType ?? (typeof data === 'string' ? 'text/plain' : null);
    this.name = name ?? null;
  }

  /** A copy of the data as signed bytes. */
  getBytes(): number[] {
    this.calls.record('Utilities', 'Blob.getBytes');
    return toSignedBytes(this.data);
  }

  /** The data decoded as UTF-8, or in the named charset. */
  getDataAsString(charset?: string): string {
    this.calls.record('Utilities', 'Blob.getDataAsString');
    return decodeBytes(this.data, charset);
  }

  getContentType(): string | null {
    this.calls.record('Utilities', 'Blob.getContentType');
    return this.contentType;
  }

  setContentType(contentType: string | null): this {
    this.calls.record('Utilities', 'Blob.setContentType');
    this.contentType = contentType;
    return this;
  }

  getName(): string | null {
    this.calls.record('Utilities', 'Blob.getName');
    return this.name;
  }

  setName(name: string): this {
    this.calls.record('Utilities', 'Blob.setName');
    this.name = String(name);
    return this;
  }

  setBytes(data: number[]): this {
    this.calls.record('Utilities', 'Blob.setBytes');
    this.data = bytesOf(data);
    return this;
  }

  /** Replaces the data with a string's UTF-8 bytes (a charset other than UTF-8 is not supported locally). */
  setDataFromString(text: string, charset?: string): this {
    this.calls.record('Utilities', 'Blob.setDataFromString');
    if (charset !== undefined && charset.toUpperCase().replace(/_/g, '-') !== 'UTF-8') {
      throw new RangeError(
        `Blob.setDataFromString: charset ${charset} is not supported by the local runtime`,
      );
    }
    this.data = Buffer.from(String(text), 'utf8');
    return this;
  }

  copyBlob(): LocalBlob {
    this.calls.record('Utilities', 'Blob.copyBlob');
    return new LocalBlob(toSignedBytes(this.data), this.calls, this.contentType, this.name);
  }

  /** A blob is its own BlobSource. */
  getBlob(): this {
    return this;
  }
}
