/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.Diagram#getViewpoint <em>Viewpoint</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Diagram#getConnections <em>Connections</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getDiagram()
 * @model
 * @generated
 */
public interface Diagram extends FolderItem, DiagramContainer {
	/**
	 * Returns the value of the '<em><b>Viewpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the viewpoint the diagram follows (e.g. overall, business, data, application, technology, security); null for a free diagram.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Viewpoint</em>' attribute.
	 * @see #setViewpoint(String)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getDiagram_Viewpoint()
	 * @model
	 * @generated
	 */
	String getViewpoint();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Diagram#getViewpoint <em>Viewpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Viewpoint</em>' attribute.
	 * @see #getViewpoint()
	 * @generated
	 */
	void setViewpoint(String value);

	/**
	 * Returns the value of the '<em><b>Connections</b></em>' containment reference list.
	 * The list contents are of type {@link vn.egov.workbench.architecture.model.DiagramConnection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connections</em>' containment reference list.
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getDiagram_Connections()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramConnection> getConnections();

} // Diagram
