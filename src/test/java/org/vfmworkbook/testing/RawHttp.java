package org.vfmworkbook.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.RestAssured;

/**
 * One HTTP/1.1 request to the test server over a bare socket, the path sent byte for byte as given ({@code //x}, {@code %2F},
 * {@code ;a=b}, {@code ..}: no client library rewrites it), with a bounded wait: a request the server never answers comes back as
 * status 0 after {@link #TIMEOUT_MS} instead of hanging the test.
 */
public final class RawHttp {

    public static final int TIMEOUT_MS = 10_000;

    private RawHttp() {}

    /** Status 0 means no answer within the timeout. Header names are lower case; the body is decoded from chunks. */
    public record Reply(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    /**
     * A GET, or a form POST (any method with a form body), carrying {@code who}'s session and CSRF cookies and token; with no
     * cookies at all when {@code who} is null, and only the CSRF token when its session cookie is null (someone not signed in).
     */
    public static Reply send(String method, String rawPath, SignIn.SignedIn who, String form) {
        StringBuilder request = new StringBuilder(method)
                .append(' ')
                .append(rawPath)
                .append(" HTTP/1.1\r\n")
                .append("Host: localhost:")
                .append(RestAssured.port)
                .append("\r\n")
                .append("Accept: text/html, application/json;q=0.9, */*;q=0.8\r\nConnection: close\r\n");
        if (who != null) {
            String session =
                    who.sessionCookie() == null ? "" : SignIn.SESSION_COOKIE + "=" + who.sessionCookie() + "; ";
            request.append("Cookie: ")
                    .append(session)
                    .append(SignIn.CSRF_COOKIE)
                    .append('=')
                    .append(who.csrfToken())
                    .append("\r\n")
                    .append(SignIn.CSRF_HEADER)
                    .append(": ")
                    .append(who.csrfToken())
                    .append("\r\n");
        }
        byte[] body = new byte[0];
        if (form != null) {
            String fields = who == null ? form : form + "&" + SignIn.CSRF_FIELD + "=" + who.csrfToken();
            body = fields.getBytes(StandardCharsets.UTF_8);
            request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                    .append(body.length)
                    .append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        } catch (SocketTimeoutException noAnswer) {
            return new Reply(0, Map.of(), "");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot send " + method + " " + rawPath, e);
        }
    }

    private static Reply read(InputStream in) throws IOException {
        String all = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Reply(0, Map.of(), all);
        }
        String[] head = all.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.putIfAbsent(
                    head[i].substring(0, colon).strip().toLowerCase(),
                    head[i].substring(colon + 1).strip());
        }
        String body = all.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunked(body);
        }
        return new Reply(
                Integer.parseInt(head[0].split(" ")[1]),
                headers,
                new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String unchunked(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            int size =
                    Integer.parseInt(body.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.writeBytes(body.substring(lineEnd + 2, lineEnd + 2 + size).getBytes(StandardCharsets.ISO_8859_1));
            at = lineEnd + 2 + size + 2;
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
