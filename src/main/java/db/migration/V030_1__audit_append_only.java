package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes {@code aud_event} append-only in the database itself, on PostgreSQL: a trigger refuses every update, delete
 * and truncate, whoever asks. A Java migration because the same SQL cannot run on H2, where triggers are Java
 * classes rather than PL/pgSQL; on H2 (the embedded single-user default) the table is protected by the application
 * alone — the repository has no update or delete (docs/audit.md).
 */
public class V030_1__audit_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equalsIgnoreCase(product)) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    create function aud_event_append_only() returns trigger language plpgsql as $$
                    begin
                        raise exception 'aud_event is append-only: % refused', tg_op;
                    end
                    $$""");
            sql.execute("""
                    create trigger aud_event_no_change before update or delete on aud_event
                        for each row execute function aud_event_append_only()""");
            sql.execute("""
                    create trigger aud_event_no_truncate before truncate on aud_event
                        for each statement execute function aud_event_append_only()""");
        }
    }
}
