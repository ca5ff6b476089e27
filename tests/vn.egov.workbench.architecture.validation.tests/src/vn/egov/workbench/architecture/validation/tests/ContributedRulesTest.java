package vn.egov.workbench.architecture.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.egov.workbench.architecture.validation.Problem;
import vn.egov.workbench.architecture.validation.RuleRegistry;
import vn.egov.workbench.architecture.validation.Validator;
import vn.egov.workbench.architecture.validation.internal.ContributedRules;
import vn.egov.workbench.architecture.validation.tests.contrib.ExplodingRule;
import vn.egov.workbench.extensions.ContributionFault;
import vn.egov.workbench.extensions.ContributionFaults;

/** The rules of this fragment's fragment.xml: one good, the others broken in different ways. */
class ContributedRulesTest {

    private static final String ME = "vn.egov.workbench.architecture.validation.tests";

    @Test
    void theGoodContributionRunsBesideTheBuiltInRules() {
        RuleRegistry registry = RuleRegistry.getDefault();
        assertTrue(registry.find("test.contrib.todo").isPresent(), registry.rules().toString());
        assertEquals(RuleRegistry.builtIn().rules().size() + 2, registry.rules().size(),
                "built-in rules, the good rule and the exploding one (which is fine until it runs)");
        Fixture f = new Fixture();
        f.portal.setName("TODO");
        List<Problem> problems = Validator.validate(f.model);
        assertEquals(List.of("test.contrib.todo"), problems.stream().map(Problem::ruleId).toList());
        assertEquals("Tên còn là TODO", problems.get(0).message(Locale.forLanguageTag("vi")));
    }

    @Test
    void brokenContributionsAreLeftOutAndReportedWithThePluginName() {
        RuleRegistry.getDefault();
        List<ContributionFault> faults = ContributionFaults.getDefault().of(ContributedRules.EXTENSION_POINT);
        String all = faults.toString();
        assertTrue(faults.stream().allMatch(f -> f.contributor().equals(ME)), all);
        assertTrue(all.contains("NoSuchRule"), all);
        assertTrue(all.contains("NotARule") && all.contains("IValidationRule"), all);
        assertTrue(all.contains("TakenIdRule") && all.contains("arch.application.owner"), all);
        assertTrue(all.contains("lacks the attribute 'class'"), all);
        // the built-in rule of that id is the one kept
        assertFalse(RuleRegistry.getDefault().find("arch.application.owner").get().getClass().getName()
                .contains("TakenId"));
    }

    @Test
    void aRuleThatThrowsIsSwitchedOffAfterOneWarningAndReportedOnce() {
        Fixture f = new Fixture();
        f.office.setName("explode");
        f.office.setCode("EXPLODE");
        List<Problem> first = Validator.validate(f.model);
        List<Problem> second = Validator.validate(f.model);
        int callsAfterTwoRuns = ExplodingRule.calls;
        assertEquals(1, callsAfterTwoRuns, "switched off after the first failure");
        List<String> failed = first.stream().filter(p -> p.ruleId().equals("test.contrib.exploding"))
                .map(p -> p.message(Locale.ENGLISH)).toList();
        assertEquals(1, failed.size(), first.toString());
        assertTrue(failed.get(0).contains("bug in a plug-in rule"), failed.get(0));
        assertTrue(second.stream().noneMatch(p -> p.ruleId().equals("test.contrib.exploding")), second.toString());
        long reported = ContributionFaults.getDefault().of(ContributedRules.EXTENSION_POINT).stream()
                .filter(x -> x.message().contains("bug in a plug-in rule")).count();
        assertEquals(1, reported);
        assertFalse(first.stream().anyMatch(p -> p.isError() && p.ruleId().startsWith("test.")), first.toString());
    }
}
