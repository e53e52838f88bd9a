package org.vfmworkbook.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

/**
 * Keeps enum columns open to values added in later releases. Hibernate writes an enum column's allowed values into the schema it
 * creates (on H2 a native {@code ENUM} type, on PostgreSQL a {@code CHECK (kind IN (…))} constraint), and schema "update" never widens
 * them: a database made by one release could not store a value a later release adds (a new kind of dataset, for instance), and the start
 * would fail half-way through importing the shipped data. On every start, before anything is stored, this turns such columns into
 * plain text columns and drops such constraints; the Java enum, not the database, decides what is allowed. Nothing is done when there
 * is nothing to open, so a second start changes nothing.
 */
@ApplicationScoped
public class OpenEnumColumns {

    private static final Logger LOG = Logger.getLogger(OpenEnumColumns.class);
    /** An enum constraint as Hibernate writes it: a list of quoted values ({@code IN ('A','B')} or PostgreSQL's {@code ARRAY['A', …]}). */
    private static final Pattern ENUM_LIST =
            Pattern.compile("(?is).*(\\bIN\\s*\\(\\s*'|ARRAY\\s*\\[\\s*'|ARRAY\\s*\\[\\s*\\(\\s*').*");

    private final DataSource dataSource;

    OpenEnumColumns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs before every other start-up observer (the shipped-data import among them). */
    void onStart(@Observes @Priority(1) StartupEvent event) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<String> changes = open(connection);
            if (!changes.isEmpty()) {
                LOG.infof("Opened enum columns for new values: %s", String.join("; ", changes));
            }
        }
    }

    /** Opens every enum column of the current schema's tables (not Hibernate's temporary tables, which H2 cannot alter); returns the statements run, for the log and for tests. */
    public static List<String> open(Connection connection) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (Statement query = connection.createStatement();
                ResultSet columns = query.executeQuery(
                        "select c.table_name, c.column_name from information_schema.columns c "
                                + "join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name "
                                + "where c.table_schema = current_schema and t.table_type = 'BASE TABLE' and upper(c.data_type) = 'ENUM'")) {
            while (columns.next()) {
                statements.add("alter table " + quoted(columns.getString(1)) + " alter column "
                        + quoted(columns.getString(2)) + " set data type varchar(64)");
            }
        }
        try (Statement query = connection.createStatement();
                ResultSet checks = query.executeQuery(
                        "select tc.table_name, tc.constraint_name, cc.check_clause "
                                + "from information_schema.table_constraints tc join information_schema.check_constraints cc "
                                + "on cc.constraint_schema = tc.constraint_schema and cc.constraint_name = tc.constraint_name "
                                + "join information_schema.tables t on t.table_schema = tc.table_schema and t.table_name = tc.table_name "
                                + "where tc.table_schema = current_schema and t.table_type = 'BASE TABLE' and tc.constraint_type = 'CHECK'")) {
            while (checks.next()) {
                String clause = checks.getString(3);
                if (clause != null && ENUM_LIST.matcher(clause).matches()) {
                    statements.add("alter table " + quoted(checks.getString(1)) + " drop constraint "
                            + quoted(checks.getString(2)));
                }
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement change = connection.createStatement()) {
            for (String statement : statements) {
                change.executeUpdate(statement);
            }
            connection.commit();
        } catch (SQLException failed) {
            connection.rollback();
            throw failed;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return statements;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
