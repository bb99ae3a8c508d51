package io.parhub.procedure;

import java.time.LocalDate;

/**
 * Counts of the procedures valid on {@code at}. A procedure handled at several levels counts once per level, so
 * the level counts may add up to more than {@code total}; the same holds for channels.
 */
public record ProcedureStats(LocalDate at, long total, ByLevel byLevel, ByOnlineMode byOnlineMode,
        ByChannel byChannel) {

    public record ByLevel(long province, long district, long commune, long ministry) {
    }

    public record ByOnlineMode(long full, long partial, long none, long notStated) {
    }

    public record ByChannel(long counter, long online, long post) {
    }
}
