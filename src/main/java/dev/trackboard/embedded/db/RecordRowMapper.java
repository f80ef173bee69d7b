package dev.trackboard.embedded.db;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps a row to a record by column label, ignoring case and underscores ({@code global_name} →
 * {@code globalName}). Use it instead of {@code JdbcClient…query(SomeRecord.class)}: Spring's
 * {@code SimplePropertyRowMapper} behind that first asks the driver for a column named exactly like
 * the component ({@code "globalName"}) and tries the underscore name only after the driver threw.
 * H2 logs every such throw with its stack trace — under sign-in load that wrote ~100 MB of trace
 * file in 30 s. Here the labels are read from the result set's metadata once; nothing is thrown.
 *
 * <p>A new mapper per query: it remembers the column positions of the result set it is reading.
 */
public final class RecordRowMapper<T extends Record> implements RowMapper<T> {

    private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();
    private static final ClassValue<Shape<?>> SHAPES = new ClassValue<>() {
        @Override
        protected Shape<?> computeValue(Class<?> type) {
            return Shape.of(type.asSubclass(Record.class));
        }
    };

    private record Shape<R extends Record>(Constructor<R> constructor, RecordComponent[] components) {
        static <R extends Record> Shape<R> of(Class<R> type) {
            return new Shape<>(BeanUtils.getResolvableConstructor(type), type.getRecordComponents());
        }
    }

    private final Shape<T> shape;
    private int[] columns;

    @SuppressWarnings("unchecked")
    private RecordRowMapper(Class<T> type) {
        this.shape = (Shape<T>) SHAPES.get(type);
    }

    public static <T extends Record> RecordRowMapper<T> of(Class<T> type) {
        return new RecordRowMapper<>(type);
    }

    @Override
    public T mapRow(ResultSet rs, int rowNum) throws SQLException {
        if (columns == null || rowNum == 0) {
            columns = columns(rs.getMetaData());
        }
        RecordComponent[] components = shape.components();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            Object value = JdbcUtils.getResultSetValue(rs, columns[i], type);
            args[i] = value == null || type.isInstance(value) ? value : CONVERSIONS.convert(value, type);
        }
        return BeanUtils.instantiateClass(shape.constructor(), args);
    }

    private int[] columns(ResultSetMetaData meta) throws SQLException {
        Map<String, Integer> byName = new HashMap<>();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            byName.putIfAbsent(normalized(JdbcUtils.lookupColumnName(meta, column)), column);
        }
        RecordComponent[] components = shape.components();
        int[] positions = new int[components.length];
        for (int i = 0; i < components.length; i++) {
            Integer position = byName.get(normalized(components[i].getName()));
            if (position == null) {
                throw new InvalidDataAccessApiUsageException("The query selects no column for "
                        + shape.constructor().getDeclaringClass().getSimpleName() + "." + components[i].getName()
                        + " (columns: " + byName.keySet() + ")");
            }
            positions[i] = position;
        }
        return positions;
    }

    private static String normalized(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }
}
