package id.kemas.export.zip;

/** One entry compressed ahead of the writer: raw DEFLATE data with the size and CRC of the original. */
record Deflated(byte[] data, long size, long crc) {}
