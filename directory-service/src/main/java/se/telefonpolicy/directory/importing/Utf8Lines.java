package se.telefonpolicy.directory.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Decodes a byte stream as UTF-8 one physical line at a time, strictly: a line that is not valid
 * UTF-8 is handed on as an empty line (which the CSV parser skips) and remembered as a bad line, so
 * one broken line is rejected and the rest of the file goes on. Line numbers stay those of the file.
 * Reads through its own buffer and holds at most one line in memory.
 */
final class Utf8Lines extends Reader {

    /** A line the file could not be decoded on; {@code lenient} is it with the bad bytes replaced. */
    record BadLine(long line, String lenient) {
    }

    static final int MAX_LINE_BYTES = 1 << 20;
    private static final char[] NO_CHARS = new char[0];

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[64 * 1024];
    private int bufferPos;
    private int bufferEnd;
    private byte[] lineBytes = new byte[1024];
    private char[] chars = NO_CHARS;
    private int charPos;
    private long line;
    private long bytesRead;
    private boolean eof;
    private final Deque<BadLine> badLines = new ArrayDeque<>();

    Utf8Lines(InputStream in) {
        this.in = in;
    }

    /** The first line, without its line break or a byte order mark; null for an empty file. */
    String firstLine() throws IOException {
        int length = readLine();
        if (length < 0) {
            return null;
        }
        try {
            String text = decoder.decode(ByteBuffer.wrap(lineBytes, 0, length)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.replaceAll("[\r\n]+$", "");
        } catch (CharacterCodingException e) {
            throw new HrFileException("Rubrikraden är inte giltig UTF-8: spara filen som UTF-8 och försök igen");
        }
    }

    /** Lines handed out so far (the number of the last one). */
    long line() {
        return line;
    }

    /** Bytes of the file consumed so far (the CSV parser reads a little ahead of the rows it has returned). */
    long bytesRead() {
        return bytesRead;
    }

    /** The bad lines met since the last call, oldest first. */
    BadLine pollBadLine() {
        return badLines.poll();
    }

    boolean hasBadLines() {
        return !badLines.isEmpty();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (charPos >= chars.length) {
            if (!nextLine()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.length - charPos);
        System.arraycopy(chars, charPos, target, offset, n);
        charPos += n;
        return n;
    }

    private boolean nextLine() throws IOException {
        int length = readLine();
        if (length < 0) {
            return false;
        }
        charPos = 0;
        try {
            CharBuffer decoded = decoder.decode(ByteBuffer.wrap(lineBytes, 0, length));
            chars = Arrays.copyOfRange(decoded.array(), decoded.arrayOffset() + decoded.position(),
                    decoded.arrayOffset() + decoded.limit());
        } catch (CharacterCodingException e) {
            String lenient = new String(lineBytes, 0, length, StandardCharsets.UTF_8).replaceAll("[\r\n]+$", "");
            badLines.add(new BadLine(line, lenient));
            boolean endsWithBreak = length > 0 && lineBytes[length - 1] == '\n';
            chars = endsWithBreak ? new char[] {'\n'} : NO_CHARS;
        }
        return true;
    }

    /** Reads the next physical line (with its '\n') into lineBytes; its length, or -1 at the end of the file. */
    private int readLine() throws IOException {
        int length = 0;
        while (true) {
            if (bufferPos >= bufferEnd) {
                if (eof || !fill()) {
                    break;
                }
            }
            int start = bufferPos;
            int end = start;
            while (end < bufferEnd && buffer[end] != '\n') {
                end++;
            }
            boolean found = end < bufferEnd;
            int take = (found ? end + 1 : end) - start;
            if (length + take > MAX_LINE_BYTES) {
                throw new HrFileException("Rad " + (line + 1) + " är längre än " + MAX_LINE_BYTES / 1024
                        + " kB: är det verkligen en CSV-fil från HR-systemet?");
            }
            if (length + take > lineBytes.length) {
                lineBytes = Arrays.copyOf(lineBytes, Math.max(lineBytes.length * 2, length + take));
            }
            System.arraycopy(buffer, start, lineBytes, length, take);
            length += take;
            bufferPos += take;
            if (found) {
                break;
            }
        }
        if (length == 0) {
            return -1;
        }
        line++;
        bytesRead += length;
        return length;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            eof = true;
            return false;
        }
        bufferPos = 0;
        bufferEnd = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
