package vn.egov.workbench.architecture.validation;

/** How serious a problem is. Errors make a model invalid (the CLI's {@code validate} exits 1). */
public enum Severity {
    ERROR, WARNING, INFO;
}
