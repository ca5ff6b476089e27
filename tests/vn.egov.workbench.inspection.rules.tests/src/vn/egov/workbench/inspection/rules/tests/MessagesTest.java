package vn.egov.workbench.inspection.rules.tests;

import static org.junit.jupiter.api.Assertions.*;
import static vn.egov.workbench.inspection.rules.tests.Fixtures.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.egov.workbench.inspection.rules.LegalCatalogue;
import vn.egov.workbench.inspection.rules.RuleViolation;

class MessagesTest {

    private static Properties load(String name) {
        String path = "vn/egov/workbench/inspection/rules/" + name;
        try (InputStream in = LegalCatalogue.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeysAndPlaceholders() {
        Properties en = load("messages.properties");
        Properties vi = load("messages_vi.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(vi.stringPropertyNames()));
        assertTrue(en.size() > 60, "only " + en.size() + " keys");
        for (String key : en.stringPropertyNames()) {
            String e = en.getProperty(key);
            String v = vi.getProperty(key);
            assertNotEquals(e, v, key + " is not translated");
            assertEquals(placeholders(e), placeholders(v), key);
            // a single quote is an escape in MessageFormat and would swallow the arguments
            assertFalse(e.contains("'") || v.contains("'"), key);
        }
    }

    @Test
    void vietnameseIsReadAsUtf8() {
        RuleViolation e = new RuleViolation("calendar.noYear", "2031");
        // the letters with diacritics would be mojibake if the bundle were read as ISO-8859-1
        assertEquals("Không có lịch ngày nghỉ cho năm 2031", e.message(VI));
    }

    @Test
    void englishIsEnglishEvenOnAVietnameseDesktop() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(VI);
            RuleViolation e = new RuleViolation("calendar.noYear", "2031");
            assertEquals("No holiday calendar for year 2031", e.message(Locale.ENGLISH));
            assertEquals("No holiday calendar for year 2031", e.message(Locale.FRENCH));
            assertEquals("No holiday calendar for year 2031", e.getMessage());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void moneyIsGroupedPerLanguage() {
        RuleViolation e = new RuleViolation("input.negativeAmount", -1_234_567L);
        assertEquals("Amount -1,234,567 VND must not be negative", e.message(EN));
        assertEquals("Số tiền -1.234.567 đồng không được âm", e.message(VI));
    }
}
