package org.yothub.testing;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;


/**
 * Builds case-level data for one fresh tenant directly in the database (as the owner role, inside
 * the tenant's own RLS context), so each measures test counts exactly the records it made.
 */
public final class CaseFixtures implements AutoCloseable {
    private static final Random RANDOM = new Random();
    public final String tenant;
    private final Connection c;
    private int refs;
    private String prefix = "";

    private CaseFixtures(String tenant, boolean create) throws SQLException {
        this.tenant = tenant;
        this.c = Database.owner();
        c.setAutoCommit(false);
        exec("SELECT set_config('app.tenant_id', ?, false)", tenant);
        if (create) {
            exec("INSERT INTO tenant (code, name, area, region) VALUES (?, ?, 'Test area', 'Test region')", tenant, "Test " + tenant);
        }
        c.commit();
    }

    /** Case data added to a tenant that already exists (a demo tenant whose users sign in). */
    public static CaseFixtures existingTenant(String code) throws SQLException {
        CaseFixtures f = new CaseFixtures(code, false);
        f.prefix = UUID.randomUUID().toString().substring(0, 8) + "-";
        return f;
    }

    /** A new tenant with a random code of letters. */
    public static CaseFixtures newTenant() throws SQLException {
        StringBuilder code = new StringBuilder("mt");
        for (int i = 0; i < 10; i++) {
            code.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return new CaseFixtures(code.toString(), true);
    }

    public CaseFixtures population(int year, int total) throws SQLException {
        exec("INSERT INTO tenant_population (tenant_id, year, total) VALUES (?, ?, ?)", tenant, year, total);
        return this;
    }

    public CaseFixtures populationByEthnicity(int year, int white, int mixed, int asian, int black, int other) throws SQLException {
        exec("INSERT INTO tenant_population (tenant_id, year, total, by_ethnicity) VALUES (?, ?, ?, ?::jsonb)", tenant, year,
                white + mixed + asian + black + other,
                String.format("{\"White\":%d,\"Mixed\":%d,\"Asian\":%d,\"Black\":%d,\"Other\":%d}", white, mixed, asian, black, other));
        return this;
    }

    public CaseFixtures settings(String json) throws SQLException {
        exec("INSERT INTO tenant_setting (tenant_id, settings) VALUES (?, ?::jsonb)", tenant, json);
        return this;
    }

    public UUID child(LocalDate dateOfBirth) throws SQLException {
        return child(dateOfBirth, "White", "M");
    }

    public UUID child(LocalDate dateOfBirth, String ethnicity, String sex) throws SQLException {
        UUID id = UUID.randomUUID();
        exec("INSERT INTO child (tenant_id, id, child_ref, date_of_birth, sex, ethnicity) VALUES (?, ?, ?, ?, ?, ?)",
                tenant, id, prefix + "C" + (++refs), Date.valueOf(dateOfBirth), sex, ethnicity);
        return id;
    }

    public UUID offence(UUID child, LocalDate date) throws SQLException {
        return offence(child, date, false);
    }

    public UUID offence(UUID child, LocalDate date, boolean seriousViolence) throws SQLException {
        UUID id = UUID.randomUUID();
        exec("INSERT INTO offence (tenant_id, id, child_id, offence_ref, offence_date, category, gravity_score, serious_violence) "
                + "VALUES (?, ?, ?, ?, ?, 'theft', 3, ?)", tenant, id, child, prefix + "O" + (++refs), Date.valueOf(date), seriousViolence);
        return id;
    }

    public UUID outcome(UUID child, UUID offence, LocalDate date, String code) throws SQLException {
        return outcome(child, offence, date, code, null);
    }

    public UUID outcome(UUID child, UUID offence, LocalDate date, String code, LocalDate release) throws SQLException {
        UUID id = UUID.randomUUID();
        exec("INSERT INTO outcome (tenant_id, id, child_id, offence_id, outcome_date, outcome_code, release_date) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", tenant, id, child, offence, Date.valueOf(date), code,
                release == null ? null : Date.valueOf(release));
        return id;
    }

    /** An offence committed on {@code offenceDate} and disposed of on {@code outcomeDate}. */
    public UUID proven(UUID child, LocalDate offenceDate, LocalDate outcomeDate, String code) throws SQLException {
        return outcome(child, offence(child, offenceDate), outcomeDate, code);
    }

    public void remand(UUID child, LocalDate start, LocalDate end, String placement) throws SQLException {
        exec("INSERT INTO remand (tenant_id, id, child_id, remand_ref, start_date, end_date, placement) VALUES (?, ?, ?, ?, ?, ?, ?)",
                tenant, UUID.randomUUID(), child, prefix + "R" + (++refs), Date.valueOf(start), end == null ? null : Date.valueOf(end), placement);
    }

    public void intervention(UUID child, String code, LocalDate start, LocalDate end, String endReason, String eteStatus,
                      Double eteHours, Boolean accommodationSuitable) throws SQLException {
        exec("INSERT INTO intervention (tenant_id, id, child_id, intervention_ref, outcome_code, start_date, end_date, end_reason, "
                        + "ete_status_at_end, ete_hours_at_end, accommodation_suitable_at_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tenant, UUID.randomUUID(), child, prefix + "I" + (++refs), code, Date.valueOf(start), end == null ? null : Date.valueOf(end),
                endReason, eteStatus, eteHours, accommodationSuitable);
    }

    public void victim(UUID offence, boolean consented, boolean engaged, String type, Boolean satisfied) throws SQLException {
        exec("INSERT INTO victim (tenant_id, id, offence_id, victim_ref, consented_to_contact, offered_rj, engaged_rj, rj_type, satisfied) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", tenant, UUID.randomUUID(), offence, prefix + "V" + (++refs), consented, consented,
                engaged, type, satisfied);
    }

    public void commit() throws SQLException {
        c.commit();
    }

    private void exec(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.execute();
        }
    }

    @Override
    public void close() throws SQLException {
        c.commit();
        c.close();
    }
}
