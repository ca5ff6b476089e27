/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Component</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getDiagramComponent()
 * @model abstract="true"
 * @generated
 */
public interface DiagramComponent extends ArchitectureObject {
} // DiagramComponent
