package nl.passend.documents;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's own logging (java.util.logging by default, an INFO line per font per render)
 * to SLF4J, warnings and errors only, so it follows the application's log configuration.
 */
final class Slf4jXRLogger implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable th) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            LOG.error("{}: {}", where, message, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, message, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are set in the application's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
}
