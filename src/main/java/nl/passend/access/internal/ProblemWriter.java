package nl.passend.access.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes an RFC 9457 problem from inside the security filters, before any controller runs. Only
 * fixed texts go in, so hand-written JSON is safe here.
 */
final class ProblemWriter {

    private ProblemWriter() {
    }

    static void write(HttpServletResponse response, int status, String code, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
    }
}
