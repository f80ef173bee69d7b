package dev.trackboard.embedded.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Makes a table append-only in the database itself: H2 calls this before every row an UPDATE or
 * DELETE would touch, and the refusal rolls the statement back. Installed on the audit trail by
 * migration V6; a bug or a hand-typed statement cannot rewrite history, only a migration that drops
 * the trigger could (docs/decisions/0105).
 */
public class ImmutableRowsTrigger implements Trigger {

    private String table = "?";

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        // SQLSTATE 23000, integrity constraint violation: Spring reports a DataIntegrityViolationException
        throw new SQLException("Rows of " + table + " are immutable: UPDATE and DELETE are refused", "23000");
    }
}
