package vn.egov.workbench.inspection.rules.tests;

import static org.junit.jupiter.api.Assertions.*;
import static vn.egov.workbench.inspection.rules.tests.Fixtures.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.egov.workbench.inspection.rules.Article;
import vn.egov.workbench.inspection.rules.FineCalculator;
import vn.egov.workbench.inspection.rules.FineRange;
import vn.egov.workbench.inspection.rules.FineStep;
import vn.egov.workbench.inspection.rules.LegalCatalogue;
import vn.egov.workbench.inspection.rules.ViolatorType;

class FineCalculatorTest {

    private static final LocalDate ON = LocalDate.of(2024, 6, 3);

    private static Article article(String ref) {
        return BOOK.catalogue().require("15/2020", ref, ON);
    }

    @ParameterizedTest(name = "{0} {1}, {2} mitigating / {3} aggravating: {4} VND")
    @CsvSource({
        // Đ8 k2: organisation 1-2 M, midpoint 1.5 M; one net circumstance: halfway to the end
        "Đ8 k2,     ORGANISATION, 0, 0, 1500000",
        "Đ8 k2,     ORGANISATION, 1, 0, 1250000",
        "Đ8 k2,     ORGANISATION, 2, 0, 1000000",
        "Đ8 k2,     ORGANISATION, 3, 0, 1000000",
        "Đ8 k2,     ORGANISATION, 0, 1, 1750000",
        "Đ8 k2,     ORGANISATION, 0, 2, 2000000",
        "Đ8 k2,     ORGANISATION, 0, 3, 2000000",
        // mixed: they cancel one for one
        "Đ8 k2,     ORGANISATION, 1, 1, 1500000",
        "Đ8 k2,     ORGANISATION, 2, 2, 1500000",
        "Đ8 k2,     ORGANISATION, 2, 1, 1250000",
        "Đ8 k2,     ORGANISATION, 1, 2, 1750000",
        "Đ8 k2,     ORGANISATION, 3, 1, 1000000",
        "Đ8 k2,     ORGANISATION, 1, 3, 2000000",
        // individual: half range 0.5-1 M
        "Đ8 k2,     INDIVIDUAL,   0, 0,  750000",
        "Đ8 k2,     INDIVIDUAL,   1, 0,  625000",
        "Đ8 k2,     INDIVIDUAL,   2, 0,  500000",
        "Đ8 k2,     INDIVIDUAL,   0, 1,  875000",
        "Đ8 k2,     INDIVIDUAL,   0, 2, 1000000",
        "Đ8 k2,     INDIVIDUAL,   3, 3,  750000",
        // Đ9 k1: 10-20 M
        "Đ9 k1,     ORGANISATION, 0, 0, 15000000",
        "Đ9 k1,     ORGANISATION, 1, 0, 12500000",
        "Đ9 k1,     ORGANISATION, 0, 1, 17500000",
        "Đ9 k1,     ORGANISATION, 2, 0, 10000000",
        "Đ9 k1,     ORGANISATION, 0, 3, 20000000",
        "Đ9 k1,     INDIVIDUAL,   0, 0,  7500000",
        "Đ9 k1,     INDIVIDUAL,   1, 0,  6250000",
        "Đ9 k1,     INDIVIDUAL,   0, 1,  8750000",
        "Đ9 k1,     INDIVIDUAL,   0, 2, 10000000",
        // Đ13 k3 e (as amended by 14/2022): 7-10 M; individual 3.5-5 M
        "Đ13 k3 e,  ORGANISATION, 0, 0, 8500000",
        "Đ13 k3 e,  ORGANISATION, 1, 0, 7750000",
        "Đ13 k3 e,  ORGANISATION, 0, 1, 9250000",
        "Đ13 k3 e,  INDIVIDUAL,   0, 0, 4250000",
        "Đ13 k3 e,  INDIVIDUAL,   1, 0, 3875000",
        "Đ13 k3 e,  INDIVIDUAL,   0, 1, 4625000",
        "Đ13 k3 e,  INDIVIDUAL,   2, 0, 3500000",
        "Đ13 k3 e,  INDIVIDUAL,   0, 2, 5000000",
        // Đ8 k1: 0.6-1 M (warning also possible)
        "Đ8 k1,     ORGANISATION, 0, 0,  800000",
        "Đ8 k1,     ORGANISATION, 1, 0,  700000",
        "Đ8 k1,     INDIVIDUAL,   0, 1,  450000",
        // Đ35 k2: 2-5 M, individual 1-2.5 M
        "Đ35 k2,    ORGANISATION, 0, 0, 3500000",
        "Đ35 k2,    ORGANISATION, 1, 0, 2750000",
        "Đ35 k2,    ORGANISATION, 0, 1, 4250000",
        "Đ35 k2,    INDIVIDUAL,   0, 0, 1750000",
        "Đ35 k2,    INDIVIDUAL,   1, 0, 1375000",
        "Đ35 k2,    INDIVIDUAL,   0, 1, 2125000",
        // Đ101 k1 a: social networks 10-20 M; an individual 5-10 M
        "Đ101 k1 a, INDIVIDUAL,   0, 0, 7500000",
        "Đ101 k1 a, INDIVIDUAL,   2, 0, 5000000",
    })
    void fines(String ref, ViolatorType type, int mitigating, int aggravating, long expected) {
        assertEquals(expected, FineCalculator.fine(article(ref), type, mitigating, aggravating));
    }

    @Test
    void individualRangeIsHalfTheOrganisationRange() {
        Article a = article("Đ8 k1");
        assertEquals(new FineRange(600_000, 1_000_000), a.organisationRange());
        assertEquals(new FineRange(300_000, 500_000), a.individualRange());
        assertEquals(new FineRange(300_000, 500_000), FineCalculator.range(a, ViolatorType.INDIVIDUAL));
    }

    @ParameterizedTest(name = "{0} mitigating, {1} aggravating: {2}")
    @CsvSource({
        "0, 0, MIDPOINT", "1, 0, LOWER", "2, 0, MINIMUM", "5, 0, MINIMUM", "0, 1, UPPER", "0, 2, MAXIMUM",
        "4, 4, MIDPOINT", "4, 3, LOWER", "3, 4, UPPER", "5, 3, MINIMUM", "3, 5, MAXIMUM",
    })
    void steps(int mitigating, int aggravating, FineStep expected) {
        assertEquals(expected, FineStep.of(mitigating, aggravating));
    }

    @Test
    void oddAmountsRoundHalfUpToWholeDong() {
        // a plug-in article with an odd range shows the rounding rule: halves go up
        LegalCatalogue odd = LegalCatalogue.builder().add(xml("""
                <legal-catalogue>
                  <decree id="1/2099" number="1/2099/NĐ-CP" issued="2099-01-01" effective-from="2099-01-01">
                    <title><vi>Thử</vi><en>Test</en></title>
                    <article ref="Đ1 k1" sector="postal">
                      <behaviour><vi>Thử</vi><en>Test</en></behaviour>
                      <fine organisation-min="1000001" organisation-max="1000004"/>
                    </article>
                  </decree>
                </legal-catalogue>
                """), "plugin:odd.xml").build();
        Article a = odd.require("1/2099", "Đ1 k1", LocalDate.of(2099, 6, 1));
        // individual range: 500,000.5 -> 500,001 and 500,002
        assertEquals(new FineRange(500_001, 500_002), a.individualRange());
        // organisation midpoint 1,000,002.5 -> 1,000,003; lower = midpoint(1,000,001, 1,000,003)
        assertEquals(1_000_003, FineCalculator.fine(a, ViolatorType.ORGANISATION, 0, 0));
        assertEquals(1_000_002, FineCalculator.fine(a, ViolatorType.ORGANISATION, 1, 0));
        // upper = midpoint(1,000,003, 1,000,004) = 1,000,003.5 -> 1,000,004
        assertEquals(1_000_004, FineCalculator.fine(a, ViolatorType.ORGANISATION, 0, 1));
        // individual midpoint of 500,001..500,002 = 500,001.5 -> 500,002
        assertEquals(500_002, FineCalculator.fine(a, ViolatorType.INDIVIDUAL, 0, 0));
    }

    @Test
    void negativeCircumstancesRefused() {
        violation("fine.negativeCircumstances", () -> FineCalculator.fine(article("Đ8 k2"),
                ViolatorType.ORGANISATION, -1, 0));
    }

    @Test
    void severalBehavioursAreFinedSeparatelyAndAdded() {
        // Đ7 k4 (10-20 M) + Đ13 k3 e (7-10 M) + Đ8 k4 a (3-5 M), midpoints: 15 + 8.5 + 4 M
        List<Article> three = List.of(article("Đ7 k4"), article("Đ13 k3 e"), article("Đ8 k4 a"));
        assertEquals(27_500_000, FineCalculator.total(three, ViolatorType.ORGANISATION, 0, 0));
        assertEquals(13_750_000, FineCalculator.total(three, ViolatorType.INDIVIDUAL, 0, 0));
        assertEquals(20_000_000, FineCalculator.total(three, ViolatorType.ORGANISATION, 2, 0));
        assertEquals(28_500_000, FineCalculator.total(15_000_000, 8_500_000, 5_000_000));
        violation("fine.noBehaviours", () -> FineCalculator.total(List.of(), ViolatorType.INDIVIDUAL, 0, 0));
        violation("input.negativeAmount", () -> FineCalculator.total(1_000_000, -1));
    }

    @Test
    void rangeMustBeOrdered() {
        violation("input.badRange", () -> new FineRange(2_000_000, 1_000_000));
        violation("input.badRange", () -> new FineRange(-1, 1_000_000));
    }
}
