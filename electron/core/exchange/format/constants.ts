// The fixed numbers and strings of the package file format (docs/package-format.md says why each is what it is).

/** Version of the byte layout this app writes; a reader refuses a higher one (PKG_FORMAT_UNSUPPORTED). */
export const FORMAT_VERSION = 1;
/** Version of the exchange records this app writes and reads; a package whose minReaderVersion is higher is refused. */
export const SCHEMA_VERSION = 1;

/** 0x89 first (catches 7-bit transfers), then "BOAIPKG". */
export const MAGIC = Buffer.from([0x89, 0x42, 0x4f, 0x41, 0x49, 0x50, 0x4b, 0x47]);
/** Last 8 bytes of every file: "BOAI-END". */
export const END_MAGIC = Buffer.from('BOAI-END', 'ascii');

export const PREAMBLE_BYTES = 24; // magic 8 | version u16 | flags u16 | header length u32 | total length u64
export const SIGNATURE_BYTES = 64; // Ed25519
export const TRAILER_BYTES = 48; // total length u64 | SHA-256 32 | END_MAGIC 8
export const TAG_BYTES = 16; // AES-GCM tag
export const KEY_BYTES = 32;

/** Plaintext (compressed) bytes per encrypted chunk. */
export const DEFAULT_CHUNK_SIZE = 64 * 1024;
export const MAX_CHUNK_SIZE = 16 * 1024 * 1024;
export const MAX_HEADER_BYTES = 64 * 1024;
/** Room left for the header when a package is split into parts. */
export const HEADER_BUDGET = 8 * 1024;
/** No package may declare or inflate to more than this, whatever its header says. */
export const HARD_CEILING_BYTES = 4 * 1024 * 1024 * 1024;
/** One NDJSON line may not be longer than this, in UTF-16 units (a record is a few hundred). */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;
/** zstd window limit on the reader; the writer uses level 1 (512 KiB window), see the format doc for the figures. */
export const ZSTD_WINDOW_LOG_MAX = 24;
export const ZSTD_LEVEL = 1;

export const SIGNATURE_CONTEXT = Buffer.from('BOAI-LEDGER/package-header/v1\0', 'ascii');
export const PACKAGE_HASH_CONTEXT = Buffer.from('BOAI-LEDGER/package-hash/v1\0', 'ascii');
export const KEY_WRAP_INFO = Buffer.from('BOAI-LEDGER/package-key-wrap/v1', 'ascii');

export const COMPRESSION = 'zstd';
export const KEY_WRAP_SCHEME = 'X25519-HKDF-SHA256-A256GCM';
export const PAYLOAD_CIPHER = 'A256GCM-CHUNKED';
export const PACKAGE_EXTENSION = '.boaipkg';
