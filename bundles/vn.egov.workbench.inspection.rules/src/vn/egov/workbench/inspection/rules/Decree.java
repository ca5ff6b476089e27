package vn.egov.workbench.inspection.rules;

import java.time.LocalDate;

/**
 * A sanctioning decree of the catalogue.
 *
 * @param id        the short id used as key, e.g. "15/2020"
 * @param number    the official number, e.g. "15/2020/NĐ-CP"
 * @param title     the title in both languages
 * @param issued    the signing date
 * @param effective when the decree (in its original wording) is in force
 * @param source    the data file it was read from
 */
public record Decree(String id, String number, LocalText title, LocalDate issued,
        EffectivePeriod effective, String source) implements Effective {
}
