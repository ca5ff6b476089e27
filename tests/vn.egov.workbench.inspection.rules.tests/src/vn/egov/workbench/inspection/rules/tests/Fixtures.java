package vn.egov.workbench.inspection.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.function.Executable;

import vn.egov.workbench.inspection.rules.LocalText;
import vn.egov.workbench.inspection.rules.RuleBook;
import vn.egov.workbench.inspection.rules.RuleResult;
import vn.egov.workbench.inspection.rules.RuleViolation;

/** Shared test data: the built-in rule book (loaded once) and small helpers. */
final class Fixtures {

    static final RuleBook BOOK = RuleBook.builtIn();
    static final Locale VI = LocalText.VIETNAMESE;
    static final Locale EN = Locale.ENGLISH;

    private Fixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static InputStream xml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs the code, expects a RuleViolation with that key, returns it for message checks. */
    static RuleViolation violation(String key, Executable code) {
        RuleViolation e = assertThrows(RuleViolation.class, code);
        assertEquals(key, e.key(), () -> "unexpected violation: " + e.getMessage());
        return e;
    }

    static void assertRefused(String key, RuleResult result) {
        assertEquals(key, result.key(), () -> "result was: " + result);
    }
}
