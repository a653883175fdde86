package org.beltmap.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * JSON as every BeltMap file is read: one document per file, nothing after it (a merge-conflict marker, a second
 * FeatureCollection), no key twice in one object (Jackson would keep the last, or a reader concatenate both).
 * Errors name the line, column and byte offset and quote at most {@link DataException#QUOTE_MAX} characters.
 */
public final class StrictJson {

    static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private StrictJson() {
    }

    /** A streaming parser with duplicate detection; the caller calls {@link #expectEnd} after the root value. */
    public static JsonParser parser(InputStream in) throws IOException {
        return FACTORY.createParser(in);
    }

    /** The whole file as a tree (projects, scenarios, weights: small files). */
    public static JsonNode read(Path file, String fix) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(file, null, "file not found", "check the path");
        } catch (IOException e) {
            throw new DataException(file, null, "cannot be read (" + DataException.quote(e.getMessage()) + ")",
                    "check permissions", e);
        }
        return read(file, bytes, fix);
    }

    /** {@code bytes} are the content of {@code file}, already read (the caller sniffed them). */
    public static JsonNode read(Path file, byte[] bytes, String fix) {
        FileSniffer.Kind kind = FileSniffer.sniff(bytes);
        if (kind == FileSniffer.Kind.EMPTY || kind == FileSniffer.Kind.BLANK) {
            throw new DataException(file, null, "is empty (" + kind.description() + ")", fix);
        }
        try (JsonParser p = FACTORY.createParser(bytes)) {
            if (p.nextToken() == null) {
                throw new DataException(file, null, "is empty", fix);
            }
            JsonNode root = MAPPER.readTree(p);
            expectEnd(file, p, bytes, fix);
            return root;
        } catch (JsonProcessingException e) {
            throw error(file, e, fix);
        } catch (IOException e) {
            throw new DataException(file, null, "cannot be read (" + DataException.quote(e.getMessage()) + ")",
                    "check permissions", e);
        }
    }

    /** After the root value: the file must end here (whitespace aside). {@code content} may be null (read the file). */
    public static void expectEnd(Path file, JsonParser p, byte[] content, String fix) throws IOException {
        JsonLocation end = p.currentLocation();
        JsonToken next;
        JsonLocation start;
        try {
            next = p.nextToken();
            start = p.currentTokenLocation();
        } catch (JsonProcessingException e) {
            next = JsonToken.NOT_AVAILABLE; // not even JSON: "<<<<<<< HEAD", a stray "]"
            start = e.getLocation() == null ? end : e.getLocation();
        }
        if (next == null) {
            return;
        }
        long at = end.getByteOffset();
        String following = snippet(file, content, at);
        boolean second = next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY;
        boolean conflict = following.startsWith("<<<<<<<") || following.startsWith("=======")
                || following.startsWith(">>>>>>>");
        String problem = (second ? "a second JSON document follows the first" : "has content after the end of the JSON"
                 + " document") + " (" + where(start) + ": " + quoteShort(following) + ")"
                + (conflict ? "; it looks like a merge-conflict marker" : "");
        String how = second ? "keep one document per file: split them into two files, or merge them into one (two "
                + "FeatureCollections: one \"features\" array with the features of both)"
                : conflict ? "resolve the merge conflict: keep one version and delete the <<<<<<<, ======= and >>>>>>> "
                + "lines and the other version" : "delete what follows the document's closing bracket";
        throw new DataException(file, null, problem, how + (fix == null ? "" : "; then " + fix));
    }

    /** Jackson's error as "line L:C (byte B): problem", with NaN/Infinity and repeated keys called by name. */
    public static DataException error(Path file, JsonProcessingException e, String fix) {
        JsonLocation loc = e.getLocation();
        String where = loc == null ? null : where(loc);
        // Jackson's hints ("start marker at [Source: ...]", "enable JsonReadFeature...") mean nothing to a planner.
        String raw = oneLine(e.getOriginalMessage());
        String msg = DataException.quote(raw.replaceAll(" ?\\(start marker at \\[Source: [^\\]]*\\]\\)", "")
                .replaceAll(", from `[^`]*`", "")); // Jackson's limits name their Java setters
        java.util.regex.Matcher dup = java.util.regex.Pattern.compile("^Duplicate (?:field|Object property) [\"'](.*)[\"']$")
                .matcher(raw);
        if (dup.find()) {
            return new DataException(file, where, "the key '" + DataException.quote(dup.group(1))
                    + "' appears twice in the same object",
                    "keep one of them: JSON objects must not repeat a key (a reader would silently keep one or mix "
                            + "both); " + fix, e);
        }
        if (msg.contains("Non-standard token") || msg.contains("NaN") || msg.contains("Infinity")) {
            return new DataException(file, where, "contains NaN or Infinity, which are not numbers in JSON",
                    "replace them with real coordinates, or give the feature \"geometry\": null", e);
        }
        if (msg.contains("end-of-input") || msg.contains("Unexpected end")) {
            return new DataException(file, where, "JSON ends too early (" + msg + "); the file is truncated", fix, e);
        }
        return new DataException(file, where, "not valid JSON (" + msg + ")", fix, e);
    }

    static String where(JsonLocation loc) {
        return "line " + loc.getLineNr() + ":" + loc.getColumnNr()
                + (loc.getByteOffset() >= 0 ? " (byte " + loc.getByteOffset() + ")" : "");
    }

    /** Up to 60 characters of the file from byte {@code at}, leading whitespace skipped, for a message. */
    private static String snippet(Path file, byte[] content, long at) {
        byte[] b = new byte[240];
        int n = 0;
        if (content != null) {
            int from = (int) Math.max(0, Math.min(at, content.length));
            n = Math.min(b.length, content.length - from);
            System.arraycopy(content, from, b, 0, n);
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(Math.max(0, at));
                n = in.readNBytes(b, 0, b.length);
            } catch (IOException e) {
                return "";
            }
        }
        return new String(b, 0, Math.max(0, n), StandardCharsets.UTF_8).strip();
    }

    private static String quoteShort(String s) {
        String one = s.replaceAll("\\s+", " ");
        return "'" + (one.length() > 60 ? one.substring(0, 60) + "…" : one) + "'";
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
