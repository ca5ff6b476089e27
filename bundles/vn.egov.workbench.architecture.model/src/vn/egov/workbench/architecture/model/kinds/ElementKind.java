package vn.egov.workbench.architecture.model.kinds;

import java.net.URL;

import org.eclipse.emf.ecore.EClass;

import vn.egov.workbench.architecture.model.FolderType;

/**
 * An element or relationship kind contributed by a plug-in, with what the workbench shows of it.
 *
 * @param eClass      the class (of the plug-in's EPackage) that extends a base kind
 * @param label       its name in the workbench's language
 * @param icon        its 16x16 icon, or null: the base kind's icon is shown
 * @param colour      fill colour of its diagram figures as 0xRRGGBB, or -1: the colour of its domain
 * @param shape       outline of its diagram figures
 * @param folder      the top-level folder (domain) where new elements of the kind go, or null: its base kind's
 * @param contributor the plug-in that contributed it
 */
public record ElementKind(EClass eClass, String label, URL icon, int colour, KindShape shape, FolderType folder,
        String contributor) {

    /** Whether a colour was given. */
    public boolean hasColour() {
        return colour >= 0;
    }
}
