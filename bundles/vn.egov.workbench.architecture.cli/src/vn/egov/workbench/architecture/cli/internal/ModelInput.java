package vn.egov.workbench.architecture.cli.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.persistence.ModelLoadException;
import vn.egov.workbench.cli.CliException;

import org.eclipse.emf.ecore.EObject;

/** The model file argument of the architecture commands: a missing or unreadable file is bad input (exit 2). */
final class ModelInput {

    private ModelInput() {
    }

    /** The one positional argument, the file. */
    static Path file(String command, List<String> positional, String moreUsage) throws CliException {
        if (positional.isEmpty()) {
            throw new CliException(NLS.bind(Messages.Model_usage, command, moreUsage));
        }
        if (positional.size() > 1) {
            throw new CliException(NLS.bind(Messages.Model_unexpected, positional.get(1)) + '\n'
                    + NLS.bind(Messages.Model_usage, command, moreUsage));
        }
        try {
            return Path.of(positional.get(0));
        } catch (InvalidPathException e) {
            throw new CliException(NLS.bind(Messages.Model_missing, positional.get(0)));
        }
    }

    static Architecture load(Path file) throws CliException {
        if (!Files.isRegularFile(file)) {
            throw new CliException(NLS.bind(Messages.Model_missing, file));
        }
        try {
            return ModelFiles.load(file);
        } catch (ModelLoadException e) {
            String message = e.getLine() > 0 && e.getColumn() > 0
                    ? NLS.bind(Messages.Model_corruptAt, new Object[] { file, e.getLine(), e.getColumn(), e.getReason() })
                    : NLS.bind(Messages.Model_corrupt, file, e.getReason());
            throw new CliException(message, e);
        }
    }

    /** The top-level folder an object lies in, or null. */
    static Folder topFolder(EObject object) {
        Folder top = null;
        for (EObject o = object.eContainer(); o != null; o = o.eContainer()) {
            if (o instanceof Folder f) {
                top = f;
            }
        }
        return top;
    }

    /** The domain of an object in the user's language: the type of its top-level folder. */
    static String domain(EObject object) {
        Folder top = topFolder(object);
        if (top == null) {
            return Messages.Domain_none;
        }
        return switch (top.getFolderType()) {
            case USER -> Messages.Domain_USER;
            case ORGANISATION -> Messages.Domain_ORGANISATION;
            case STAKEHOLDERS -> Messages.Domain_STAKEHOLDERS;
            case BUSINESS -> Messages.Domain_BUSINESS;
            case DATA -> Messages.Domain_DATA;
            case APPLICATION -> Messages.Domain_APPLICATION;
            case TECHNOLOGY -> Messages.Domain_TECHNOLOGY;
            case SECURITY -> Messages.Domain_SECURITY;
            case ACCESS_CHANNELS -> Messages.Domain_ACCESS_CHANNELS;
            case POLICIES -> Messages.Domain_POLICIES;
            case PROJECTS -> Messages.Domain_PROJECTS;
            case RELATIONS -> Messages.Domain_RELATIONS;
            case DIAGRAMS -> Messages.Domain_DIAGRAMS;
        };
    }
}
