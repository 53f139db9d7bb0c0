package io.fastscanner.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Records what the application logs at WARN or above while it is open (a handler on the root logger of the JBoss
 * log manager, which the application under test logs through), so a test can check what an operator would read.
 */
public final class LogCapture implements AutoCloseable {

    private static final Formatter FORMATTER = new SimpleFormatter();

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                records.add(record);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private LogCapture() {
        Logger.getLogger("").addHandler(handler);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    /** The WARN and ERROR records so far, as "LEVEL logger: message". */
    public List<String> lines() {
        return records.stream()
                .map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage())
                .toList();
    }

    /** The WARN and ERROR messages so far with their parameters filled in, as an operator reads them. */
    public List<String> formattedMessages() {
        return records.stream()
                .map(r -> r instanceof ExtLogRecord ext ? ext.getFormattedMessage() : FORMATTER.formatMessage(r))
                .toList();
    }

    /** The records that carry a stack trace. */
    public List<String> withStackTraces() {
        return records.stream()
                .filter(r -> r.getThrown() != null)
                .map(r -> r.getLoggerName() + ": " + r.getThrown())
                .toList();
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }
}
