package vn.egov.workbench.inspection.rules.tests;

import static org.junit.jupiter.api.Assertions.*;
import static vn.egov.workbench.inspection.rules.tests.Fixtures.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.egov.workbench.inspection.rules.Article;
import vn.egov.workbench.inspection.rules.ArticleRef;
import vn.egov.workbench.inspection.rules.LegalCatalogue;
import vn.egov.workbench.inspection.rules.Measure;
import vn.egov.workbench.inspection.rules.RuleViolation;
import vn.egov.workbench.inspection.rules.Sector;

class LegalCatalogueTest {

    private static final LocalDate ON = LocalDate.of(2024, 6, 3);
    private final LegalCatalogue cat = BOOK.catalogue();

    @ParameterizedTest(name = "{0}: {1}-{2} VND, warning {3}, amended by {4}")
    @CsvSource({
        // every row of the domain.md table (Đ8 k3 b,d split into its two points)
        "Đ5 k2,     5000000,  7000000, false, ''",
        "Đ6 k1,     3000000,  5000000, false, 14/2022",
        "Đ6 k2,     5000000,  7000000, false, 14/2022",
        "Đ7 k1,     1000000,  3000000, false, ''",
        "Đ7 k2,     3000000,  5000000, false, ''",
        "Đ7 k3,     5000000,  7000000, false, ''",
        "Đ7 k4,    10000000, 20000000, false, ''",
        "Đ8 k1,      600000,  1000000, true,  ''",
        "Đ8 k2,     1000000,  2000000, false, ''",
        "Đ8 k3 b,   2000000,  3000000, false, ''",
        "Đ8 k3 d,   2000000,  3000000, false, ''",
        "Đ8 k4 a,   3000000,  5000000, false, ''",
        "Đ9 k1,    10000000, 20000000, false, ''",
        "Đ9 k2,    20000000, 30000000, false, ''",
        "Đ13 k3 e,  7000000, 10000000, false, 14/2022",
        "Đ13 k4 g, 10000000, 15000000, false, 14/2022",
        "Đ14 k4 c,  5000000, 10000000, false, ''",
        "Đ35 k1,     600000,  1000000, true,  ''",
        "Đ35 k2,    2000000,  5000000, false, ''",
        "Đ35 k3,    5000000, 10000000, false, ''",
        "Đ101 k1 a,10000000, 20000000, false, ''",
    })
    void decree15Table(String ref, long min, long max, boolean warning, String amendedBy) {
        Article a = cat.find("15/2020", ref, ON).orElseThrow();
        assertEquals(ref, a.ref().toString());
        assertEquals(min, a.organisationRange().min());
        assertEquals(max, a.organisationRange().max());
        assertEquals(warning, a.warningAllowed());
        assertEquals(amendedBy, a.amendingDecree().orElse(""));
        LocalDate from = amendedBy.isEmpty() ? LocalDate.of(2020, 4, 15) : LocalDate.of(2022, 1, 28);
        assertEquals(from, a.effective().from());
        assertFalse(a.behaviour().vi().isBlank());
        assertFalse(a.behaviour().en().isBlank());
    }

    @Test
    void catalogueHasExactlyTheTableRowsForDecree15() {
        long count = cat.inForceOn(ON).stream().filter(a -> a.decreeId().equals("15/2020")).count();
        assertEquals(21, count);
    }

    @Test
    void measuresAndSectors() {
        assertEquals("confiscation", cat.require("15/2020", "Đ9 k1", ON).additionalSanctions().get(0).kind());
        assertEquals("destruction", cat.require("15/2020", "Đ9 k2", ON).remedialMeasures().get(0).kind());
        Measure suspension = cat.require("15/2020", "Đ13 k4 g", ON).additionalSanctions().get(0);
        assertEquals(4, suspension.minMonths());
        assertEquals(6, suspension.maxMonths());
        assertEquals("return-illegal-gains", cat.require("15/2020", "Đ14 k4 c", ON).remedialMeasures().get(0).kind());
        assertEquals(Sector.IT, cat.require("15/2020", "Đ101 k1 a", ON).sector());
        assertEquals(Sector.INTERNET_POINT, cat.require("15/2020", "Đ35 k1", ON).sector());
        assertTrue(cat.require("15/2020", "Đ8 k2", ON).additionalSanctions().isEmpty());
    }

    @Test
    void effectiveDates() {
        // the original decree is in force from 15/4/2020
        assertTrue(cat.find("15/2020", "Đ8 k2", LocalDate.of(2020, 4, 14)).isEmpty());
        assertTrue(cat.find("15/2020", "Đ8 k2", LocalDate.of(2020, 4, 15)).isPresent());
        // an amended clause from 28/1/2022 (its original wording is not recorded)
        assertTrue(cat.find("15/2020", "Đ6 k1", LocalDate.of(2022, 1, 27)).isEmpty());
        assertTrue(cat.find("15/2020", "Đ6 k1", LocalDate.of(2022, 1, 28)).isPresent());
        RuleViolation e = violation("article.notInForce",
                () -> cat.require("15/2020", "Đ6 k1", LocalDate.of(2021, 6, 1)));
        assertEquals("Article Đ6 k1 of Decree 15/2020 is not in force on 2021-06-01", e.message(EN));
        assertEquals("Điều khoản Đ6 k1 của Nghị định 15/2020 không có hiệu lực vào ngày 01/06/2021", e.message(VI));
        // Decree 119/2020 from 1/12/2020, all rows marked unconfirmed
        assertTrue(cat.find("119/2020", "Đ18 k1", LocalDate.of(2020, 11, 30)).isEmpty());
        List<Article> press = cat.inForceOn(ON).stream().filter(a -> a.decreeId().equals("119/2020")).toList();
        assertTrue(press.size() >= 5, press.toString());
        assertTrue(press.stream().noneMatch(Article::confirmed));
        assertTrue(press.stream().allMatch(a -> a.sector().equals(Sector.PRESS) || a.sector().equals(Sector.PUBLISHING)));
    }

    @Test
    void inForceListIsInLegalOrder() {
        List<String> refs = cat.inForceOn(LocalDate.of(2021, 6, 1)).stream()
                .filter(a -> a.decreeId().equals("15/2020")).map(a -> a.ref().toString()).toList();
        // numeric order (Đ9 before Đ13 before Đ101), amended clauses absent before 2022
        assertEquals(List.of("Đ5 k2", "Đ7 k1", "Đ7 k2", "Đ7 k3", "Đ7 k4", "Đ8 k1", "Đ8 k2", "Đ8 k3 b", "Đ8 k3 d",
                "Đ8 k4 a", "Đ9 k1", "Đ9 k2", "Đ14 k4 c", "Đ35 k1", "Đ35 k2", "Đ35 k3", "Đ101 k1 a"), refs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Đ8 k2", "d8 K2", " Đ8   k2 ", "đ8 k2", "D8K2"})
    void lenientCitations(String typed) {
        assertEquals("Đ8 k2", cat.require("15/2020", typed, ON).ref().toString());
        assertEquals("Đ8 k2", cat.require("15/2020/NĐ-CP", typed, ON).ref().toString());
    }

    @Test
    void pointLetterOrderIsVietnamese() {
        assertTrue(ArticleRef.parse("Đ1 k1 đ").compareTo(ArticleRef.parse("Đ1 k1 d")) > 0);
        assertTrue(ArticleRef.parse("Đ1 k1 đ").compareTo(ArticleRef.parse("Đ1 k1 e")) < 0);
        assertEquals("Đ13 k3 e", ArticleRef.parse("D13 k3 E").toString());
    }

    @Test
    void unknownArticleInBothLanguages() {
        RuleViolation e = violation("article.unknown", () -> cat.require("15/2020", "Đ99 k1", ON));
        assertEquals("Article Đ99 k1 is not in Decree 15/2020", e.message(EN));
        assertEquals("Điều khoản Đ99 k1 không có trong Nghị định 15/2020", e.message(VI));
        assertTrue(cat.find("15/2020", "Đ99 k1", ON).isEmpty());
        RuleViolation d = violation("decree.unknown", () -> cat.require("999/2020", "Đ8 k2", ON));
        assertEquals("Nghị định 999/2020 không có trong danh mục văn bản pháp luật", d.message(VI));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Article 8", "Đ8 k2 f", "8 k2", "Đ k2", "Đ8 k2 b c", ""})
    void malformedCitations(String typed) {
        RuleViolation e = violation("article.refMalformed", () -> cat.find("15/2020", typed, ON));
        assertTrue(e.message(VI).startsWith("Tham chiếu điều khoản"), e.message(VI));
    }

    private static final String ORIGINAL_6_1 = """
            <legal-catalogue>
              <decree id="15/2020" number="15/2020/NĐ-CP" issued="2020-02-03" effective-from="2020-04-15">
                <title><vi>Bổ sung</vi><en>Supplement</en></title>
                <article ref="Đ6 k1" sector="postal" effective-to="%s" confirmed="false">
                  <behaviour><vi>Bản gốc (thử)</vi><en>Original wording (test)</en></behaviour>
                  <fine organisation-min="2000000" organisation-max="4000000"/>
                </article>
              </decree>
            </legal-catalogue>
            """;

    @Test
    void pluginAddsAnOlderVersion() {
        LegalCatalogue more = LegalCatalogue.builder().addBuiltIn()
                .add(xml(ORIGINAL_6_1.formatted("2022-01-27")), "plugin:original.xml").build();
        assertEquals(2_000_000, more.require("15/2020", "Đ6 k1", LocalDate.of(2021, 6, 1)).organisationRange().min());
        assertEquals(3_000_000, more.require("15/2020", "Đ6 k1", ON).organisationRange().min());
        assertEquals(2, more.versions("15/2020", "Đ6 k1").size());
    }

    @Test
    void overlappingVersionsAreRejectedAndTheBuilderStaysUsable() {
        LegalCatalogue.Builder b = LegalCatalogue.builder().addBuiltIn();
        RuleViolation e = violation("data.overlap",
                () -> b.add(xml(ORIGINAL_6_1.formatted("2022-01-28")), "plugin:overlap.xml"));
        assertTrue(e.message(EN).startsWith("plugin:overlap.xml: 15/2020|Đ6 k1"), e.message(EN));
        assertEquals(1, b.build().versions("15/2020", "Đ6 k1").size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "catalogue.badRange       | <article ref='Đ1 k1' sector='postal'><behaviour><vi>a</vi><en>b</en></behaviour><fine organisation-min='5' organisation-max='4'/></article>",
        "xml.missingAttribute     | <article ref='Đ1 k1' sector='postal' amended-by='2/2099'><behaviour><vi>a</vi><en>b</en></behaviour><fine organisation-min='1' organisation-max='4'/></article>",
        "xml.missingElement       | <article ref='Đ1 k1' sector='postal'><behaviour><vi>a</vi></behaviour><fine organisation-min='1' organisation-max='4'/></article>",
        "xml.unexpectedElement    | <article ref='Đ1 k1' sector='postal'><behaviour><vi>a</vi><en>b</en></behaviour><fine organisation-min='1' organisation-max='4'/><penalty/></article>",
        "xml.badValue             | <article ref='Điều 1' sector='postal'><behaviour><vi>a</vi><en>b</en></behaviour><fine organisation-min='1' organisation-max='4'/></article>",
        "xml.badValue             | <article ref='Đ1 k1' sector='postal'><behaviour><vi>a</vi><en>b</en></behaviour><fine organisation-min='1.5' organisation-max='4'/></article>",
        "input.badSector          | <article ref='Đ1 k1' sector='Postal'><behaviour><vi>a</vi><en>b</en></behaviour><fine organisation-min='1' organisation-max='4'/></article>",
    })
    void badCatalogueRowsNameTheProblem(String key, String article) {
        String file = "<legal-catalogue><decree id='1/2099' number='1/2099/NĐ-CP' issued='2099-01-01' "
                + "effective-from='2099-01-01'><title><vi>t</vi><en>t</en></title>" + article
                + "</decree></legal-catalogue>";
        violation(key, () -> LegalCatalogue.builder().add(xml(file), "plugin:bad.xml"));
    }

    @Test
    void redeclaringADecreeDifferentlyIsRejected() {
        String file = ORIGINAL_6_1.formatted("2022-01-27").replace("effective-from=\"2020-04-15\"",
                "effective-from=\"2020-05-01\"");
        violation("catalogue.decreeConflict", () -> LegalCatalogue.builder().addBuiltIn().add(xml(file), "p"));
    }
}
