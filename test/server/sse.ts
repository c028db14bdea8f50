// Reads a Server-Sent Events response into a list of events as they arrive (eventsource-parser, the
// parser the client uses).
import { createParser, type EventSourceMessage } from 'eventsource-parser';

export interface SseReader {
  events: EventSourceMessage[];
  comments: string[];
  /** Resolves when the body ends (the server closed the stream). */
  ended: Promise<void>;
  cancel(): Promise<void>;
}

export function readSse(response: Response): SseReader {
  const events: EventSourceMessage[] = [];
  const comments: string[] = [];
  const parser = createParser({ onEvent: (e) => events.push(e), onComment: (c) => comments.push(c) });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const ended = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        parser.feed(decoder.decode(value, { stream: true }));
      }
    } catch {
      // Canceled.
    }
  })();
  return { events, comments, ended, cancel: () => reader.cancel() };
}
