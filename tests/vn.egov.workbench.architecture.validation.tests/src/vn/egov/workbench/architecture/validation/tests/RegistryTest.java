package vn.egov.workbench.architecture.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.AbstractRule;
import vn.egov.workbench.architecture.validation.ArchitectureEValidator;
import vn.egov.workbench.architecture.validation.IValidationRule;
import vn.egov.workbench.architecture.validation.Problem;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.RuleRegistry;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.Validator;

/** Contributed rules: added beside the built-in ones, checked when added, isolated when they throw. */
class RegistryTest {

    /** A plug-in's rule: applications must have a vendor. */
    static final class VendorRule extends AbstractRule<Application> {
        VendorRule(String id) {
            super(id, Severity.WARNING, ArchitecturePackage.Literals.APPLICATION, Application.class,
                    l -> "vendor known");
        }

        @Override
        protected void validate(Application app, RuleContext context) {
            if (app.getVendor() == null) {
                context.report(app, l -> app.getName() + (l.getLanguage().equals("vi") ? ": chưa có nhà cung cấp"
                        : ": no vendor"));
            }
        }
    }

    /** A broken plug-in rule. */
    static final class ThrowingRule extends AbstractRule<Application> {
        ThrowingRule() {
            super("plugin.broken", Severity.ERROR, ArchitecturePackage.Literals.APPLICATION, Application.class,
                    l -> "broken");
        }

        @Override
        protected void validate(Application app, RuleContext context) {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void aContributedRuleRunsBesideTheBuiltInOnes() {
        RuleRegistry registry = RuleRegistry.builtIn().with(List.of(new VendorRule("plugin.vendor")));
        List<Problem> problems = new Validator(registry).run(new Fixture().model);
        assertEquals(List.of("plugin.vendor", "plugin.vendor"), problems.stream().map(Problem::ruleId).toList());
        assertEquals("VNPT-iOffice: chưa có nhà cung cấp", problems.get(1).message(Locale.of("vi")));
        assertEquals(Severity.WARNING, problems.get(0).severity());
    }

    @Test
    void aRuleThatThrowsIsReportedOnceAndTheOthersKeepRunning() {
        RuleRegistry registry = RuleRegistry.builtIn().with(List.of(new ThrowingRule()));
        Fixture f = new Fixture();
        f.office.setOwner(null); // a built-in rule still finds this
        List<Problem> problems = new Validator(registry).run(f.model);
        List<Problem> broken = problems.stream().filter(p -> p.ruleId().equals("plugin.broken")).toList();
        assertEquals(1, broken.size(), "reported once although two applications were checked: " + problems);
        assertEquals(Severity.WARNING, broken.get(0).severity());
        assertTrue(broken.get(0).message(Locale.ENGLISH).contains("Rule plugin.broken failed"), broken.toString());
        assertTrue(broken.get(0).message(Locale.ENGLISH).contains("boom"));
        assertTrue(problems.stream().anyMatch(p -> p.ruleId().equals("arch.application.owner")));
    }

    @Test
    void badContributionsAreLeftOutAndNamed() {
        IValidationRule noId = new VendorRule(" ");
        RuleRegistry registry = RuleRegistry.builtIn()
                .with(List.of(new VendorRule("arch.application.owner"), noId, new VendorRule("plugin.ok")));
        assertEquals(RuleRegistry.builtIn().rules().size() + 1, registry.rules().size());
        assertEquals(2, registry.problems().size(), registry.problems().toString());
        assertTrue(registry.problems().get(0).contains("arch.application.owner is already taken"));
        assertTrue(registry.find("plugin.ok").isPresent());
    }

    @Test
    void problemsComeErrorsFirst() {
        Fixture f = new Fixture();
        f.office.getProperties().add(Fixture.F.createProperty()); // warning
        f.project.setBudgetVnd(-5); // error, later in the model
        List<Problem> problems = Validator.validate(f.model);
        assertEquals(List.of(Severity.ERROR, Severity.WARNING), problems.stream().map(Problem::severity).toList());
    }

    @Test
    void theRulesWorkAsAnEmfValidator() {
        Fixture f = new Fixture();
        f.office.setOwner(null);
        ArchitectureEValidator validator = new ArchitectureEValidator(RuleRegistry.builtIn());
        BasicDiagnostic chain = new BasicDiagnostic();
        HashMap<Object, Object> context = new HashMap<>();
        assertTrue(validator.validate(f.portal, chain, context));
        assertFalse(validator.validate(f.office, chain, context));
        assertEquals(1, chain.getChildren().size());
        Diagnostic d = chain.getChildren().get(0);
        assertEquals(Diagnostic.ERROR, d.getSeverity());
        assertEquals(List.of(f.office, "arch.application.owner"), d.getData());
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(new Fixture().model).getSeverity());
    }
}
