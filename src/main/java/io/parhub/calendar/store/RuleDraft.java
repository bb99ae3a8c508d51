package io.parhub.calendar.store;

/**
 * A new holiday rule as an administrator typed it: strings, so that a wrong value goes back to the form as typed.
 * {@code code} may be blank (it is then the occasion code); {@code nameEn} may be blank (then the Vietnamese name).
 *
 * @param dateBasis {@code solar} or {@code lunar}
 * @param startOffset days added to the date to get the first holiday (Tết: -1, the last day of the lunar year)
 * @param days how many consecutive days the holiday lasts
 * @param adjacentDay plus one day before or after, chosen like Quốc khánh's
 * @param validTo blank for a rule in force until further notice
 */
public record RuleDraft(String code, String occasion, String name, String nameEn, String dateBasis, String month,
        String day, String startOffset, String days, boolean adjacentDay, String validFrom, String validTo,
        String legalBasis, String compensatoryBasis) {
}
