package vn.egov.workbench.inspection.rules.tests;

import static org.junit.jupiter.api.Assertions.*;
import static vn.egov.workbench.inspection.rules.tests.Fixtures.*;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.RoundStatus;
import vn.egov.workbench.inspection.rules.RuleResult;
import vn.egov.workbench.inspection.rules.RuleViolation;
import vn.egov.workbench.inspection.rules.StatusTransitions;

class StatusTransitionsTest {

    @Test
    void roundMovesForwardOnePhaseAtATime() {
        RoundStatus[] all = RoundStatus.values();
        for (int i = 0; i + 1 < all.length; i++) {
            assertTrue(StatusTransitions.check(all[i], all[i + 1]).isOk(), all[i] + " -> " + all[i + 1]);
        }
        assertEquals(EnumSet.noneOf(RoundStatus.class), StatusTransitions.next(RoundStatus.PUBLISHED));
    }

    @ParameterizedTest(name = "round {0} -> {1}: {2}")
    @CsvSource({
        "PLANNED,   ON_SITE,   status.illegal",
        "PLANNED,   PUBLISHED, status.illegal",
        "ANNOUNCED, REPORTING, status.illegal",
        "CONCLUDED, REPORTING, status.illegal",
        "ON_SITE,   PLANNED,   status.illegal",
        "PUBLISHED, PLANNED,   status.final",
        "ON_SITE,   ON_SITE,   status.same",
    })
    void illegalRoundTransitions(RoundStatus from, RoundStatus to, String key) {
        assertRefused(key, StatusTransitions.check(from, to));
    }

    @Test
    void refusalExplainsWhatIsMissingInBothLanguages() {
        RuleResult r = StatusTransitions.check(RoundStatus.PLANNED, RoundStatus.ON_SITE);
        assertEquals("The inspection round cannot move from \"planned\" to \"on site\": on-site work starts only "
                + "after the inspection decision is announced. Allowed next: decision announced", r.message(EN));
        assertEquals("Đợt thanh tra không thể chuyển từ \"kế hoạch\" sang \"đang thanh tra trực tiếp\": chỉ tiến hành "
                + "thanh tra trực tiếp sau khi công bố quyết định thanh tra. Trạng thái tiếp theo hợp lệ: "
                + "đã công bố quyết định", r.message(VI));
        RuleViolation e = assertThrows(RuleViolation.class, r::orThrow);
        assertEquals("status.illegal", e.key());
        assertEquals(r.message(VI), e.message(VI));
    }

    @ParameterizedTest(name = "case {0} -> {1} allowed")
    @CsvSource({
        "DETECTED, RECORDED", "DETECTED, DROPPED", "RECORDED, EXPLANATION", "RECORDED, DECIDED",
        "RECORDED, DROPPED", "EXPLANATION, DECIDED", "DECIDED, PAID", "DECIDED, INSTALMENTS",
        "DECIDED, ENFORCEMENT", "DECIDED, CLOSED", "INSTALMENTS, PAID", "INSTALMENTS, ENFORCEMENT",
        "ENFORCEMENT, PAID", "PAID, CLOSED",
    })
    void legalCaseTransitions(CaseStatus from, CaseStatus to) {
        assertTrue(StatusTransitions.check(from, to).isOk());
    }

    @ParameterizedTest(name = "case {0} -> {1}: {2}")
    @CsvSource({
        "DETECTED,    DECIDED,  status.illegal",
        "DETECTED,    PAID,     status.illegal",
        "DECIDED,     DROPPED,  status.illegal",
        "DECIDED,     RECORDED, status.illegal",
        "PAID,        DECIDED,  status.illegal",
        "EXPLANATION, RECORDED, status.illegal",
        "CLOSED,      PAID,     status.final",
        "DROPPED,     RECORDED, status.final",
        "PAID,        PAID,     status.same",
    })
    void illegalCaseTransitions(CaseStatus from, CaseStatus to, String key) {
        assertRefused(key, StatusTransitions.check(from, to));
    }

    @Test
    void decisionWithoutRecordIsExplained() {
        RuleResult r = StatusTransitions.check(CaseStatus.DETECTED, CaseStatus.DECIDED);
        assertTrue(r.message(EN).contains("a sanction decision needs a violation record first"), r.message(EN));
        assertTrue(r.message(EN).endsWith("Allowed next: violation recorded, dropped"), r.message(EN));
        assertTrue(r.message(VI).contains("quyết định xử phạt phải có biên bản vi phạm hành chính trước"),
                r.message(VI));
        assertEquals("Vụ việc xử phạt đã ở trạng thái cuối \"kết thúc\", không thể chuyển sang \"đã nộp phạt\": "
                + "tiền phạt được nộp sau khi có quyết định xử phạt",
                StatusTransitions.check(CaseStatus.CLOSED, CaseStatus.PAID).message(VI));
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void everyCaseStatusHasTextsInBothLanguages(CaseStatus s) {
        assertNotEquals("status.case." + s, s.label().en());
        assertNotEquals("status.case." + s, s.label().vi());
        assertNotEquals(s.label().en(), s.label().vi());
        assertNotNull(StatusTransitions.next(s));
    }

    @ParameterizedTest
    @EnumSource(RoundStatus.class)
    void everyRoundStatusHasTextsInBothLanguages(RoundStatus s) {
        assertNotEquals("status.round." + s, s.label().en());
        assertNotEquals(s.label().en(), s.label().vi());
    }
}
