package vn.egov.workbench.architecture.validation.tests.contrib;

/** Contributed as a rule by mistake: does not implement IValidationRule. */
public class NotARule {
}
