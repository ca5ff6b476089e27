/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Container</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Holds nested shapes: a diagram, or a shape that nests others.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.DiagramContainer#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getDiagramContainer()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface DiagramContainer extends EObject {
	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link vn.egov.workbench.architecture.model.DiagramShape}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getDiagramContainer_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramShape> getChildren();

} // DiagramContainer
