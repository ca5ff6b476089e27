package vn.egov.workbench.architecture.persistence.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.SAXParseException;

import vn.egov.workbench.architecture.persistence.ModelLoadException;

/** Turns what EMF and the XML parser throw into a {@link ModelLoadException} with file, line and cause. */
final class LoadErrors {

    private LoadErrors() {
    }

    static ModelLoadException toException(Path file, Resource resource, Throwable thrown) {
        // EMF records the first problem with its position; what it throws may have lost the position
        List<Resource.Diagnostic> errors = resource.getErrors();
        Throwable first = !errors.isEmpty() && errors.get(0) instanceof Throwable t ? t : thrown;
        FormatException ours = find(first, FormatException.class);
        if (ours == null) {
            ours = find(thrown, FormatException.class);
        }
        if (ours != null) {
            return new ModelLoadException(file, ours.getLine(), ours.getColumn(), ours.reason(), thrown);
        }
        SAXParseException parse = find(first, SAXParseException.class);
        if (parse == null) {
            parse = find(thrown, SAXParseException.class);
        }
        if (parse != null) {
            String detail = parse.getMessage();
            String reason = detail != null && detail.contains("DOCTYPE") //$NON-NLS-1$
                    ? Messages.Cause_doctype
                    : NLS.bind(Messages.Cause_xml, detail);
            return new ModelLoadException(file, parse.getLineNumber(), parse.getColumnNumber(), reason, thrown);
        }
        XMIException xmi = find(first, XMIException.class);
        if (xmi != null) {
            String detail = xmi.getCause() != null && xmi.getCause().getMessage() != null
                    ? xmi.getCause().getMessage() : withoutPosition(xmi);
            return new ModelLoadException(file, xmi.getLine(), xmi.getColumn(),
                    NLS.bind(Messages.Cause_model, detail), thrown);
        }
        String detail = innermostMessage(thrown);
        return new ModelLoadException(file, -1, -1, NLS.bind(Messages.Cause_xml, detail), thrown);
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = next(t)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** SAXException keeps its cause in getException(), which older code does not link as getCause(). */
    private static Throwable next(Throwable t) {
        if (t instanceof org.xml.sax.SAXException sax && sax.getException() != null && sax.getException() != t) {
            return sax.getException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /** XMIException appends "(location, line, column)" to its message; the error names the place itself. */
    private static String withoutPosition(XMIException xmi) {
        String message = xmi.getMessage();
        String suffix = " (" + xmi.getLocation() + ", " + xmi.getLine() + ", " + xmi.getColumn() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return message != null && message.endsWith(suffix)
                ? message.substring(0, message.length() - suffix.length()) : message;
    }

    private static String innermostMessage(Throwable thrown) {
        String message = String.valueOf(thrown);
        for (Throwable t = thrown; t != null; t = next(t)) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }
}
