package io.facescribe.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Part;
import org.eclipse.jetty.server.MultiPartFormInputStream;

/**
 * The image of a request, read into memory and never anywhere else: the raw body ({@code image/*} or
 * {@code application/octet-stream}) or the multipart field {@code image}. A body over the limit is refused from
 * its Content-Length before a byte is read, or as soon as a chunked body passes the limit.
 *
 * @param bytes the image's bytes
 * @param name  what the image is called in results and messages: the upload's file name (its last part), or
 *              {@code upload}
 */
record Upload(byte[] bytes, String name) {

    static final String FIELD = "image";
    private static final int MAX_NAME = 100;

    static Upload read(Context ctx, long maxBytes) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT).strip();
        boolean multipart = type.startsWith("multipart/form-data");
        if (!multipart && !type.startsWith("image/") && !type.startsWith("application/octet-stream")) {
            throw new ApiException(415, "unsupported_media_type", "send the image as the body with Content-Type"
                    + " image/* or application/octet-stream, or as the field 'image' of multipart/form-data"
                    + (type.isEmpty() ? " (no Content-Type was given)" : ", not " + type));
        }
        // a multipart body carries a little more than the image: its boundaries and part headers
        long limit = multipart ? maxBytes + 16 * 1024 : maxBytes;
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(maxBytes, declared);
        }
        byte[] body = readBounded(ctx, limit, maxBytes);
        if (!multipart) {
            if (body.length == 0) {
                throw new ApiException(400, "empty_body", "the request body is empty; send the image's bytes");
            }
            return new Upload(body, "upload");
        }
        return fromMultipart(body, ctx.contentType(), maxBytes);
    }

    private static byte[] readBounded(Context ctx, long limit, long maxBytes) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw tooLarge(maxBytes, -1);
            }
            return body;
        } catch (IOException e) {
            throw new ApiException(400, "bad_body", "the request body could not be read: " + e.getMessage());
        }
    }

    private static Upload fromMultipart(byte[] body, String contentType, long maxBytes) {
        // parts stay in memory: the threshold past which Jetty would write a part to a file is above the limit
        int inMemory = (int) Math.min(Integer.MAX_VALUE, maxBytes + 1);
        MultipartConfigElement config = new MultipartConfigElement("", maxBytes, maxBytes + 16 * 1024, inMemory);
        MultiPartFormInputStream parts = new MultiPartFormInputStream(new ByteArrayInputStream(body), contentType,
                config, null, 16);
        try {
            Part part = parts.getPart(FIELD);
            if (part == null) {
                throw new ApiException(400, "bad_multipart", "the multipart body has no field 'image'; "
                        + "send the image as the field 'image' (curl -F image=@photo.jpg)");
            }
            byte[] bytes;
            try (InputStream in = part.getInputStream()) {
                bytes = in.readAllBytes();
            }
            if (bytes.length == 0) {
                throw new ApiException(400, "empty_body", "the field 'image' is empty; send the image's bytes");
            }
            return new Upload(bytes, name(part.getSubmittedFileName()));
        } catch (IllegalStateException e) { // a part over the limit
            throw tooLarge(maxBytes, -1);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw new ApiException(400, "bad_multipart", "the multipart body could not be read ("
                    + e.getMessage() + "); send a multipart/form-data body with the field 'image'");
        } finally {
            parts.deleteParts();
        }
    }

    /** The last part of a submitted file name, printable characters only, or "upload". */
    static String name(String submitted) {
        if (submitted == null) {
            return "upload";
        }
        String last = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        StringBuilder sb = new StringBuilder();
        last.codePoints().filter(c -> !Character.isISOControl(c)).limit(MAX_NAME).forEach(sb::appendCodePoint);
        String clean = sb.toString().strip();
        return clean.isEmpty() ? "upload" : clean;
    }

    private static ApiException tooLarge(long maxBytes, long declared) {
        return new ApiException(413, "payload_too_large", "the body is over the limit of " + maxBytes + " bytes"
                + (declared >= 0 ? " (Content-Length " + declared + ")" : "") + "; send a smaller image,"
                + " or start the server with a larger --max-bytes");
    }
}
