package vn.egov.workbench.inspection.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.egov.workbench.extensions.ContributionFault;
import vn.egov.workbench.extensions.ContributionFaults;
import vn.egov.workbench.inspection.rules.RuleBook;
import vn.egov.workbench.inspection.rules.RuleViolation;
import vn.egov.workbench.inspection.rules.internal.ContributedData;

/** The files of this fragment's fragment.xml: the good ones are merged, the broken ones reported and skipped. */
class ContributedDataTest {

    private static final String ME = "vn.egov.workbench.inspection.rules.tests";

    @Test
    void aContributedArticleAndYearAreUsedBesideTheBuiltInData() {
        RuleBook book = RuleBook.getDefault();
        assertEquals(1_000_000L, book.catalogue().require("15/2020", "Đ99 k9", LocalDate.of(2024, 5, 1))
                .organisationRange().min());
        assertTrue(book.catalogue().find("15/2020", "Đ8 k2", LocalDate.of(2024, 5, 1)).isPresent(), "built-in kept");
        assertTrue(book.calendar().years().contains(2031));
        assertFalse(book.calendar().isWorkingDay(LocalDate.of(2031, 9, 2)));
        assertTrue(book.calendar().isWorkingDay(LocalDate.of(2031, 9, 3)));
        // the built-in book is unchanged
        assertThrows(RuleViolation.class, () -> RuleBook.builtIn().calendar().isWorkingDay(LocalDate.of(2031, 1, 2)));
    }

    @Test
    void brokenFilesAddNothingAndAreReportedOnceWithThePluginName() {
        RuleBook book = RuleBook.getDefault();
        List<ContributionFault> faults = ContributionFaults.getDefault().of(ContributedData.EXTENSION_POINT);
        String all = faults.toString();
        assertEquals(5, faults.size(), all);
        assertTrue(faults.stream().allMatch(f -> f.contributor().equals(ME)), all);
        assertTrue(all.contains("not-well-formed.xml"), all);
        assertTrue(all.contains("decree-15-2020-conflict.xml"), all);
        assertTrue(all.contains("vn-2024-again.xml") && all.contains("2024"), all);
        assertTrue(all.contains("no-such-file.xml"), all);
        assertTrue(all.contains("<rules"), all);
        // nothing of the refused files got in
        assertTrue(book.catalogue().find("15/2020", "Đ98 k1", LocalDate.of(2024, 5, 1)).isEmpty());
        assertTrue(book.calendar().isWorkingDay(LocalDate.of(2024, 1, 2)), "2024 stays as shipped");
        RuleBook.getDefault();
        assertEquals(5, ContributionFaults.getDefault().of(ContributedData.EXTENSION_POINT).size(), "reported once");
    }
}
