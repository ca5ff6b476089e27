/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An architecture element. Each kind maps onto an ArchiMate concept for export.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.Element#getLifecycleStatus <em>Lifecycle Status</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Element#getReferenceModelCode <em>Reference Model Code</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Element#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getElement()
 * @model abstract="true"
 * @generated
 */
public interface Element extends FolderItem {
	/**
	 * Returns the value of the '<em><b>Lifecycle Status</b></em>' attribute.
	 * The default value is <code>"CURRENT"</code>.
	 * The literals are from the enumeration {@link vn.egov.workbench.architecture.model.LifecycleStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lifecycle Status</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.LifecycleStatus
	 * @see #setLifecycleStatus(LifecycleStatus)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getElement_LifecycleStatus()
	 * @model default="CURRENT"
	 * @generated
	 */
	LifecycleStatus getLifecycleStatus();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Element#getLifecycleStatus <em>Lifecycle Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lifecycle Status</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.LifecycleStatus
	 * @see #getLifecycleStatus()
	 * @generated
	 */
	void setLifecycleStatus(LifecycleStatus value);

	/**
	 * Returns the value of the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code of the element in the framework's reference models (BRM, DRM, ARM, TRM, SRM).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference Model Code</em>' attribute.
	 * @see #setReferenceModelCode(String)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getElement_ReferenceModelCode()
	 * @model
	 * @generated
	 */
	String getReferenceModelCode();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Element#getReferenceModelCode <em>Reference Model Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Model Code</em>' attribute.
	 * @see #getReferenceModelCode()
	 * @generated
	 */
	void setReferenceModelCode(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation that owns (is responsible for) the element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(OrganisationUnit)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getElement_Owner()
	 * @model
	 * @generated
	 */
	OrganisationUnit getOwner();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Element#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(OrganisationUnit value);

} // Element
