package vn.egov.workbench.architecture.samples;

import java.util.Locale;

/**
 * A model a new model can start from.
 *
 * @param id         stable id, e.g. {@code kontum-2.0}
 * @param file       the file name in the bundle's {@code samples/} folder
 * @param nameVi     the Vietnamese name
 * @param nameEn     the English name
 */
public record Template(String id, String file, String nameVi, String nameEn) {

    /** The name in the locale (Vietnamese for "vi", English otherwise). */
    public String name(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? nameVi : nameEn; //$NON-NLS-1$
    }
}
