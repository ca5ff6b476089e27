package vn.egov.workbench.inspection.rules.tests;

import static org.junit.jupiter.api.Assertions.*;
import static vn.egov.workbench.inspection.rules.tests.Fixtures.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.egov.workbench.inspection.rules.HolidayCalendar;
import vn.egov.workbench.inspection.rules.LegalCatalogue;
import vn.egov.workbench.inspection.rules.RuleViolation;
import vn.egov.workbench.inspection.rules.SanctionRules;

/** Plug-ins contribute data files; none of them may use a DOCTYPE (XXE, entity expansion). */
class HostileXmlTest {

    @Test
    void externalEntityInACatalogueIsRefused() throws IOException {
        Path secret = Files.createTempFile("secret", ".txt");
        try {
            Files.writeString(secret, "TOP-SECRET");
            String xxe = """
                    <?xml version="1.0"?>
                    <!DOCTYPE legal-catalogue [ <!ENTITY xxe SYSTEM "%s"> ]>
                    <legal-catalogue>
                      <decree id="1/2099" number="&xxe;" issued="2099-01-01" effective-from="2099-01-01">
                        <title><vi>&xxe;</vi><en>&xxe;</en></title>
                      </decree>
                    </legal-catalogue>
                    """.formatted(secret.toUri());
            RuleViolation e = violation("xml.doctype",
                    () -> LegalCatalogue.builder().add(xml(xxe), "plugin:xxe.xml"));
            assertEquals("plugin:xxe.xml: DOCTYPE declarations are not allowed in rule data files", e.message(EN));
            assertEquals("plugin:xxe.xml: không được dùng khai báo DOCTYPE trong tệp dữ liệu quy tắc", e.message(VI));
            assertFalse(e.getMessage().contains("TOP-SECRET"));
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void entityExpansionInACalendarIsRefused() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE holiday-calendar [
                  <!ENTITY a "ha">
                  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                ]>
                <holiday-calendar year="2031">
                  <day-off date="2031-01-01" kind="&c;" vi="x" en="y"/>
                </holiday-calendar>
                """;
        violation("xml.doctype", () -> HolidayCalendar.builder().add(xml(laughs), "plugin:laughs.xml"));
    }

    @Test
    void externalDtdInRulesIsRefused() {
        String dtd = """
                <?xml version="1.0"?>
                <!DOCTYPE sanction-rules SYSTEM "http://example.invalid/evil.dtd">
                <sanction-rules/>
                """;
        violation("xml.doctype", () -> SanctionRules.builder().add(xml(dtd), "plugin:dtd.xml"));
    }

    @Test
    void brokenAndForeignFilesAreRefused() {
        RuleViolation broken = violation("xml.malformed",
                () -> LegalCatalogue.builder().add(xml("<legal-catalogue><decree>"), "plugin:broken.xml"));
        assertTrue(broken.message(EN).startsWith("plugin:broken.xml: malformed XML"), broken.message(EN));
        RuleViolation root = violation("xml.badRoot",
                () -> HolidayCalendar.builder().add(xml("<legal-catalogue/>"), "plugin:wrong.xml"));
        assertEquals("plugin:wrong.xml: root element <legal-catalogue> found, <holiday-calendar> expected",
                root.message(EN));
    }
}
