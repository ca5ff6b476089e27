/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Connection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A line between two shapes. With a relationship it shows that relationship (its ends then show the
 * relationship's source and target); without one it is a plain line, e.g. between groups of an overall diagram.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.DiagramConnection#getRelationship <em>Relationship</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.DiagramConnection#getSource <em>Source</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.DiagramConnection#getTarget <em>Target</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.DiagramConnection#getBendpoints <em>Bendpoints</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getDiagramConnection()
 * @model
 * @generated
 */
public interface DiagramConnection extends DiagramComponent {
	/**
	 * Returns the value of the '<em><b>Relationship</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationship</em>' reference.
	 * @see #setRelationship(Relationship)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getDiagramConnection_Relationship()
	 * @model
	 * @generated
	 */
	Relationship getRelationship();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.DiagramConnection#getRelationship <em>Relationship</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relationship</em>' reference.
	 * @see #getRelationship()
	 * @generated
	 */
	void setRelationship(Relationship value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(DiagramShape)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getDiagramConnection_Source()
	 * @model required="true"
	 * @generated
	 */
	DiagramShape getSource();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.DiagramConnection#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(DiagramShape value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(DiagramShape)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getDiagramConnection_Target()
	 * @model required="true"
	 * @generated
	 */
	DiagramShape getTarget();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.DiagramConnection#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(DiagramShape value);

	/**
	 * Returns the value of the '<em><b>Bendpoints</b></em>' containment reference list.
	 * The list contents are of type {@link vn.egov.workbench.architecture.model.Bendpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bendpoints</em>' containment reference list.
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getDiagramConnection_Bendpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Bendpoint> getBendpoints();

} // DiagramConnection
