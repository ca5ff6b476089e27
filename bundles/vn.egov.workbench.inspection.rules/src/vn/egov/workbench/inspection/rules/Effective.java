package vn.egov.workbench.inspection.rules;

/** Anything legal that holds only for a period: an article version, a deadline, a competence cap. */
public interface Effective {

    EffectivePeriod effective();
}
