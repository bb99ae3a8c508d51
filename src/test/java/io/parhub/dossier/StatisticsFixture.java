package io.parhub.dossier;

import io.parhub.procedure.Channel;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.ProcedureChange;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.ProcedurePublications;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.PublicationDecision;
import io.parhub.procedure.TimeUnit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small history for the statistics pages and files: a new procedure (2 working days) of the Department of Justice
 * (STP-92) with four dossiers received at the counter on Monday 6/10/2025: two resolved on time, one resolved late
 * and one still being handled past its due time. In October 2025 the procedure counts 4 received, 3 resolved (2 on
 * time, 1 late) and 1 pending overdue: on-time rate 66.67 %.
 */
public final class StatisticsFixture {

    public static final LocalDate FROM = LocalDate.of(2025, 10, 1);
    public static final LocalDate TO = LocalDate.of(2025, 10, 31);
    public static final String AGENCY = "STP-92";
    public static final String PROVINCE = "UBND-92";
    private static final List<String> COMPONENTS = List.of("Tờ khai", "Bản sao giấy khai sinh");

    /** What was created: the procedure, its name, the dossiers on time, the late one, the overdue one. */
    public record History(String procedure, String procedureName, List<String> onTime, String resolvedLate,
            String overdue) {
    }

    private final ProcedurePublications publications;
    private final Dossiers dossiers;
    private final UserDetailsService users;

    public StatisticsFixture(ProcedurePublications publications, Dossiers dossiers, UserDetailsService users) {
        this.publications = publications;
        this.dossiers = dossiers;
        this.users = users;
    }

    public History history() {
        try {
            String code = "T9." + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
            String name = "Thủ tục thử thống kê " + code;
            ProcedureContent content = new ProcedureContent(name, "Lĩnh vực thử thống kê",
                    List.of(ProcedureLevel.PROVINCE), "Sở Tư pháp", "Trung tâm Phục vụ hành chính công",
                    List.of("Bước 1"), COMPONENTS.stream().map(n -> new DossierComponent(n, 1, 0, null)).toList(),
                    ProcessingTime.of(2, TimeUnit.WORKING_DAYS), List.of(), null, "Giấy chứng nhận", null,
                    List.of("61/2018/NĐ-CP"), OnlineMode.PARTIAL, null,
                    List.of(Channel.COUNTER, Channel.ONLINE, Channel.POST), List.of(), null, null);
            LocalDate from = LocalDate.of(2024, 1, 1);
            publications.publish(new PublicationDecision(ThreadLocalRandom.current().nextInt(100_000, 999_999)
                    + "/QĐ-UBND-STATS", from.minusDays(5), "Chủ tịch UBND tỉnh thử", from, "UBND tỉnh thử", null,
                    List.of(ProcedureChange.added(code, content))), "test");
            // Monday 6/10/2025, 2 working days: due Wednesday 8/10
            LocalDateTime monday = LocalDateTime.of(2025, 10, 6, 9, 0);
            String first = resolve(receive(code, monday), monday.plusDays(1));
            String second = resolve(receive(code, monday.plusMinutes(30)), monday.plusDays(1).plusHours(2));
            String late = resolve(receive(code, monday.plusHours(1)), monday.plusDays(7));
            String overdue = receive(code, monday.plusHours(2)).code();
            return new History(code, name, List.of(first, second), late, overdue);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private DossierView receive(String procedure, LocalDateTime at) {
        as("motcua.ttpvhcc");
        return dossiers.receive(new Reception(procedure, Channel.COUNTER, AGENCY,
                new Applicant("Trần Thị Bình", "092123456789", "0907654321", "Phường Ninh Kiều, Cần Thơ"), COMPONENTS,
                List.of(), null), at, null).dossier();
    }

    private String resolve(DossierView d, LocalDateTime approvedAt) {
        as("chuyenvien.stp");
        DossierView forwarded = dossiers.act(d.code(), DossierAction.FORWARD, ActionInput.of(d.version()),
                approvedAt.minusHours(1));
        as("lanhdao.stp");
        return dossiers.act(d.code(), DossierAction.APPROVE, ActionInput.of(forwarded.version()), approvedAt).code();
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
