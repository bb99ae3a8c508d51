package io.parhub.account.store;

import io.parhub.account.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts in PostgreSQL. Updates check the version a caller read, so concurrent edits do not overwrite. */
@Repository
public class StaffAccounts {

    private static final String SELECT = """
            select s.*, coalesce(string_agg(r.role, ',' order by r.role), '') as roles
            from account_staff s left join account_staff_role r on r.staff_id = s.id
            """;

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffAccount> byUsername(String username) {
        return jdbc.sql(SELECT + " where s.username = :u group by s.id").param("u", username.toLowerCase())
                .query(StaffAccounts::map).optional();
    }

    public Optional<StaffAccount> byId(long id) {
        return jdbc.sql(SELECT + " where s.id = :id group by s.id").param("id", id).query(StaffAccounts::map)
                .optional();
    }

    /** Accounts of the given agencies (all accounts when {@code agencyIds} is null), by user name. */
    public List<StaffAccount> list(@Nullable Collection<Long> agencyIds) {
        if (agencyIds == null) {
            return jdbc.sql(SELECT + " group by s.id order by s.username").query(StaffAccounts::map).list();
        }
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where s.agency_id in (:ids) group by s.id order by s.username")
                .param("ids", agencyIds).query(StaffAccounts::map).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from account_staff").query(Long.class).single();
    }

    public long insert(String username, String displayName, @Nullable String email, String passwordHash,
            long agencyId, Set<Role> roles, Instant now) {
        long id = jdbc.sql("""
                insert into account_staff (username, display_name, email, password_hash, agency_id,
                                           password_changed_at, created_at)
                values (:u, :n, :e, :h, :a, :now, :now) returning id
                """).param("u", username).param("n", displayName).param("e", email).param("h", passwordHash)
                .param("a", agencyId).param("now", Timestamp.from(now)).query(Long.class).single();
        replaceRoles(id, roles);
        return id;
    }

    /** Changes name, agency, roles and enabled flag; false when someone else changed the account meanwhile. */
    public boolean update(long id, int expectedVersion, String displayName, @Nullable String email, long agencyId,
            boolean enabled, Set<Role> roles) {
        int changed = jdbc.sql("""
                update account_staff set display_name = :n, email = :e, agency_id = :a, enabled = :en,
                       version = version + 1
                where id = :id and version = :v
                """).param("n", displayName).param("e", email).param("a", agencyId).param("en", enabled)
                .param("id", id).param("v", expectedVersion).update();
        if (changed == 1) {
            replaceRoles(id, roles);
        }
        return changed == 1;
    }

    public boolean changePassword(long id, int expectedVersion, String passwordHash, Instant now) {
        return jdbc.sql("""
                update account_staff set password_hash = :h, password_changed_at = :now, failed_logins = 0,
                       locked_until = null, version = version + 1
                where id = :id and version = :v
                """).param("h", passwordHash).param("now", Timestamp.from(now)).param("id", id)
                .param("v", expectedVersion).update() == 1;
    }

    public void unlock(long id) {
        jdbc.sql("update account_staff set failed_logins = 0, locked_until = null, version = version + 1 where id = :id")
                .param("id", id).update();
    }

    /** Counts one more failed sign-in and locks the account once it reaches {@code max}; returns the new count. */
    public int recordFailure(String username, int max, Instant lockUntil) {
        return jdbc.sql("""
                update account_staff set failed_logins = failed_logins + 1,
                       locked_until = case when failed_logins + 1 >= :max then :until else locked_until end
                where username = :u returning failed_logins
                """).param("max", max).param("until", Timestamp.from(lockUntil)).param("u", username.toLowerCase())
                .query(Integer.class).optional().orElse(0);
    }

    public void recordSuccess(String username, Instant now) {
        jdbc.sql("""
                update account_staff set failed_logins = 0, locked_until = null, last_login_at = :now
                where username = :u
                """).param("now", Timestamp.from(now)).param("u", username.toLowerCase()).update();
    }

    private void replaceRoles(long id, Set<Role> roles) {
        jdbc.sql("delete from account_staff_role where staff_id = :id").param("id", id).update();
        for (Role role : roles) {
            jdbc.sql("insert into account_staff_role (staff_id, role) values (:id, :r)").param("id", id)
                    .param("r", role.name()).update();
        }
    }

    private static StaffAccount map(ResultSet rs, int row) throws SQLException {
        String roleList = rs.getString("roles");
        Set<Role> roles = roleList.isEmpty() ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roleList.split(",")).map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("password_hash"), rs.getLong("agency_id"), rs.getBoolean("enabled"),
                rs.getInt("failed_logins"), instant(rs.getTimestamp("locked_until")),
                instant(rs.getTimestamp("last_login_at")), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"), roles);
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
