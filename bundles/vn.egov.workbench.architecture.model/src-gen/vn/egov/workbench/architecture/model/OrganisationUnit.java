/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.OrganisationUnit#getLevel <em>Level</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.OrganisationUnit#getParent <em>Parent</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getOrganisationUnit()
 * @model
 * @generated
 */
public interface OrganisationUnit extends Element {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The default value is <code>"PROVINCE"</code>.
	 * The literals are from the enumeration {@link vn.egov.workbench.architecture.model.GovernmentLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.GovernmentLevel
	 * @see #setLevel(GovernmentLevel)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getOrganisationUnit_Level()
	 * @model default="PROVINCE"
	 * @generated
	 */
	GovernmentLevel getLevel();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.OrganisationUnit#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.GovernmentLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(GovernmentLevel value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(OrganisationUnit)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getOrganisationUnit_Parent()
	 * @model
	 * @generated
	 */
	OrganisationUnit getParent();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.OrganisationUnit#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(OrganisationUnit value);

} // OrganisationUnit
