package org.beltmap.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Strict decoding as a stream: text is read a buffer at a time (never the whole file), a leading byte-order mark
 * is dropped, and bytes that are not valid in the charset stop the read with the byte, its offset and its line,
 * where {@link java.io.InputStreamReader} would say "Input length = 1".
 */
final class DecodingReader extends Reader {

    /** Bytes that do not decode: what and where, for the message. */
    static final class BadBytes extends IOException {
        final long offset;
        final int value;
        final long line;

        BadBytes(long offset, int value, long line) {
            super("byte 0x" + Integer.toHexString(value) + " at offset " + offset + " (line " + line + ")");
            this.offset = offset;
            this.value = value;
            this.line = line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private long consumed; // bytes before bytes.position()
    private long line = 1;
    private boolean eof;
    private boolean first = true;
    private boolean done;

    DecodingReader(InputStream in, Charset cs) {
        this.in = in;
        this.decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        if (first) {
            first = false;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
                if (!chars.hasRemaining()) {
                    return read(buf, off, len);
                }
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        for (int i = off; i < off + n; i++) {
            if (buf[i] == '\n') {
                line++;
            }
        }
        return n;
    }

    /** Decodes more into {@code chars}; false at the end of the input. */
    private boolean fill() throws IOException {
        if (done) {
            return false;
        }
        chars.clear();
        try {
            while (true) {
                CoderResult r = decoder.decode(bytes, chars, eof);
                if (r.isError()) {
                    throw bad();
                }
                if (chars.position() > 0) {
                    return true;
                }
                if (eof) {
                    if (decoder.flush(chars).isError()) {
                        throw bad();
                    }
                    done = chars.position() == 0;
                    return !done;
                }
                consumed += bytes.position(); // nothing decoded: the rest is a partial character, read on
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
        } finally {
            chars.flip();
        }
    }

    private BadBytes bad() {
        int at = bytes.position();
        // Lines of the text handed out so far plus those decoded into the buffer before the bad byte.
        long l = line;
        for (int i = 0; i < chars.position(); i++) {
            l += chars.get(i) == '\n' ? 1 : 0;
        }
        return new BadBytes(consumed + at, bytes.get(at) & 0xFF, l);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
