package vn.egov.workbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.egov.workbench.app.WorkbenchIds;
import vn.egov.workbench.app.internal.LanguagePreference;

class LanguagePreferenceTest {

    @AfterEach
    void reset() throws Exception {
        InstanceScope.INSTANCE.getNode(WorkbenchIds.BUNDLE_ID).remove(LanguagePreference.KEY);
    }

    @Test
    void theLauncherReadsPlainLanguageCodes() {
        // egov-workbench reads "language=vi|en" from the preference file: these values are its contract
        assertEquals("vi", LanguagePreference.VIETNAMESE.storedValue());
        assertEquals("en", LanguagePreference.ENGLISH.storedValue());
        assertEquals("system", LanguagePreference.SYSTEM.storedValue());
        assertNull(LanguagePreference.SYSTEM.nl());
    }

    @ParameterizedTest
    @EnumSource(LanguagePreference.class)
    void aChoiceSurvivesSaveAndLoad(LanguagePreference p) throws Exception {
        p.save();
        assertEquals(p, LanguagePreference.load());
        assertEquals(p.storedValue(),
                InstanceScope.INSTANCE.getNode(WorkbenchIds.BUNDLE_ID).get(LanguagePreference.KEY, null));
    }

    @Test
    void nothingStoredOrGarbageMeansVietnamese() {
        assertEquals(LanguagePreference.VIETNAMESE, LanguagePreference.load());
        assertEquals(LanguagePreference.VIETNAMESE, LanguagePreference.fromStored("klingon"));
    }
}
