/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Database</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.Database#getDbms <em>Dbms</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getDatabase()
 * @model
 * @generated
 */
public interface Database extends Element {
	/**
	 * Returns the value of the '<em><b>Dbms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dbms</em>' attribute.
	 * @see #setDbms(String)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getDatabase_Dbms()
	 * @model
	 * @generated
	 */
	String getDbms();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Database#getDbms <em>Dbms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dbms</em>' attribute.
	 * @see #getDbms()
	 * @generated
	 */
	void setDbms(String value);

} // Database
