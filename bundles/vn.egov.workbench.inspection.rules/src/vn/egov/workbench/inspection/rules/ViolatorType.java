package vn.egov.workbench.inspection.rules;

/**
 * Who violated. Decrees 15/2020 and 119/2020 state fine ranges for organisations; an individual
 * is fined half of them (see {@link FineRange#half()}).
 */
public enum ViolatorType {
    ORGANISATION,
    INDIVIDUAL;

    public LocalText label() {
        return Messages.text("violator." + name());
    }
}
