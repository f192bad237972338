package nl.passend.shared.web;

/** Describes where an exception happened without its message (messages may carry personal data). */
final class Incidents {

    private Incidents() {
    }

    static String where(Throwable e) {
        StringBuilder out = new StringBuilder();
        Throwable current = e;
        int depth = 0;
        while (current != null && depth < 5) {
            StackTraceElement[] trace = current.getStackTrace();
            out.append(depth == 0 ? "" : " <- ").append(current.getClass().getSimpleName());
            for (int i = 0; i < Math.min(4, trace.length); i++) {
                out.append(" @").append(trace[i].getClassName()).append(':').append(trace[i].getLineNumber());
            }
            current = current.getCause();
            depth++;
        }
        return out.toString();
    }
}
