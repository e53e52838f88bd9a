package org.vfmworkbook.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/**
 * A database made by an earlier release, as Hibernate makes it: on H2 a native ENUM column, and (as on PostgreSQL) a CHECK constraint
 * listing the values. After {@link OpenEnumColumns#open} a value added later can be stored, and the other constraints still hold.
 */
class OpenEnumColumnsTest {

    @Test
    void aValueAddedInALaterReleaseCanBeStoredAndOtherConstraintsStillHold() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:open-enum-columns;DB_CLOSE_DELAY=0", "sa", "");
                Statement sql = db.createStatement()) {
            sql.execute(
                    "create table Dataset (id bigint primary key, kind enum('COUNCIL_REGISTER','ASCOF') not null, "
                            + "status varchar(20) not null check (status in ('IN_PROGRESS','SIGNED_OFF')), score int check (score >= 0))");
            // Hibernate's helper tables for bulk statements: H2 cannot alter them, and they hold no data to keep.
            sql.execute("create global temporary table HTE_Dataset (id bigint, kind enum('COUNCIL_REGISTER','ASCOF'))");
            assertThatThrownBy(() -> sql.execute("insert into Dataset values (1, 'OFLOG_ASC', 'IN_PROGRESS', 1)"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> sql.execute("insert into Dataset values (1, 'ASCOF', 'ARCHIVED', 1)"))
                    .isInstanceOf(SQLException.class);

            assertThat(OpenEnumColumns.open(db))
                    .hasSize(2)
                    .anySatisfy(s -> assertThat(s).contains("\"KIND\" set data type varchar"))
                    .anySatisfy(s -> assertThat(s).contains("drop constraint"));

            sql.execute("insert into Dataset values (1, 'OFLOG_ASC', 'ARCHIVED', 1)");
            assertThatThrownBy(() -> sql.execute("insert into Dataset values (2, null, 'IN_PROGRESS', 1)"))
                    .as("not null kept")
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> sql.execute("insert into Dataset values (3, 'ASCOF', 'IN_PROGRESS', -1)"))
                    .as("other checks kept")
                    .isInstanceOf(SQLException.class);
            assertThat(OpenEnumColumns.open(db))
                    .as("a second start changes nothing")
                    .isEmpty();
        }
    }
}
