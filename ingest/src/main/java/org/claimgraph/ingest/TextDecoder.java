package org.claimgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.core.InvalidInputException;

/**
 * Turns bytes into text: refuses binary and empty input, picks the charset (byte-order mark, then the
 * HTTP Content-Type header, then an HTML meta or XML declaration, else UTF-8) and decodes strictly, so
 * bytes that are not valid in that charset are reported with their offset instead of silently
 * becoming U+FFFD. Stateless, thread-safe.
 */
final class TextDecoder {
    /** The decoded text (without any byte-order mark), the charset used and where it was learned. */
    record Decoded(String text, Charset charset, String charsetOrigin) {
    }

    private static final int SNIFF_BYTES = 8192;
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([^\"';\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([a-z0-9_:.+-]+)[\"']", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    static Decoded decode(String source, byte[] bytes, String contentTypeHeader) {
        if (bytes.length == 0) {
            throw new InvalidInputException(source, "empty: there is no content");
        }
        Charset charset = null;
        String origin = null;
        int bomLength = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) && Charset.isSupported("UTF-32LE")) {
            charset = Charset.forName("UTF-32LE");
            bomLength = 4;
        } else if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) && Charset.isSupported("UTF-32BE")) {
            charset = Charset.forName("UTF-32BE");
            bomLength = 4;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        }
        if (charset != null) {
            origin = "byte-order mark";
        } else {
            String declared = headerCharset(contentTypeHeader);
            if (declared != null) {
                charset = lookup(declared, false);
                origin = "HTTP Content-Type header";
            }
            if (charset == null) {
                declared = markupCharset(bytes);
                if (declared != null) {
                    // A document that can state its charset in ASCII is not UTF-16, whatever it says.
                    charset = lookup(declared, true);
                    origin = "charset declared in the document";
                }
            }
            if (charset == null) {
                charset = StandardCharsets.UTF_8;
                origin = "default";
            }
            if (!isWide(charset)) {
                refuseBinary(source, bytes);
            }
        }
        String text = decodeStrictly(source, bytes, bomLength, charset, origin);
        if (text.isBlank()) {
            throw new InvalidInputException(source, "empty: the content is only white space");
        }
        return new Decoded(text, charset, origin);
    }

    /** Refuses bytes that are plainly not text: a known binary signature, or NUL bytes early on. */
    static void refuseBinary(String source, byte[] bytes) {
        String kind = binaryKind(bytes);
        if (kind != null) {
            throw new InvalidInputException(source, "binary content (" + kind + "), not text");
        }
        int limit = Math.min(bytes.length, SNIFF_BYTES);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                throw new InvalidInputException(source, "binary content (NUL byte at offset " + i + "), not text");
            }
        }
    }

    private static String binaryKind(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (startsWith(b, 'R', 'I', 'F', 'F')) {
            return "RIFF media (WebP, WAV or AVI)";
        }
        if (startsWith(b, 'I', 'I', 0x2A, 0x00) || startsWith(b, 'M', 'M', 0x00, 0x2A)) {
            return "TIFF image";
        }
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return "PDF document";
        }
        if (startsWith(b, 'P', 'K', 0x03, 0x04)) {
            return "ZIP archive, e.g. DOCX or EPUB";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip-compressed data";
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "ELF executable";
        }
        if (startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "Java class file";
        }
        if (startsWith(b, 'O', 'g', 'g', 'S')) {
            return "Ogg media";
        }
        if (startsWith(b, '7', 'z', 0xBC, 0xAF)) {
            return "7-Zip archive";
        }
        if (b.length >= 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return "MP4/QuickTime media";
        }
        if (startsWith(b, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f')) {
            return "SQLite database";
        }
        return null;
    }

    private static String decodeStrictly(String source, byte[] bytes, int from, Charset charset, String origin) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) Math.ceil((bytes.length - from) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            StringBuilder shown = new StringBuilder();
            for (int i = 0; i < result.length() && offset + i < bytes.length; i++) {
                shown.append(String.format(Locale.ROOT, " 0x%02X", bytes[offset + i] & 0xFF));
            }
            String what = result.isMalformed() ? "malformed" : "unmappable";
            throw new InvalidInputException(source, "not valid " + charset.name() + " text (" + origin + "): "
                    + what + " input at byte offset " + offset + " (" + shown.toString().strip() + ")");
        }
        if (result.isOverflow()) {
            throw new IllegalStateException("decode buffer sized from maxCharsPerByte overflowed for " + charset);
        }
        out.flip();
        return out.toString();
    }

    static String headerCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private static String markupCharset(byte[] bytes) {
        // Declarations are ASCII, so reading the head as ISO-8859-1 finds them whatever follows.
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? meta.group(1) : null;
    }

    private static Charset lookup(String name, boolean inDocument) {
        try {
            Charset c = Charset.forName(name.strip());
            if (inDocument && isWide(c)) {
                return StandardCharsets.UTF_8;
            }
            return c;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            // An unknown label is treated as absent; strict decoding still catches wrong guesses.
            return null;
        }
    }

    private static boolean isWide(Charset c) {
        String n = c.name().toUpperCase(Locale.ROOT);
        return n.startsWith("UTF-16") || n.startsWith("UTF-32");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
