package io.parhub.procedure.process;

/**
 * One step of an internal process, e.g. "Thẩm định hồ sơ" by "Chuyên viên phòng chuyên môn", 2.5 working days.
 *
 * @param position 1, 2, … in the order the dossier passes
 * @param performer the role or unit that does it (bộ phận, chức danh)
 */
public record ProcessStep(int position, String name, String performer, Duration time) {
}
