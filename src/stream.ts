/** parseFeedStream: papers from a stream of feed text. */
import { parseFeed, type ParseFeedOptions } from './parse.js';
import type { Paper } from './schema/paper.js';

/** What parseFeedStream reads: an async iterable of strings or bytes, or a web ReadableStream. */
export type FeedStreamSource = AsyncIterable<string | Uint8Array> | ReadableStream<string | Uint8Array>;

async function* chunksOf(source: FeedStreamSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  const iterable: AsyncIterable<string | Uint8Array> =
    Symbol.asyncIterator in (source as object)
      ? (source as AsyncIterable<string | Uint8Array>)
      : {
          async *[Symbol.asyncIterator]() {
            const reader = (source as ReadableStream<string | Uint8Array>).getReader();
            try {
              for (;;) {
                const { done, value } = await reader.read();
                if (done) return;
                yield value;
              }
            } finally {
              reader.releaseLock();
            }
          },
        };
  for await (const chunk of iterable) {
    yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

/**
 * Reads a feed from a stream and yields its papers. The only async function of
 * the API.
 *
 * @example
 * for await (const paper of parseFeedStream(fs.createReadStream('feed.txt'))) console.log(paper.title)
 */
export async function* parseFeedStream(source: FeedStreamSource, options?: ParseFeedOptions): AsyncGenerator<Paper> {
  let text = '';
  for await (const chunk of chunksOf(source)) text += chunk;
  const result = parseFeed(text, options);
  for (const p of result.papers) yield p;
}
