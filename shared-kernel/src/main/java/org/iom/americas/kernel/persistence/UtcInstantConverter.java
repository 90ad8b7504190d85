package org.iom.americas.kernel.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Stores an {@link Instant} in a zone-free {@code DATETIME(6)} column as UTC, to the microsecond.
 * <p>
 * The value travels as text ({@code 2026-11-29 14:05:09.123456}), which MySQL and MariaDB parse exactly. Bound
 * as a timestamp it would lose its fraction on MariaDB 10.x: mysql-connector-j reads the server's version string
 * ("5.5.5-10.11…") as MySQL 5.5, which had no fractional seconds, and truncates. Without a converter EclipseLink
 * would write instants as serialized blobs, and a JDBC timestamp would shift with the JVM's time zone.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, Object> {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : format(instant);
    }

    /** Reading is exact: the driver hands back a {@code LocalDateTime} (or, elsewhere, a timestamp or text). */
    @Override
    public Instant convertToEntityAttribute(Object stored) {
        if (stored == null) {
            return null;
        }
        if (stored instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (stored instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return parse(stored.toString());
    }

    /** The column text of an instant, also for statements written by hand. */
    public static String format(Instant instant) {
        return WRITE.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    public static Instant parse(String stored) {
        return LocalDateTime.parse(stored.strip(), READ).toInstant(ZoneOffset.UTC);
    }
}
