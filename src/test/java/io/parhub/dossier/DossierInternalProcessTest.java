package io.parhub.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A dossier follows the internal process approved for its procedure as of its reception date. */
class DossierInternalProcessTest extends DossierTestSupport {

    private static final String SEVEN_DAYS = """
            {"decisionNumber":"%s","approvedOn":"2026-01-05","validFrom":"2026-01-05","steps":[
             {"name":"Tiếp nhận","performer":"Bộ phận Một cửa – Tiếp nhận","amount":4,"unit":"WORKING_HOURS"},
             {"name":"Thẩm định","performer":"Chuyên viên phòng Hành chính tư pháp","amount":"5.5","unit":"WORKING_DAYS"},
             {"name":"Phê duyệt","performer":"Lãnh đạo Sở","amount":0.5,"unit":"WORKING_DAYS"},
             {"name":"Phát hành","performer":"Văn thư","amount":2,"unit":"WORKING_HOURS"},
             {"name":"Trả kết quả","performer":"Bộ phận Một cửa – Trả kết quả","amount":2,"unit":"WORKING_HOURS"}]}
            """;

    @Test
    void eachStepOfTheApprovedProcessGetsItsOwnPlannedDueFromItsStart() throws Exception {
        String procedure = procedure(7);
        mvc.perform(post("/api/v1/procedures/" + procedure + "/process").with(csrf())
                .with(user("kiemsoat.dossier").roles("PROCEDURE_CONTROL")).contentType(MediaType.APPLICATION_JSON)
                .content(SEVEN_DAYS.formatted(System.nanoTime() % 1_000_000 + "/QĐ-UBND")))
                .andExpect(status().isCreated());

        // Mon 6/7/2026 08:00, 7 working days → due Wed 15/7
        DossierView d = receive(procedure, LocalDateTime.of(2026, 7, 6, 8, 0));
        assertThat(d.dueAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 7, 15));
        // reception took a whole day (its time is 4 working hours), then the appraisal ran on time
        d = act(COUNTER, d, DossierAction.FORWARD, LocalDateTime.of(2026, 7, 7, 8, 0));
        d = act(SPECIALIST, d, DossierAction.FORWARD, LocalDateTime.of(2026, 7, 9, 8, 0));

        ControlSheet sheet = dossiers.controlSheet(d.code(), LocalDateTime.of(2026, 7, 9, 9, 0));
        assertThat(sheet.runs()).extracting(ControlSheet.Run::name).containsExactly("Tiếp nhận", "Thẩm định",
                "Phê duyệt");
        ControlSheet.Run reception = sheet.runs().get(0);
        assertThat(reception.plannedDueAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 7, 6));
        assertThat(reception.late()).isTrue();
        ControlSheet.Run appraisal = sheet.runs().get(1);
        assertThat(appraisal.performer()).isEqualTo("Chuyên viên phòng Hành chính tư pháp");
        // 5.5 working days = 44 working hours from Tue 7/7 08:00 end on Tue 14/7
        assertThat(appraisal.plannedDueAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(appraisal.late()).isFalse();
        assertThat(sheet.lateRuns()).extracting(ControlSheet.Run::name).containsExactly("Tiếp nhận");
    }
}
