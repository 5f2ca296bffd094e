import { describe, expect, it } from 'vitest';
import { isUuid, uuidV5 } from '../../../src/util/uuid.js';

const PODCAST_NAMESPACE = 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6';

describe('uuidV5', () => {
  it('should give the Podcasting 2.0 namespace examples for their feed URLs', () => {
    // docs/tags/guid.md of Podcastindex-org/podcast-namespace.
    expect(uuidV5('mp3s.nashownotes.com/pc20rss.xml', PODCAST_NAMESPACE)).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810');
    expect(uuidV5('podnews.net/rss', PODCAST_NAMESPACE)).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
  });

  it('should agree with the DNS namespace example every UUID library carries', () => {
    // Python's documentation: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org').
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('should read the name as UTF-8 and the namespace in either case', () => {
    const id = uuidV5('2024/03/12/удар-в-ответ/', PODCAST_NAMESPACE);
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('5');
    expect(uuidV5('2024/03/12/удар-в-ответ/', PODCAST_NAMESPACE.toUpperCase())).toBe(id);
  });

  it('refuses a namespace that is no UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(/Internal error/);
  });
});
