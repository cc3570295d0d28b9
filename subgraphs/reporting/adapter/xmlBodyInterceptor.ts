import type { Dispatcher } from 'undici';

/**
 * Lets the shared legacy client (one pool, retries, breaker, deadlines and auth per system) carry
 * the reporting system's XML answers, which it could not otherwise read: it expects a JSON
 * envelope. A successful answer with an XML content type reaches the client as the envelope
 * `{ "MaLoi": "0", "Data": "<the XML text>" }`; the adapter parses the text itself
 * (readIndexScoresXml.ts), so malformed XML fails with its own message. Statuses, JSON and HTML
 * answers pass untouched, so the client still classifies errors, and a body cut off still fails
 * as cut off.
 *
 * Once `LegacyClient` can return a raw body (see the reporting room's hand-over), this
 * interceptor goes.
 */
export function xmlBodyInterceptor(): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (options, handler) => dispatch(options, new XmlEnvelopeHandler(handler));
}

class XmlEnvelopeHandler implements Dispatcher.DispatchHandler {
  private xml = false;
  private chunks: Buffer[] = [];

  constructor(private readonly inner: Dispatcher.DispatchHandler) {}

  onRequestStart(controller: Dispatcher.DispatchController, context: unknown): void {
    this.xml = false;
    this.chunks = [];
    this.inner.onRequestStart?.(controller, context);
  }

  onRequestSent(): void {
    this.inner.onRequestSent?.();
  }

  onResponseStarted(): void {
    this.inner.onResponseStarted?.();
  }

  onResponseStart(controller: Dispatcher.DispatchController, statusCode: number, headers: Record<string, string | string[] | undefined>, statusMessage?: string): void {
    const contentType = String(headers['content-type'] ?? '');
    this.xml = statusCode >= 200 && statusCode < 300 && /[/+]xml\b/i.test(contentType);
    if (!this.xml) return this.inner.onResponseStart?.(controller, statusCode, headers, statusMessage);
    const { 'content-length': _length, ...rest } = headers;
    this.inner.onResponseStart?.(controller, statusCode, { ...rest, 'content-type': 'application/json; charset=utf-8' }, statusMessage);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.xml) this.chunks.push(chunk);
    else this.inner.onResponseData?.(controller, chunk);
  }

  onResponseEnd(controller: Dispatcher.DispatchController, trailers: Record<string, string | string[] | undefined>): void {
    if (this.xml) {
      const text = Buffer.concat(this.chunks).toString('utf8');
      this.inner.onResponseData?.(controller, Buffer.from(JSON.stringify({ MaLoi: '0', ThongBao: '', Data: text }), 'utf8'));
    }
    this.inner.onResponseEnd?.(controller, trailers);
  }

  onResponseError(controller: Dispatcher.DispatchController, error: Error): void {
    this.inner.onResponseError?.(controller, error);
  }
}
