package vn.egov.workbench.architecture.diagram.internal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.swt.graphics.RGB;

import vn.egov.workbench.architecture.model.ArchitecturePackage.Literals;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.kinds.ElementKind;
import vn.egov.workbench.architecture.model.kinds.ElementKinds;
import vn.egov.workbench.architecture.model.kinds.KindShape;

/**
 * The domains of the provincial overall diagram, in its top-to-bottom order: each element kind belongs to one, by
 * its nearest base kind, so kinds that plug-ins derive inherit their base kind's domain, colour and folder.
 */
public enum Domain {
    USERS(Literals.STAKEHOLDER, FolderType.STAKEHOLDERS, new RGB(255, 244, 204)),
    CHANNELS(Literals.ACCESS_CHANNEL, FolderType.ACCESS_CHANNELS, new RGB(255, 229, 180)),
    PORTALS(Literals.PORTAL, FolderType.APPLICATION, new RGB(255, 214, 170)),
    BUSINESS(null, FolderType.BUSINESS, new RGB(255, 250, 190)),
    APPLICATIONS(Literals.APPLICATION, FolderType.APPLICATION, new RGB(200, 228, 255)),
    DATA(null, FolderType.DATA, new RGB(205, 240, 205)),
    INTEGRATION(null, FolderType.TECHNOLOGY, new RGB(225, 212, 250)),
    INFRASTRUCTURE(Literals.INFRASTRUCTURE, FolderType.TECHNOLOGY, new RGB(214, 226, 214)),
    SECURITY(Literals.SECURITY_CONTROL, FolderType.SECURITY, new RGB(255, 210, 210)),
    POLICY(Literals.REGULATION, FolderType.POLICIES, new RGB(232, 226, 212)),
    ORGANISATION(Literals.ORGANISATION_UNIT, FolderType.ORGANISATION, new RGB(250, 236, 222)),
    PROJECTS(null, FolderType.PROJECTS, new RGB(246, 214, 236)),
    OTHER(null, FolderType.USER, new RGB(235, 235, 235));

    private final EClass base;
    private final FolderType folderType;
    private final RGB colour;

    Domain(EClass base, FolderType folderType, RGB colour) {
        this.base = base;
        this.folderType = folderType;
        this.colour = colour;
    }

    /** The folder type where new elements of the domain go. */
    public FolderType folderType() {
        return folderType;
    }

    /** The fill colour of the domain's figures. */
    public RGB colour() {
        return colour;
    }

    /** A darker shade for borders and lane headers. */
    public RGB borderColour() {
        return new RGB(colour.red * 3 / 5, colour.green * 3 / 5, colour.blue * 3 / 5);
    }

    public String label() {
        return switch (this) {
            case USERS -> Messages.Domain_users;
            case CHANNELS -> Messages.Domain_channels;
            case PORTALS -> Messages.Domain_portals;
            case BUSINESS -> Messages.Domain_business;
            case APPLICATIONS -> Messages.Domain_applications;
            case DATA -> Messages.Domain_data;
            case INTEGRATION -> Messages.Domain_integration;
            case INFRASTRUCTURE -> Messages.Domain_infrastructure;
            case SECURITY -> Messages.Domain_security;
            case POLICY -> Messages.Domain_policy;
            case ORGANISATION -> Messages.Domain_organisation;
            case PROJECTS -> Messages.Domain_projects;
            case OTHER -> Messages.Domain_other;
        };
    }

    /**
     * The domain of an element kind (Portal before Application: a portal is an application). A plug-in's kind that
     * names a folder lies in that folder's domain; otherwise in its base kind's.
     */
    public static Domain of(EClass kind) {
        if (kind == null) {
            return OTHER;
        }
        Domain base = ofBase(kind);
        FolderType folder = ElementKinds.getDefault().describing(kind).map(ElementKind::folder).orElse(null);
        if (folder == null || base.folderType == folder) {
            return base;
        }
        for (Domain d : values()) {
            if (d.folderType == folder && d != PORTALS) { // the application folder's domain is APPLICATIONS
                return d;
            }
        }
        return base;
    }

    /** The fill colour of a kind's figures: the colour a plug-in gives its kind, else its domain's. */
    public static RGB fillOf(EClass kind) {
        ElementKind k = ElementKinds.getDefault().describing(kind).orElse(null);
        if (k != null && k.hasColour()) {
            int c = k.colour();
            return new RGB(c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF);
        }
        return of(kind).colour();
    }

    /** The outline of a kind's figures: the shape a plug-in gives its kind, else rounded. */
    public static KindShape shapeOf(EClass kind) {
        return ElementKinds.getDefault().describing(kind).map(ElementKind::shape).orElse(KindShape.ROUNDED);
    }

    private static Domain ofBase(EClass kind) {
        for (Domain d : values()) {
            if (d.base != null && d.base.isSuperTypeOf(kind)) {
                return d;
            }
        }
        if (isA(kind, Literals.ADMINISTRATIVE_PROCEDURE, Literals.BUSINESS_FUNCTION, Literals.BUSINESS_PROCESS)) {
            return BUSINESS;
        }
        if (isA(kind, Literals.DATABASE, Literals.DATA_ENTITY)) {
            return DATA;
        }
        if (isA(kind, Literals.EXTERNAL_SYSTEM)) {
            return APPLICATIONS;
        }
        if (isA(kind, Literals.INTEGRATION_PLATFORM, Literals.INTEGRATION_SERVICE)) {
            return INTEGRATION;
        }
        if (isA(kind, Literals.PROJECT, Literals.ROADMAP)) {
            return PROJECTS;
        }
        return OTHER;
    }

    private static boolean isA(EClass kind, EClass... bases) {
        for (EClass b : bases) {
            if (b.isSuperTypeOf(kind)) {
                return true;
            }
        }
        return false;
    }
}
