/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Entity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.DataEntity#getDatabase <em>Database</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.DataEntity#isPersonalData <em>Personal Data</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getDataEntity()
 * @model
 * @generated
 */
public interface DataEntity extends Element {
	/**
	 * Returns the value of the '<em><b>Database</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The database that stores the entity, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Database</em>' reference.
	 * @see #setDatabase(Database)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getDataEntity_Database()
	 * @model
	 * @generated
	 */
	Database getDatabase();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.DataEntity#getDatabase <em>Database</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Database</em>' reference.
	 * @see #getDatabase()
	 * @generated
	 */
	void setDatabase(Database value);

	/**
	 * Returns the value of the '<em><b>Personal Data</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Personal Data</em>' attribute.
	 * @see #setPersonalData(boolean)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getDataEntity_PersonalData()
	 * @model default="false"
	 * @generated
	 */
	boolean isPersonalData();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.DataEntity#isPersonalData <em>Personal Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Personal Data</em>' attribute.
	 * @see #isPersonalData()
	 * @generated
	 */
	void setPersonalData(boolean value);

} // DataEntity
