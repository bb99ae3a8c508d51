package io.parhub.dossier;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ (TT 01/2018 Mẫu 05; TT 03/2025 Mẫu 06): every run of every step with its
 * planned and actual times. A run is late when it ended (or, still open, is now) after its planned due time; the
 * lateness is attributed to that step, its performer and the officer who held it.
 */
public record ControlSheet(String code, @Nullable LocalDateTime dueAt, List<Run> runs) {

    /**
     * @param endReason why the run ended: forward, return, request-supplement, approve, deliver, ...
     * @param lateMinutes minutes past the planned due time, 0 when on time
     */
    public record Run(int step, String name, String performer, LocalDateTime startedAt, LocalDateTime plannedDueAt,
            @Nullable LocalDateTime endedAt, String startedBy, @Nullable String endedBy, @Nullable String endReason,
            boolean late, long lateMinutes) {
    }

    public List<Run> lateRuns() {
        return runs.stream().filter(Run::late).toList();
    }
}
